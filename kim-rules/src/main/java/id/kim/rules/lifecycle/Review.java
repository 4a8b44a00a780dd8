package id.kim.rules.lifecycle;

import id.kim.core.agency.Officer;
import id.kim.rules.termination.Indication;
import id.kim.rules.termination.TerminationTrigger;
import io.vavr.collection.Seq;
import io.vavr.collection.SortedSet;
import io.vavr.collection.TreeSet;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A review (peninjauan) of the partnership: opened on a day by an officer on indicated grounds
 * (TERM-PROC-1), with every indication added while it is open, in {@link Indication#ORDER}.
 */
@Value.Immutable
public abstract class Review {

  /** @return the day the review was opened */
  public abstract LocalDate openedOn();

  /** @return the officer who opened it */
  public abstract Officer openedBy();

  /** @return the indications under review, in {@link Indication#ORDER} */
  public abstract Seq<Indication> indications();

  /** @return the grounds under review */
  public SortedSet<TerminationTrigger> triggers() {
    return TreeSet.ofAll(indications().map(Indication::trigger));
  }

  static Review open(OpenReview event) {
    return ImmutableReview.builder().openedOn(event.on()).openedBy(event.by())
        .indications(event.indications().sorted(Indication.ORDER)).build();
  }

  Review adding(Seq<Indication> more) {
    return ImmutableReview.builder().from(this).indications(indications().appendAll(more).sorted(Indication.ORDER))
        .build();
  }

  /**
   * @return a builder — the SDK makes a review only in {@link Lifecycle#apply} (T5); the builder is public to reload a
   *     stored one (kim-json), and a stored history is trustworthy only through {@link AuditTrail#replay()}
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String toString() {
    return "Review[opened " + openedOn() + ", grounds " + triggers().map(t -> t.ruleId().value()).mkString("+") + "]";
  }

  /** Builds a {@link Review}. */
  public static final class Builder extends ImmutableReview.Builder {}
}
