package id.kim.rules.award;

import id.kim.core.community.KimType;
import id.kim.core.monitoring.MonitoringRecord;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * A KIM considered for an award: its monitoring record (AWARD-CONS-1) and the Dinas' quality score
 * (AWARD-CONS-2). Both KIM types may be awarded (AWARD-SCOPE: "ditujukan untuk komunitas … di bidang
 * pengelolaan dan diseminasi informasi maupun … pemberdayaaan masyarakat"), so the type is recorded,
 * never used to exclude.
 */
@Value.Immutable
public abstract class AwardCandidate implements WithAwardCandidate {

  /** @return the monitoring record */
  @Value.Parameter
  public abstract MonitoringRecord record();

  /** @return the quality score, if assessed */
  @Value.Parameter
  public abstract Option<QualityScore> quality();

  /** @return the KIM type, if known */
  @Value.Default
  public Option<KimType> type() {
    return Option.none();
  }

  /**
   * @param record the monitoring record
   * @param quality the quality score
   * @return the candidate
   */
  public static AwardCandidate of(MonitoringRecord record, QualityScore quality) {
    return ImmutableAwardCandidate.of(record, Option.some(quality));
  }

  /**
   * @param record the monitoring record
   * @return a candidate whose quality is not yet assessed
   */
  public static AwardCandidate unscored(MonitoringRecord record) {
    return ImmutableAwardCandidate.of(record, Option.none());
  }

  /**
   * @param type the KIM type
   * @return this candidate with its type recorded
   */
  public AwardCandidate withType(KimType type) {
    return ImmutableAwardCandidate.builder().from(this).type(Option.some(type)).build();
  }
}
