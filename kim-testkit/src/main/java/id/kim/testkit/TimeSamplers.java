package id.kim.testkit;

import id.kim.core.time.Period;
import java.time.LocalDate;

/**
 * Dates and periods. Generated dates lie in a fixed window, {@link #EARLIEST} to {@link #LATEST},
 * from the PM Kominfo 8/2019 era to a few years after the 2022 juknis — never "today": generators
 * are pure functions of their draws, like the SDK's rules are pure functions of {@code asOf}.
 */
public final class TimeSamplers {
  /** First day of the generation window. */
  public static final LocalDate EARLIEST = LocalDate.of(2019, 1, 1);
  /** Last day of the generation window. */
  public static final LocalDate LATEST = LocalDate.of(2027, 12, 31);

  private TimeSamplers() {}

  /** @return a day in the window */
  public static Sampler<LocalDate> date() {
    return d -> d.date(EARLIEST, LATEST);
  }

  /** @return a period (e.g. a partnership period, PROFILE-r) of one day to two years, end never before start */
  public static Sampler<Period> period() {
    return d -> {
      LocalDate start = d.date(EARLIEST, LATEST.minusYears(2));
      return Period.of(start, start.plusDays(d.between(0, 730)));
    };
  }
}
