package id.kim.csv;

import id.kim.core.i18n.Bundles;
import id.kim.core.i18n.Lang;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * How a Tabel 3.1 import went: rows read, accepted as profiles and rejected with a {@link RowError};
 * blank rows skipped; the separator and encoding found; which header went to which profile field and
 * which columns were ignored. {@code read == accepted + rejected}.
 */
@Value.Immutable
public abstract class ImportSummary {

  /** @return data rows read (blank rows not counted) */
  public abstract int read();

  /** @return rows that became a valid profile */
  public abstract int accepted();

  /** @return rows reported as a {@link RowError} */
  public abstract int rejected();

  /** @return rows with no content, skipped */
  public abstract int blank();

  /** @return the cell separator found in the header, {@code ";"}, {@code ","} or a tab */
  public abstract String separator();

  /** @return true if the file started with a UTF-8 byte-order mark */
  public abstract boolean byteOrderMark();

  /**
   * @return the encoding the file was read in: {@code "UTF-8"}, or {@code "windows-1252"} for an
   *     "ANSI" export without UTF-8 (see docs/csv.md)
   */
  @Value.Default
  public String encoding() {
    return "UTF-8";
  }

  /** @return each recognised header, as written, with the profile field it fills */
  public abstract Map<String, String> columns();

  /** @return headers not recognised or not used, as written */
  public abstract List<String> ignoredColumns();

  /**
   * @param lang the language
   * @return one line, e.g. {@code 40 baris dibaca: 37 diterima, 3 ditolak}, and the encoding when it is not UTF-8
   */
  public String describe(Lang lang) {
    String counts = Bundles.format(CellProblem.BUNDLE, "csv.summary", lang, String.valueOf(read()),
        String.valueOf(accepted()), String.valueOf(rejected()), String.valueOf(blank()));
    return encoding().equals("UTF-8") ? counts
        : counts + Bundles.format(CellProblem.BUNDLE, "csv.summary.encoding", lang, encoding());
  }

  @Override
  public String toString() {
    return describe(Lang.EN);
  }
}
