package id.kim.rules.lifecycle;

import id.kim.core.document.DocumentRef;
import id.kim.rules.explain.Citation;
import id.kim.rules.explain.Evidence;
import id.kim.rules.explain.RuleId;
import id.kim.rules.termination.TerminationTrigger;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.Comparator;
import org.immutables.value.Value;

/**
 * A termination ground the Dinas found proven (terbukti) in the review, with the document that proves
 * it — what TERM-PROC-2 requires before a partnership ends, and what the termination decision cites.
 */
@Value.Immutable
public abstract class ProvenTrigger {

  /** Total order: by ground, then proof, then evidence. */
  static final Comparator<ProvenTrigger> ORDER =
      Comparator.comparing(ProvenTrigger::trigger)
          .thenComparing(p -> p.proof().reference())
          .thenComparing(p -> p.evidence().mkString("; "));

  /** @return the ground */
  @Value.Parameter
  public abstract TerminationTrigger trigger();

  /** @return the proof, e.g. the revocation of the SK, a court decision, the dissolution minutes */
  @Value.Parameter
  public abstract DocumentRef proof();

  /** @return further facts (masked where personal) */
  @Value.Default
  public Seq<Evidence> evidence() {
    return List.empty();
  }

  /** @return the ground's RULES.md ID */
  public RuleId ruleId() {
    return trigger().ruleId();
  }

  /** @return the juknis text of the ground */
  public Citation citation() {
    return trigger().citation();
  }

  /**
   * @param trigger the ground
   * @param proof the proof
   * @return the proven ground
   */
  public static ProvenTrigger of(TerminationTrigger trigger, DocumentRef proof) {
    return ImmutableProvenTrigger.of(trigger, proof);
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String toString() {
    return trigger().ruleId() + " proven by " + proof()
        + (evidence().isEmpty() ? "" : " (" + evidence().mkString(", ") + ")");
  }

  /** Builds a {@link ProvenTrigger}. */
  public static final class Builder extends ImmutableProvenTrigger.Builder {}
}
