package id.kim.server.api;

import id.kim.core.agency.Dinas;
import id.kim.core.i18n.Lang;
import id.kim.core.region.RegionDirectory;
import id.kim.csv.FileProblem;
import id.kim.csv.Tabel31Options;
import id.kim.csv.Tabel31Reader;
import id.kim.csv.Tabel31Rows;
import id.kim.json.JsonProblem;
import id.kim.json.JsonStreamWriter;
import id.kim.json.KimJson;
import id.kim.report.pipeline.ImportAnswer;
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
 * {@code kim import --format json}, written by the same {@link ImportAnswer}. The CSV is read row by row by
 * kim-csv and each row is written to the response as it is read; the Dinas, whose regency or
 * city fills Kabupaten/Kota when the CSV has no such column (PROFILE-h, GAP-22), is the query parameter
 * {@code dinas} (the JSON of a {@code Dinas}, URL-encoded); {@code observedOn} dates the Kekuatan/Pengaruh
 * figures when the CSV has no "Tanggal Pendataan" column. With a register (the server's {@code --regions},
 * kim-regions' published register by default) each row's region codes and names are checked against it and
 * completed from it (REGION-CODE-2..4, docs/csv.md): a code it does not hold, or a name not its code's, is a row
 * error on its column.
 */
public final class ImportApi implements Endpoint {
  private final Optional<RegionDirectory> regions;

  /** @param regions the register the rows' region codes are checked against, or empty for none */
  public ImportApi(Optional<RegionDirectory> regions) {
    this.regions = regions;
  }

  @Override
  public Answer handle(Request request) throws IOException {
    Dinas dinas = dinas(request);
    Tabel31Options plain = Tabel31Options.forDinas(dinas);
    Tabel31Options options = regions.map(plain::withRegionDirectory).orElse(plain);
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
    Tabel31Rows rows = opened.get();
    Lang lang = request.lang();
    // every problem of the request is answered above; from here each row is written as it is read
    return Answer.streamedJson(out -> {
      try (rows; JsonStreamWriter j = JsonStreamWriter.compact(out, lang)) {
        ImportAnswer.write(j, rows, lang, () -> { });
      }
    });
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
}
