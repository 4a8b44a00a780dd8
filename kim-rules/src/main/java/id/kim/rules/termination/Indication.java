package id.kim.rules.termination;

import id.kim.core.agency.Officer;
import id.kim.core.document.DocumentRef;
import id.kim.rules.explain.Citation;
import id.kim.rules.explain.Evidence;
import id.kim.rules.explain.RuleId;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import java.util.Comparator;
import org.immutables.value.Value;

/**
 * An indication (indikasi) that a KIM meets one of the termination grounds TERM-1..7 — the
 * "terindikasi" of juknis II.B.6, which obliges the Dinas to review the partnership (TERM-PROC-1) but
 * proves nothing yet: only a proven ground can end the partnership (TERM-PROC-2).
 *
 * <p>An indication records what, about whom, on which evidence, who raised it and when, and whether
 * the SDK detected it from the Dinas' data or an officer reported it. Evidence is stored masked.
 */
@Value.Immutable
public abstract class Indication {

  /**
   * The documented total order of indications, so that results never depend on input order: by
   * reporting day, ground, subject, source, evidence, documents, then the reporter.
   */
  public static final Comparator<Indication> ORDER = Comparator
      .comparing(Indication::reportedOn)
      .thenComparing(Indication::trigger)
      .thenComparing(Indication::subject)
      .thenComparing(Indication::source)
      .thenComparing(i -> i.evidence().mkString("; "))
      .thenComparing(i -> i.documents().mkString("; "))
      .thenComparing(i -> i.reportedBy().name().value())
      .thenComparing(i -> i.reportedBy().dinas().name());

  /** @return the ground indicated */
  public abstract TerminationTrigger trigger();

  /** @return who it is about; default the KIM itself */
  @Value.Default
  public TriggerSubject subject() {
    return TriggerSubject.KIM;
  }

  /** @return detected from data or reported by an officer */
  public abstract IndicationSource source();

  /** @return the facts that indicate the ground (masked where personal) */
  @Value.Default
  public Seq<Evidence> evidence() {
    return List.empty();
  }

  /** @return documents that support it, e.g. a news clipping, a letter, a police report */
  @Value.Default
  public Seq<DocumentRef> documents() {
    return List.empty();
  }

  /** @return the officer who raised the indication (for a detection: who ran the check) */
  public abstract Officer reportedBy();

  /** @return the day it was raised */
  public abstract LocalDate reportedOn();

  /** @return the ground's RULES.md ID, e.g. {@code TERM-1} */
  public RuleId ruleId() {
    return trigger().ruleId();
  }

  /** @return the juknis text of the ground */
  public Citation citation() {
    return trigger().citation();
  }

  /** @return true if the indication carries at least one fact or document */
  public boolean hasEvidence() {
    return !evidence().isEmpty() || !documents().isEmpty();
  }

  /**
   * An officer's report of a ground, e.g. TERM-4 (unlawful activity), which no data can show.
   *
   * @param trigger the ground
   * @param subject who it is about
   * @param evidence the facts
   * @param by the reporting officer
   * @param on the day of the report
   * @return the reported indication
   */
  public static Indication reported(TerminationTrigger trigger, TriggerSubject subject, Seq<Evidence> evidence,
      Officer by, LocalDate on) {
    return builder().trigger(trigger).subject(subject).source(IndicationSource.REPORTED).evidence(evidence)
        .reportedBy(by).reportedOn(on).build();
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String toString() {
    return "Indication[" + trigger().ruleId() + " " + subject() + " " + source() + " " + reportedOn()
        + ", by " + reportedBy().name().masked() + ", evidence: " + evidence().mkString(", ")
        + (documents().isEmpty() ? "" : ", documents: " + documents().mkString(", ")) + "]";
  }

  /** Builds an {@link Indication}. */
  public static final class Builder extends ImmutableIndication.Builder {}
}
