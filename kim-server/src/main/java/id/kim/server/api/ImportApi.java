package id.kim.server.api;

import id.kim.core.agency.Dinas;
import id.kim.core.community.KimProfile;
import id.kim.csv.CellProblem;
import id.kim.csv.FileProblem;
import id.kim.csv.ImportSummary;
import id.kim.csv.RowError;
import id.kim.csv.Tabel31Options;
import id.kim.csv.Tabel31Reader;
import id.kim.csv.Tabel31Rows;
import id.kim.json.JsonProblem;
import id.kim.json.KimJson;
import id.kim.server.problem.ProblemError;
import id.kim.server.problem.ProblemException;
import id.kim.server.problem.Problems;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * {@code POST /v1/import/tabel-3-1?dinas=…}: a Tabel 3.1 CSV body (text/csv) → each row a profile
 * (PROFILE-a..t) or a row error (row, column, problem, rule), and the summary — the JSON of
 * {@code kim import --format json}. The CSV is read row by row by kim-csv; the Dinas, whose regency or
 * city fills Kabupaten/Kota when the CSV has no such column (PROFILE-h, GAP-22), is the query parameter
 * {@code dinas} (the JSON of a {@code Dinas}, URL-encoded); {@code observedOn} dates the Kekuatan/Pengaruh
 * figures when the CSV has no "Tanggal Pendataan" column.
 */
public final class ImportApi implements Endpoint {
  @Override
  public Answer handle(Request request) throws IOException {
    Dinas dinas = dinas(request);
    Tabel31Options options = Tabel31Options.forDinas(dinas);
    String observedOn = request.query("observedOn");
    if (observedOn != null) {
      try {
        options = options.withObservedOn(LocalDate.parse(observedOn));
      } catch (DateTimeParseException e) {
        throw new ProblemException(Problems.badRequest(request.lang(), "server.detail.observedOn"));
      }
    }
    Either<FileProblem, Tabel31Rows> opened = Tabel31Reader.open(request.body(), options);
    if (opened.isLeft()) {
      throw new ProblemException(Problems.invalid(request.lang(), List.of(new ProblemError("",
          opened.getLeft().message(request.lang()), Optional.empty()))));
    }
    try (Tabel31Rows rows = opened.get(); JsonAnswer j = new JsonAnswer(request.lang())) {
      j.startObject().startArray("rows");
      while (rows.hasNext()) {
        Either<RowError, KimProfile> row = rows.next();
        j.startObject().field("row", rows.lastRow());
        if (row.isRight()) {
          j.value("profile", row.get());
        } else {
          j.field("rejected", true);
          rowError(j, row.getLeft(), request);
        }
        j.endObject();
      }
      j.endArray();
      summary(j, rows.summary(), request);
      j.endObject();
      return j.answer();
    }
  }

  private static Dinas dinas(Request request) {
    String json = request.query("dinas");
    if (json == null) {
      throw new ProblemException(Problems.badRequest(request.lang(), "server.detail.dinasParam"));
    }
    Either<Seq<JsonProblem>, Dinas> read = KimJson.readValid(json, Dinas.class);
    if (read.isLeft()) {
      throw new ProblemException(Problems.badRequest(request.lang(), "server.detail.dinasParam"));
    }
    return read.get();
  }

  private static void rowError(JsonAnswer j, RowError e, Request request) throws IOException {
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
      j.field("messageKey", p.messageKey()).field("message", p.message(request.lang())).endObject();
    }
    j.endArray();
  }

  private static void summary(JsonAnswer j, ImportSummary s, Request request) throws IOException {
    j.startObject("summary").field("read", s.read()).field("accepted", s.accepted()).field("rejected", s.rejected())
        .field("blank", s.blank()).field("text", s.describe(request.lang())).endObject();
  }
}
