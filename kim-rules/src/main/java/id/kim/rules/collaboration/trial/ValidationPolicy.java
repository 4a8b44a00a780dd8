package id.kim.rules.collaboration.trial;

import static id.kim.core.validation.MissingValueException.requireNonNull;

import id.kim.core.time.Period;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The durations the juknis gives as <b>examples</b> for TYPE-B (IV.B, L2115–2127) — a production
 * trial "misal selama 2 bulan", a designation "dalam periode tertentu selama tahun berjalan (misalnya
 * 6 atau 8 bulan)" — and which advisory warnings to give. None of it is a juknis rule (GAP-27,
 * PROPOSED): a Dinas may choose other lengths, and the evaluation only warns. The policy used is
 * recorded in every {@link ValidationEvaluation}.
 */
@Value.Immutable
public abstract class ValidationPolicy {

  /** @return the example trial length in months (juknis example: 2) */
  @Value.Default
  public int exampleTrialMonths() {
    return 2;
  }

  /** @return the example designation lengths in months (juknis examples: 6 or 8) */
  @Value.Default
  public Seq<Integer> exampleDesignationMonths() {
    return List.of(6, 8);
  }

  /**
   * @return true to warn when a TYPE-B designation period is not within the calendar year of the
   *     designation ("selama tahun berjalan")
   */
  @Value.Default
  public boolean warnOutsideRunningYear() {
    return true;
  }

  /** @return true to warn when a TYPE-B designation period is longer than the longest example */
  @Value.Default
  public boolean warnBeyondLongestExample() {
    return true;
  }

  /** @return the juknis' examples, with both warnings on */
  public static ValidationPolicy juknisExamples() {
    return builder().build();
  }

  /** @return a builder starting from the juknis' examples */
  public static Builder builder() {
    return new Builder();
  }

  /** Rejects lengths that are not positive: a misconfigured policy is a programming error. */
  @Value.Check
  protected void check() {
    if (exampleTrialMonths() < 1 || exampleDesignationMonths().isEmpty()
        || exampleDesignationMonths().exists(m -> m == null || m < 1)) {
      throw new IllegalArgumentException("validation policy: example lengths must be at least 1 month and the"
          + " designation examples not empty (trial=" + exampleTrialMonths() + ", designation="
          + exampleDesignationMonths().mkString("/") + ")");
    }
  }

  /** @return the longest example designation length, in months */
  public int longestDesignationMonths() {
    return exampleDesignationMonths().max().get();
  }

  /**
   * @param start the first day
   * @return a trial period of the example length starting that day
   */
  public Period suggestedTrialPeriod(LocalDate start) {
    return months(requireNonNull(start, "start"), exampleTrialMonths());
  }

  /**
   * @param start the first day
   * @return one designation period per example length, starting that day, shortest first
   */
  public Seq<Period> suggestedDesignationPeriods(LocalDate start) {
    requireNonNull(start, "start");
    return exampleDesignationMonths().sorted().distinct().map(m -> months(start, m));
  }

  /**
   * @param period a designation period
   * @return true if it lasts longer than the longest example, counted in calendar months from its start
   */
  public boolean exceedsLongestExample(Period period) {
    return period.end().isAfter(months(period.start(), longestDesignationMonths()).end());
  }

  private static Period months(LocalDate start, int months) {
    return Period.of(start, start.plusMonths(months).minusDays(1));
  }

  @Override
  public String toString() {
    return "ValidationPolicy[juknis IV.B examples: trial " + exampleTrialMonths() + " months, designation "
        + exampleDesignationMonths().mkString(" or ") + " months; warn outside running year="
        + warnOutsideRunningYear() + ", warn beyond longest example=" + warnBeyondLongestExample() + "]";
  }

  /** Builds a {@link ValidationPolicy}; unset values keep the juknis' examples. */
  public static final class Builder extends ImmutableValidationPolicy.Builder {}
}
