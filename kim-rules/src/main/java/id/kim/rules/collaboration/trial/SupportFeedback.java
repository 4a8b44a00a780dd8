package id.kim.rules.collaboration.trial;

import static id.kim.core.validation.MissingValueException.requireNonNullElements;

import id.kim.core.agency.Officer;
import id.kim.rules.collaboration.CanonicalOrder;
import io.vavr.collection.SortedSet;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Comparator;
import org.immutables.value.Value;

/**
 * MODEL-B-VAL-2 — "Pengolahan umpan balik (feedback) dari kelompok terkait kolaborasi dan
 * partisipasi": the support a TYPE-B community asks for (material, mentoring …), processed by the
 * Dinas. Asking for nothing is a valid answer.
 */
@Value.Immutable
public abstract non-sealed class SupportFeedback implements ValidationEntry {

  /** Precedence among entries of the same step: later day first, then content and officer. */
  static final Comparator<SupportFeedback> PRECEDENCE = Comparator
      .comparing(SupportFeedback::on)
      .thenComparing(f -> f.needs().toList(), CanonicalOrder.seq(Comparator.<SupportNeed>naturalOrder()))
      .thenComparing(SupportFeedback::note, CanonicalOrder.option(Comparator.<String>naturalOrder()))
      .thenComparing(SupportFeedback::by, CanonicalOrder.OFFICER);

  @Override
  public abstract LocalDate on();

  @Override
  public abstract Officer by();

  /** @return the support asked for, possibly none */
  @Value.Default
  public SortedSet<SupportNeed> needs() {
    return TreeSet.empty();
  }

  /** @return a note, if any */
  @Value.Default
  public Option<String> note() {
    return Option.none();
  }

  /**
   * @param on the day the feedback was processed
   * @param by the officer
   * @param needs the support asked for
   * @return the entry
   */
  public static SupportFeedback of(LocalDate on, Officer by, SupportNeed... needs) {
    return builder().on(on).by(by).needs(TreeSet.of(requireNonNullElements(needs, "needs"))).build();
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public final ValidationStep step() {
    return ValidationStep.B_PROCESS_FEEDBACK;
  }

  @Override
  public String toString() {
    return "SupportFeedback[" + on() + ", " + needs().mkString(", ") + "]";
  }

  /** Builds a {@link SupportFeedback}. */
  public static final class Builder extends ImmutableSupportFeedback.Builder {}
}
