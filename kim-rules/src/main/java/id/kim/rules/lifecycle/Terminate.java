package id.kim.rules.lifecycle;

import id.kim.core.agency.Officer;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * T6 — the regency/city Dinas ends the partnership (penghentian) because a ground is proven
 * (TERM-PROC-2: "apabila KIM terbukti mengalami salah satu poin …, Dinas Kominfo melakukan penghentian
 * kemitraan dengan KIM"). It is the Dinas' decision, recorded with the officer and the day; the SDK
 * never terminates on its own (RULES.md GAP-37). Only after a review (TERM-PROC-1), and only on grounds
 * that were under review.
 */
@Value.Immutable
public abstract class Terminate extends LifecycleEvent {

  Terminate() {}

  /** @return the proven grounds, each with its proof — at least one */
  public abstract Seq<ProvenTrigger> proven();

  @Override
  public final EventKind kind() {
    return EventKind.TERMINATE;
  }

  /**
   * @param by the deciding officer
   * @param on the day of the decision
   * @param proven the proven grounds
   * @return the event
   */
  public static Terminate of(Officer by, LocalDate on, Seq<ProvenTrigger> proven) {
    return builder().by(by).on(on).proven(proven).build();
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  String details() {
    return "proven " + proven().map(p -> p.ruleId().value()).mkString("+");
  }

  @Override
  public final String toString() {
    return super.toString();
  }

  /** Builds a {@link Terminate}. */
  public static final class Builder extends ImmutableTerminate.Builder {}
}
