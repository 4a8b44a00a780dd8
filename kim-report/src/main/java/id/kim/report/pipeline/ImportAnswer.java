package id.kim.report.pipeline;

import id.kim.core.community.KimProfile;
import id.kim.core.i18n.Lang;
import id.kim.core.validation.MissingValueException;
import id.kim.csv.CellProblem;
import id.kim.csv.ImportSummary;
import id.kim.csv.RowError;
import id.kim.csv.Tabel31Rows;
import id.kim.json.JsonStreamWriter;
import io.vavr.control.Either;
import java.io.IOException;
import java.util.Map;

/**
 * The JSON answer of an import of Tabel 3.1 (Tabel Profiling KIM), the one of {@code kim import --format json}
 * and of {@code POST /v1/import/tabel-3-1}: each data row, in file order and written as it is read, a
 * {@code profile} (PROFILE-a..t) or {@code rejected} with its problems (column, rule, message), then the
 * {@code summary} (counts, separator, byte-order mark, encoding, the columns recognised and those ignored).
 * Here, where the CSV reader (kim-csv) and the contract's writer (kim-json) meet, so both callers write the
 * same document (docs/cli.md, docs/server.md). Stateless.
 */
public final class ImportAnswer {
  private ImportAnswer() {}

  /**
   * Writes {@code {"rows": [...], "summary": {...}}} row by row; the writer is left open.
   *
   * @param j the document's writer, before its first token
   * @param rows the rows being read (not closed here)
   * @param lang the language of messages and of the summary's text
   * @param afterRow called after each row is written (progress); {@code () -> { }} for none
   * @return the summary of the rows read
   * @throws IOException if the writer fails
   * @throws MissingValueException if an argument is null
   */
  public static ImportSummary write(JsonStreamWriter j, Tabel31Rows rows, Lang lang, Runnable afterRow)
      throws IOException {
    MissingValueException.requireNonNull(j, "j");
    MissingValueException.requireNonNull(rows, "rows");
    MissingValueException.requireNonNull(lang, "lang");
    MissingValueException.requireNonNull(afterRow, "afterRow");
    j.startObject().startArray("rows");
    while (rows.hasNext()) {
      Either<RowError, KimProfile> row = rows.next();
      j.startObject().field("row", rows.lastRow());
      if (row.isRight()) {
        j.value("profile", row.get());
      } else {
        j.field("rejected", true);
        rowError(j, row.getLeft(), lang);
      }
      j.endObject();
      afterRow.run();
    }
    j.endArray();
    summary(j, rows.summary(), lang);
    j.endObject();
    return rows.summary();
  }

  /** {@code "line", "kim", "problems": [{"column", "ruleId", "messageKey", "message"}]} after the row's number. */
  private static void rowError(JsonStreamWriter j, RowError e, Lang lang) throws IOException {
    j.field("line", e.line());
    if (e.kimName().isPresent()) {
      j.field("kim", e.kimName().get());
    }
    j.startArray("problems");
    for (CellProblem p : e.problems()) {
      j.startObject().field("column", p.column());
      if (p.ruleId().isPresent()) {
        j.field("ruleId", p.ruleId().get());
      }
      j.field("messageKey", p.messageKey()).field("message", p.message(lang)).endObject();
    }
    j.endArray();
  }

  /** {@code "read", "accepted", "rejected", "blank", "separator", "byteOrderMark", "encoding", "columns",
   * "ignoredColumns", "text"}. */
  private static void summary(JsonStreamWriter j, ImportSummary s, Lang lang) throws IOException {
    j.startObject("summary").field("read", s.read()).field("accepted", s.accepted()).field("rejected", s.rejected())
        .field("blank", s.blank()).field("separator", s.separator()).field("byteOrderMark", s.byteOrderMark())
        .field("encoding", s.encoding());
    j.startObject("columns");
    for (Map.Entry<String, String> c : s.columns().entrySet()) {
      j.field(c.getKey(), c.getValue());
    }
    j.endObject().startArray("ignoredColumns");
    for (String c : s.ignoredColumns()) {
      j.string(c);
    }
    j.endArray().field("text", s.describe(lang)).endObject();
  }
}
