package id.kim.rules.collaboration.trial;

import id.kim.core.agency.Officer;
import id.kim.rules.collaboration.CanonicalOrder;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Comparator;
import org.immutables.value.Value;

/**
 * MODEL-A-VAL-2 — "Pengolahan umpan balik (feedback) dari KIM terkait kesiapan untuk berkoordinasi
 * dengan Dinas Kominfo dan partisipasi KIM dalam diseminasi informasi publik": the KIM's answer on
 * whether it is ready to coordinate with the Dinas and to participate.
 */
@Value.Immutable
public abstract non-sealed class ReadinessFeedback implements ValidationEntry {

  /**
   * Precedence among entries of the same step: the later day; on the same day "not ready" prevails
   * over "not stated", which prevails over "ready" (the careful reading); then the note and officer.
   */
  static final Comparator<ReadinessFeedback> PRECEDENCE = Comparator
      .comparing(ReadinessFeedback::on)
      .thenComparingInt(f -> Answers.caution(f.readyToCoordinate()))
      .thenComparing(ReadinessFeedback::note, CanonicalOrder.option(Comparator.<String>naturalOrder()))
      .thenComparing(ReadinessFeedback::by, CanonicalOrder.OFFICER);

  @Override
  public abstract LocalDate on();

  @Override
  public abstract Officer by();

  /** @return whether the KIM said it is ready to coordinate and participate; none if it did not say */
  @Value.Default
  public Option<Boolean> readyToCoordinate() {
    return Option.none();
  }

  /** @return notes on the KIM's participation, if any */
  @Value.Default
  public Option<String> note() {
    return Option.none();
  }

  /**
   * @param on the day the feedback was processed
   * @param by the officer
   * @param ready whether the KIM is ready to coordinate and participate
   * @return the entry
   */
  public static ReadinessFeedback of(LocalDate on, Officer by, boolean ready) {
    return builder().on(on).by(by).readyToCoordinate(Option.of(ready)).build();
  }

  /**
   * @param on the day the feedback was processed
   * @param by the officer
   * @return an entry in which the KIM's readiness is not stated
   */
  public static ReadinessFeedback unstated(LocalDate on, Officer by) {
    return builder().on(on).by(by).build();
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public final ValidationStep step() {
    return ValidationStep.A_PROCESS_FEEDBACK;
  }

  @Override
  public String toString() {
    return "ReadinessFeedback[" + on() + ", ready=" + readyToCoordinate().map(String::valueOf).getOrElse("?") + "]";
  }

  /** Builds a {@link ReadinessFeedback}. */
  public static final class Builder extends ImmutableReadinessFeedback.Builder {}
}
