package id.kim.examples.data;

import java.util.List;
import org.immutables.value.Value;

/**
 * The dissemination data of one year, as the provisional JSON files carry it: Tabel 5.2 monitoring
 * entries, Tabel 5.3 accounts and posts, and audience surveys. Each file names its year and source.
 */
@Value.Enclosing
public final class Logs {
  private Logs() {}

  /** {@code monitoring-YYYY.json}: {@code {"year", "source", "entries": [MonitoringEntry…]}}. */
  @Value.Immutable
  public abstract static class Monitoring {
    /** @return the year */
    public abstract int year();

    /** @return what the data is */
    public abstract String source();

    /** @return the entries */
    public abstract List<MonitoringEntry> entries();
  }

  /** {@code social-YYYY.json}: {@code {"year", "source", "accounts": […], "posts": […]}}. */
  @Value.Immutable
  public abstract static class Social {
    /** @return the year */
    public abstract int year();

    /** @return what the data is */
    public abstract String source();

    /** @return follower counts */
    public abstract List<AccountSnapshot> accounts();

    /** @return posts with their indicators */
    public abstract List<SocialPost> posts();
  }

  /** {@code surveys-YYYY.json}: {@code {"year", "source", "surveys": [Survey…]}}. */
  @Value.Immutable
  public abstract static class Surveys {
    /** @return the year */
    public abstract int year();

    /** @return what the data is */
    public abstract String source();

    /** @return the surveys */
    public abstract List<Survey> surveys();
  }
}
