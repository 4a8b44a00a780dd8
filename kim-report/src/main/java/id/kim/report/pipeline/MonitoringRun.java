package id.kim.report.pipeline;

import id.kim.core.community.KimRecord;
import id.kim.core.community.KimRef;
import id.kim.core.monitoring.MonitoringRecord;
import id.kim.report.data.Dataset;
import java.util.List;
import java.util.Optional;

/**
 * The monitoring of each KIM of the data: its record when the monitoring file has one, else an empty
 * record — so a KIM without monitoring is evaluated as having no data (insufficient data, an activity
 * requirement not met), never left out.
 */
public final class MonitoringRun {
  private MonitoringRun() {}

  /**
   * @param data the inputs
   * @param records the KIM to evaluate
   * @return one monitoring record per KIM, in the order given
   */
  public static List<MonitoringRecord> of(Dataset data, List<KimRecord> records) {
    List<MonitoringRecord> monitored = data.monitoring().orElse(List.of());
    return records.stream().map(r -> {
      KimRef ref = KimRef.from(r.profile());
      Optional<MonitoringRecord> found = monitored.stream().filter(m -> m.kim().equals(ref)).findFirst();
      return found.orElseGet(() -> MonitoringRecord.of(ref));
    }).toList();
  }
}
