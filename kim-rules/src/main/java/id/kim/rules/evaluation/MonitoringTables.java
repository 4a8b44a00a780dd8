package id.kim.rules.evaluation;

import static id.kim.core.validation.MissingValueException.requireNonNull;

import id.kim.core.community.KimRef;
import id.kim.core.monitoring.DisseminationLogEntry;
import id.kim.core.monitoring.SocialContent;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;

/**
 * Tabel 5.2 and Tabel 5.3 as plain rows of text, header first, in the juknis' column order, ready for a
 * spreadsheet, a CSV writer or the Ministry's platform (MONITOR-PLATFORM: "Pengisian tabel dapat
 * dilakukan secara online dengan memanfaatkan platform digital yang disediakan oleh Kementerian
 * Kominfo"; the platform's own format is not published, RULES.md §2.27). Rows are sorted by KIM, date
 * and activity, so the same data always gives the same table.
 */
public final class MonitoringTables {
  /** Tabel 5.2 header, MONITOR-COL-0..5 (COL-0 as explained, GAP-41). */
  public static final Seq<String> TABEL_5_2_HEADER = List.of("Nama kelompok", "Aktivitas Diseminasi Informasi",
      "Format kegiatan diseminasi", "Jumlah kegiatan", "Keterangan Waktu", "Bukti Tayang/ Link konten");
  /** Tabel 5.3 header: SOCIAL-HEAD-0 then SOCIAL-COL-1..5. */
  public static final Seq<String> TABEL_5_3_HEADER = List.of("Nama KIM", "Judul Konten", "Format", "Akun",
      "Indikator", "Tanggal tayang");

  private static final Comparator<DisseminationLogEntry> LOG_ORDER = Comparator
      .comparing(DisseminationLogEntry::kim, KimRef.BY_NAME)
      .thenComparing(e -> e.dates().isEmpty() ? LocalDate.MIN : e.dates().get(0))
      .thenComparing(DisseminationLogEntry::activity).thenComparing(DisseminationLogEntry::toString);
  private static final Comparator<SocialContent> SOCIAL_ORDER = Comparator
      .comparing(SocialContent::kim, KimRef.BY_NAME).thenComparing(SocialContent::publishedOn)
      .thenComparing(SocialContent::title).thenComparing(SocialContent::toString);

  private MonitoringTables() {}

  /**
   * @param log Tabel 5.2 rows
   * @return the header and one row of six cells per entry
   */
  public static Seq<Seq<String>> tabel52(Iterable<DisseminationLogEntry> log) {
    requireNonNull(log, "log");
    return List.<Seq<String>>of(TABEL_5_2_HEADER).appendAll(List.ofAll(log).sorted(LOG_ORDER).map(e -> List.of(
        e.kim().toString(),
        e.activity() + " (" + e.channel().label() + ")",
        e.format().label() + e.formatNote().map(n -> ": " + n).orElse(""),
        String.valueOf(e.count()),
        List.ofAll(e.dates()).mkString(", "),
        List.ofAll(e.proofLinks()).appendAll(List.ofAll(e.proofDocuments()).map(d -> d.reference())).mkString(" "))));
  }

  /**
   * @param content Tabel 5.3 rows
   * @return the header and one row of six cells per content, indicators as e.g. {@code "Like 120; Share 4"}
   */
  public static Seq<Seq<String>> tabel53(Iterable<SocialContent> content) {
    requireNonNull(content, "content");
    return List.<Seq<String>>of(TABEL_5_3_HEADER).appendAll(List.ofAll(content).sorted(SOCIAL_ORDER).map(c -> List.of(
        c.kim().toString(),
        c.title(),
        c.format().label(),
        c.platform().label() + c.account().name().map(n -> " " + n).orElse(""),
        List.ofAll(c.metrics().counts().entrySet()).map(e -> label(e.getKey().name()) + " " + e.getValue())
            .mkString("; "),
        c.publishedOn().toString())));
  }

  private static String label(String indicator) {
    return indicator.charAt(0) + indicator.substring(1).toLowerCase(Locale.ROOT);
  }
}
