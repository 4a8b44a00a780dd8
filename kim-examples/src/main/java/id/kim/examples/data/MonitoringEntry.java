package id.kim.examples.data;

import id.kim.core.media.MediaChannel;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * One row of Tabel 5.2 "Laporan Monitoring Kegiatan Diseminasi" (MONITOR-COL-0..5): the KIM, the
 * activity, the channel (MEDIA-1..7), the format, how many times, the dates and the proofs.
 * Provisional shape until the evaluation family defines its own.
 */
@Value.Immutable
public abstract class MonitoringEntry {

  /** @return MONITOR-COL-0, the KIM's name */
  public abstract String kim();

  /** @return MONITOR-COL-1, the activity */
  public abstract String activity();

  /** @return the channel of Tabel 4.6 */
  public abstract MediaChannel channel();

  /** @return MONITOR-COL-2, the format, e.g. {@code VIDEO} */
  public abstract String format();

  /** @return MONITOR-COL-3, the number of activities */
  public abstract int count();

  /** @return MONITOR-COL-4, the dates */
  public abstract List<LocalDate> dates();

  /** @return MONITOR-COL-5, links or documents that prove publication */
  public abstract List<String> proofs();

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MonitoringEntry}. */
  public static final class Builder extends ImmutableMonitoringEntry.Builder {}
}
