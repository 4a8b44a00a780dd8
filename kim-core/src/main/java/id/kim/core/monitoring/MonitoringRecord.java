package id.kim.core.monitoring;

import id.kim.core.community.KimRef;
import id.kim.core.metric.ReachObservation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import java.util.List;
import org.immutables.value.Value;

/**
 * Everything a Dinas has recorded to monitor one KIM's dissemination (juknis V): the Tabel 5.2 log,
 * the Tabel 5.3 social-media rows, dated follower counts (kekuatan, PROFILE-s, e.g. from
 * {@code KimProfile.reach()}), audience tallies and surveys. Every log row and social-media row must
 * name this record's KIM. Nothing here is a conclusion: the measures of Tabel 5.1 and the evaluation
 * are computed by {@code kim-rules}.
 */
@Value.Immutable
public abstract class MonitoringRecord implements WithMonitoringRecord {

  /** @return the KIM monitored */
  @Valid
  public abstract KimRef kim();

  /** @return the Tabel 5.2 rows */
  public abstract List<@Valid DisseminationLogEntry> log();

  /** @return the Tabel 5.3 rows */
  public abstract List<@Valid SocialContent> socialContent();

  /** @return dated audience sizes of the KIM's media: followers, subscribers, group members */
  public abstract List<@Valid ReachObservation> reach();

  /** @return visitors, attendance and discussion participants */
  public abstract List<@Valid AudienceTally> tallies();

  /** @return surveys for the Outcome level */
  public abstract List<@Valid SurveyResult> surveys();

  /**
   * @param kim the KIM
   * @return an empty record
   */
  public static MonitoringRecord of(KimRef kim) {
    return builder().kim(kim).build();
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return true if every row names this record's KIM */
  @AssertTrue(message = "{kim.monitoring.otherKim}")
  public boolean isAboutOneKim() {
    return log().stream().allMatch(e -> e.kim().equals(kim()))
        && socialContent().stream().allMatch(c -> c.kim().equals(kim()));
  }

  /** Builds a {@link MonitoringRecord}. */
  public static final class Builder extends ImmutableMonitoringRecord.Builder {}
}
