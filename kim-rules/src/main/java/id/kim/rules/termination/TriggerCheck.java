package id.kim.rules.termination;

import id.kim.core.agency.Dinas;
import id.kim.core.community.KimRecord;
import id.kim.core.community.KnownAbsence;
import id.kim.rules.explain.Evidence;
import id.kim.rules.explain.Finding;
import id.kim.rules.explain.Message;
import id.kim.rules.explain.Outcome;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;

/**
 * The check of one termination ground against the data a Dinas holds. A finding reads the ground as
 * the condition "the KIM is free of it": {@code SATISFIED} = the data show no indication,
 * {@code NOT_SATISFIED} = indicated (a review is due for a partner, TERM-PROC-1), {@code UNKNOWN} =
 * the data cannot show it (it can still be reported).
 */
abstract class TriggerCheck {
  static final String BUNDLE = "id.kim.rules.termination.Messages";

  abstract TerminationTrigger trigger();

  /** @return what one version of the record shows as of the day */
  abstract Seq<Hit> hits(KimRecord record, Dinas dinas, LocalDate asOf, TriggerPolicy policy);

  /** @return what to compare between two versions (default: the same as {@link #hits}) */
  Seq<Hit> changeHits(KimRecord record, Dinas dinas, LocalDate asOf, TriggerPolicy policy) {
    return hits(record, dinas, asOf, policy);
  }

  /** @return the message for an indicated ground */
  abstract Message indicated(Seq<Hit> hits, KimRecord record, Dinas dinas, LocalDate asOf);

  /** @return why the data cannot settle the ground, if they cannot (and nothing was found) */
  abstract Option<Message> unknown(KimRecord record, Dinas dinas, LocalDate asOf);

  /**
   * @return the evidence of a clear finding: the Dinas' own check recorded as none
   *     ({@link KnownAbsence}, tercatat tidak ada), when the ground has one and it is recorded
   */
  Seq<Evidence> clearEvidence(KimRecord record) {
    return checkedFact().filter(record::isRecordedAsNone)
        .map(f -> (Seq<Evidence>) List.of(Evidence.of("recordedAsNone", f.fieldName()))).getOrElse(List.empty());
  }

  /** @return the fact a Dinas may record as none after checking this ground itself, if any */
  Option<KnownAbsence> checkedFact() {
    return Option.none();
  }

  /** @return the message when the data show no indication */
  abstract Message clear(KimRecord record, Dinas dinas, LocalDate asOf, TriggerPolicy policy);

  final Finding finding(KimRecord record, Dinas dinas, LocalDate asOf, TriggerPolicy policy) {
    Seq<Hit> hits = hits(record, dinas, asOf, policy).sorted(Hit.ORDER);
    Finding.Builder f = Finding.builder().ruleId(trigger().ruleId()).citation(trigger().citation());
    if (!hits.isEmpty()) {
      return f.outcome(Outcome.NOT_SATISFIED).evidence(numbered(hits)).message(indicated(hits, record, dinas, asOf))
          .remedy(Option.some(message("remedy.review"))).build();
    }
    Option<Message> unknown = unknown(record, dinas, asOf);
    if (unknown.isDefined()) {
      return f.outcome(Outcome.UNKNOWN).message(unknown.get()).remedy(Option.some(message("remedy.report"))).build();
    }
    return f.outcome(Outcome.SATISFIED).evidence(clearEvidence(record)).message(clear(record, dinas, asOf, policy))
        .build();
  }

  /** Several hits' evidence share names: number them, so a JSON tree keeps them all. */
  private static Seq<Evidence> numbered(Seq<Hit> hits) {
    if (hits.size() == 1) {
      return hits.head().evidence;
    }
    return hits.zipWithIndex()
        .flatMap(t -> t._1.evidence.map(e -> Evidence.of(e.name() + "[" + (t._2 + 1) + "]", e.value())));
  }

  static Message message(String key, Object... args) {
    return Message.of(BUNDLE, key, args);
  }
}
