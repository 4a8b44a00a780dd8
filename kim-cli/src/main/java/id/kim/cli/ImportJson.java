package id.kim.cli;

import id.kim.core.i18n.Lang;
import id.kim.csv.CellProblem;
import id.kim.csv.ImportSummary;
import id.kim.csv.RowError;
import id.kim.json.JsonStreamWriter;
import java.io.IOException;
import java.util.Map;

/** The JSON of the import's own results: row errors and the summary (documented in docs/cli.md). */
final class ImportJson {
  private ImportJson() {}

  /**
   * The members of a rejected row after its {@code "row"}, which the caller writes for every row:
   * {@code "line", "kim", "problems": [{"column", "ruleId", "messageKey", "message"}]}.
   */
  static void rowError(JsonStreamWriter j, RowError e, Lang lang) throws IOException {
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

  /**
   * {@code {"read", "accepted", "rejected", "blank", "separator", "byteOrderMark", "encoding", "columns",
   * "ignoredColumns", "text"}}
   */
  static void summary(JsonStreamWriter j, ImportSummary s, Lang lang) throws IOException {
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
