package id.kim.core.monitoring;

import id.kim.core.agency.Dinas;
import id.kim.core.community.KimRef;
import id.kim.core.community.PartnershipPeriod;
import id.kim.core.document.DocumentRef;
import id.kim.core.media.ContentType;
import id.kim.core.media.MediaChannel;
import id.kim.core.time.Period;
import id.kim.core.validation.JuknisField;
import id.kim.core.validation.MissingValueException;
import id.kim.core.validation.PlausibleCounts;
import id.kim.core.validation.constraints.HttpLink;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One row of the monitoring log (Tabel 5.2 "Tabel Laporan Monitoring Kegiatan Diseminasi Media yang
 * Dikelola KIM"), in which the Dinas "dapat membuat semacam pendokumentasian/pencatatan aktivitas
 * diseminasi informasi yang dilakukan dengan melibatkan KIM" (MONITOR-PURPOSE). Columns:
 * MONITOR-COL-0 {@link #kim()}, COL-1 {@link #activity()} with {@link #channel()} and
 * {@link #contentTypes()}, COL-2 {@link #format()}, COL-3 {@link #count()}, COL-4 {@link #dates()},
 * COL-5 {@link #proofLinks()} (and {@link #proofDocuments()} for activities without a link, such as
 * face-to-face meetings). The row belongs to the collaboration of one KIM with one {@link #dinas()},
 * optionally under one partnership period (PROFILE-r).
 *
 * <p>Granularity (RULES.md GAP-41, PROPOSED): one row per activity and format, with the number of
 * activities and their dates. When there is one date per activity ({@code dates.size() == count}) each
 * activity counts on its own date; a summary row with fewer dates than activities counts wholly on
 * its last date. Either way every activity falls on exactly one day, so counts over adjacent periods
 * add up to the count over their union ({@link #countIn(Period)}). A row with count 0 may carry one
 * date: it records that the Dinas monitored the KIM and found no activity, which is not the same as
 * having no record at all ({@link #isDatedIn(Period)}).
 */
@Value.Immutable
public abstract class DisseminationLogEntry implements WithDisseminationLogEntry {

  /** @return MONITOR-COL-0 Nama kelompok: the KIM, partner of the Dinas */
  @JuknisField("MONITOR-COL-0")
  @Valid
  public abstract KimRef kim();

  /** @return the Dinas Kominfo whose collaboration with the KIM this activity belongs to */
  @Valid
  public abstract Dinas dinas();

  /** @return the partnership period and programme the activity was carried out under, if recorded */
  public abstract Optional<@Valid PartnershipPeriod> partnership();

  /** @return MONITOR-COL-1 Aktivitas Diseminasi Informasi, in words, e.g. "Posting infografis vaksinasi" */
  @JuknisField("MONITOR-COL-1")
  @NotBlank(message = "{kim.text.blank}")
  @Size(max = 500, message = "{kim.text.tooLong}")
  public abstract String activity();

  /** @return MONITOR-COL-1 the medium category used (MEDIA-1..7) */
  @JuknisField("MONITOR-COL-1")
  public abstract MediaChannel channel();

  /** @return MONITOR-COL-1 "ragam konten": text, photo, video, infographic … */
  @JuknisField("MONITOR-COL-1")
  public abstract Set<ContentType> contentTypes();

  /** @return the Tabel 4.3 action (ACTION-1..4), when the activity is one of them */
  public abstract Optional<DisseminationActionKind> action();

  /** @return proactive or responsive dissemination (DISSEM-1, DISSEM-2), if recorded */
  public abstract Optional<DisseminationMode> mode();

  /** @return where the material came from (DISSEM-0), if recorded */
  public abstract Optional<MaterialOrigin> materialOrigin();

  /** @return MONITOR-COL-2 Format kegiatan diseminasi */
  @JuknisField("MONITOR-COL-2")
  public abstract DisseminationFormat format();

  /** @return MONITOR-COL-2 the format in words; required when the format is {@code OTHER} */
  @JuknisField("MONITOR-COL-2")
  public abstract Optional<@Pattern(regexp = "(?s).*\\S.*", message = "{kim.text.blank}") @Size(
      max = 120, message = "{kim.text.tooLong}") String> formatNote();

  /** @return MONITOR-COL-3 Jumlah kegiatan: the number of activities, at least 0 */
  @JuknisField("MONITOR-COL-3")
  @PositiveOrZero(message = "{kim.count.negative}")
  @Max(value = PlausibleCounts.ACTIVITIES, message = "{kim.count.tooLarge}")
  public abstract long count();

  /** @return MONITOR-COL-4 Keterangan Waktu: the dates the information was disseminated, ascending */
  @JuknisField("MONITOR-COL-4")
  public abstract List<LocalDate> dates();

  /** @return MONITOR-COL-5 Bukti Tayang/Link konten: http(s) addresses for verification */
  @JuknisField("MONITOR-COL-5")
  public abstract List<@HttpLink String> proofLinks();

  /** @return MONITOR-COL-5 proof documents (photos, attendance lists) where there is no link */
  @JuknisField("MONITOR-COL-5")
  public abstract List<@Valid DocumentRef> proofDocuments();

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Keeps dates ascending, so equal rows are equal whatever order their dates were given in. */
  @Value.Check
  protected DisseminationLogEntry normalize() {
    if (isAscending(dates())) {
      return this;
    }
    return ImmutableDisseminationLogEntry.copyOf(this).withDates(dates().stream().sorted().toList());
  }

  private static boolean isAscending(List<LocalDate> dates) {
    for (int i = 1; i < dates.size(); i++) {
      if (dates.get(i).isBefore(dates.get(i - 1))) {
        return false;
      }
    }
    return true;
  }

  /**
   * @return true if a count of 0 has at most one date (the day the Dinas noted that nothing was
   *     disseminated) and a positive count has between 1 and {@code count} dates
   */
  @AssertTrue(message = "{kim.monitoring.datesCount}")
  public boolean isDatesConsistentWithCount() {
    return count() == 0 ? dates().size() <= 1 : !dates().isEmpty() && dates().size() <= count();
  }

  /** @return true unless the format is {@code OTHER} without a note */
  @AssertTrue(message = "{kim.monitoring.formatUndescribed}")
  public boolean isFormatDescribed() {
    return format() != DisseminationFormat.OTHER || formatNote().isPresent();
  }

  /** @return true unless the Tabel 4.3 action uses another channel than the entry's */
  @AssertTrue(message = "{kim.monitoring.actionChannel}")
  public boolean isActionOnChannel() {
    return action().map(a -> a.channel() == channel()).orElse(true);
  }

  /** @return true if the row carries a link or a document that proves the activity (MONITOR-COL-5) */
  public boolean hasProof() {
    return !proofLinks().isEmpty() || !proofDocuments().isEmpty();
  }

  /** @return the last date of the row, if it has one */
  public Optional<LocalDate> lastDate() {
    return dates().isEmpty() ? Optional.empty() : Optional.of(dates().get(dates().size() - 1));
  }

  /**
   * @param period an inclusive period
   * @return true if any of the row's dates lies in the period
   */
  public boolean isDatedIn(Period period) {
    MissingValueException.requireNonNull(period, "period");
    return dates().stream().anyMatch(period::contains);
  }

  /**
   * The number of this row's activities that fall in a period (granularity rule above, GAP-41).
   *
   * @param period an inclusive period
   * @return how many activities were carried out in it, between 0 and {@link #count()}
   */
  public long countIn(Period period) {
    MissingValueException.requireNonNull(period, "period");
    if (count() == 0) {
      return 0;
    }
    if (dates().size() == count()) {
      return dates().stream().filter(period::contains).count();
    }
    return lastDate().filter(period::contains).map(d -> count()).orElse(0L);
  }

  /** Builds a {@link DisseminationLogEntry}. */
  public static final class Builder extends ImmutableDisseminationLogEntry.Builder {}
}
