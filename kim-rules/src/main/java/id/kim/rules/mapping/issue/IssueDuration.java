package id.kim.rules.mapping.issue;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How long a public issue lasts — "berapa lama isu tersebut akan bertahan dari muncul, terekspose dan
 * berpotensi untuk menghilang" (Durasi isu publik, ISSUE-ASPECT-5): the day it emerged, the day it
 * was exposed, and the day it is expected to fade (both optional; PROPOSED shape, RULES.md §2.13).
 */
@Value.Immutable
public abstract class IssueDuration implements WithIssueDuration {

  /** @return the day the issue emerged (muncul) */
  @Value.Parameter
  public abstract LocalDate emergedOn();

  /** @return the day it was exposed (terekspose), when known */
  public abstract Optional<LocalDate> exposedOn();

  /** @return the day it is expected to fade (berpotensi untuk menghilang), when estimated */
  public abstract Optional<LocalDate> expectedFadeOn();

  /**
   * @param emergedOn the day the issue emerged
   * @return the duration, open-ended
   */
  public static IssueDuration of(LocalDate emergedOn) {
    return ImmutableIssueDuration.of(emergedOn);
  }

  /**
   * @param asOf a day
   * @return the issue's phase on that day
   */
  public IssuePhase phaseOn(LocalDate asOf) {
    if (asOf.isBefore(emergedOn())) {
      return IssuePhase.NOT_YET_EMERGED;
    }
    if (expectedFadeOn().filter(asOf::isAfter).isPresent()) {
      return IssuePhase.FADED;
    }
    return exposedOn().filter(d -> !asOf.isBefore(d)).isPresent() ? IssuePhase.EXPOSED : IssuePhase.EMERGED;
  }

  /** @return the expected length in days, both ends counted, when a fading day is estimated */
  public Optional<Long> expectedLengthInDays() {
    return expectedFadeOn().map(f -> ChronoUnit.DAYS.between(emergedOn(), f) + 1);
  }

  /** The three moments are in order: emerged ≤ exposed ≤ expected fading. */
  @Value.Check
  protected void check() {
    if (exposedOn().filter(d -> d.isBefore(emergedOn())).isPresent()) {
      throw new IllegalArgumentException("IssueDuration.exposedOn " + exposedOn().get()
          + " is before emergedOn " + emergedOn() + " (ISSUE-ASPECT-5: muncul, terekspose, menghilang)");
    }
    LocalDate latest = exposedOn().orElse(emergedOn());
    if (expectedFadeOn().filter(d -> d.isBefore(latest)).isPresent()) {
      throw new IllegalArgumentException("IssueDuration.expectedFadeOn " + expectedFadeOn().get()
          + " is before " + latest + " (ISSUE-ASPECT-5: muncul, terekspose, menghilang)");
    }
  }

  @Override
  public String toString() {
    return emergedOn() + exposedOn().map(d -> " / " + d).orElse("") + " .. "
        + expectedFadeOn().map(Object::toString).orElse("?");
  }
}
