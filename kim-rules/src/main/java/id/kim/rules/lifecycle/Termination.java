package id.kim.rules.lifecycle;

import id.kim.core.agency.Officer;
import id.kim.rules.termination.TerminationTrigger;
import io.vavr.collection.Seq;
import io.vavr.collection.SortedSet;
import io.vavr.collection.TreeSet;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The termination decision (keputusan penghentian kemitraan) of the regency/city Dinas: the review
 * that preceded it (TERM-PROC-1), the proven grounds with their proof (TERM-PROC-2), who decided and
 * when. Every termination has both (RULES.md INV-3). It stays on the record after a re-entry.
 */
@Value.Immutable
public abstract class Termination {

  /** @return the review that preceded the decision */
  public abstract Review review();

  /** @return the proven grounds, by ground; at least one */
  public abstract Seq<ProvenTrigger> proven();

  /** @return the deciding officer */
  public abstract Officer decidedBy();

  /** @return the day of the decision */
  public abstract LocalDate decidedOn();

  /** @return the proven grounds */
  public SortedSet<TerminationTrigger> triggers() {
    return TreeSet.ofAll(proven().map(ProvenTrigger::trigger));
  }

  /** Every termination cites a proven ground and its prior review (INV-3). */
  @Value.Check
  protected void checkProven() {
    if (proven().isEmpty() || !review().triggers().containsAll(triggers())) {
      throw new IllegalStateException("INV-3: a termination needs at least one proven ground, each under review; got "
          + proven() + " for " + review());
    }
  }

  static Termination of(Review review, Terminate event) {
    return ImmutableTermination.builder().review(review)
        .proven(event.proven().sorted(ProvenTrigger.ORDER)).decidedBy(event.by()).decidedOn(event.on()).build();
  }

  /**
   * @return a builder — the SDK makes a termination decision only in {@link Lifecycle#apply} (T6); INV-3 is checked;
   * the builder is public to reload a
   *     stored one (kim-json), and a stored history is trustworthy only through {@link AuditTrail#replay()}
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String toString() {
    return "Termination[" + decidedOn() + ", proven " + triggers().map(t -> t.ruleId().value()).mkString("+") + ", "
        + review() + "]";
  }

  /** Builds a {@link Termination}. */
  public static final class Builder extends ImmutableTermination.Builder {}
}
