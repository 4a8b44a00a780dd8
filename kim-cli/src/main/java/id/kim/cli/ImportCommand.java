package id.kim.cli;

import id.kim.core.agency.Dinas;
import id.kim.core.community.KimProfile;
import id.kim.core.region.RegionDirectory;
import id.kim.csv.ImportSummary;
import id.kim.csv.RowError;
import id.kim.csv.Tabel31Options;
import id.kim.csv.Tabel31Reader;
import id.kim.csv.Tabel31Rows;
import id.kim.json.JsonStreamWriter;
import id.kim.report.data.Input;
import id.kim.report.data.Inputs;
import id.kim.report.data.Loader;
import id.kim.report.pipeline.ImportAnswer;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kim import}: Tabel 3.1 (profil KIM) CSV → JSON profiles, row by row, with the summary. */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = {"Read a Tabel 3.1 profiling table (CSV) into profiles (PROFILE-a..t): every row becomes a "
        + "profile or a row error (row, column, problem); the summary counts rows read, accepted and rejected.",
        "Streams: a file of any length is read in bounded memory. Without --profiles, imports the bundled sample.",
        "Region codes (Kode Kelurahan/Desa, Kode Kecamatan, Kode Kabupaten/Kota) are checked against the bundled "
            + "Kemendagri register, and names filled from codes (REGION-CODE-1..4); --regions none checks form and "
            + "nesting only.",
        "The summary goes to standard error; standard output holds only the JSON (or the text lines)."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:done (rejected rows are part of the answer)",
        "2:bad input or usage; with --strict also any rejected row", "3:internal error"},
    footerHeading = "%nExamples:%n",
    footer = {"  kim import --format text",
        "  kim import --profiles tabel-3-1.csv --dinas dinas.json --out profiles.json",
        "  kim import --profiles tabel-3-1.csv --dinas dinas.json --strict --progress > profiles.json",
        "The columns and cells of Tabel 3.1: docs/csv.md."})
final class ImportCommand extends KimSubcommand {
  @Option(names = "--profiles", paramLabel = "FILE", description = "The CSV (`;` or `,`; UTF-8 with or without BOM).")
  Path profiles;

  @Option(names = "--dinas", paramLabel = "FILE", description = "The Dinas (JSON); its regency/city fills "
      + "Kabupaten/Kota when the file has no such column (PROFILE-h). Required with --profiles.")
  Path dinas;

  @Option(names = "--observed-on", paramLabel = "YYYY-MM-DD", converter = Converters.Date.class,
      description = "Day of the Kekuatan/Pengaruh figures when the file has no 'Tanggal Pendataan' column.")
  LocalDate observedOn;

  @Option(names = "--strict", description = "Exit with 2 if any row is rejected.")
  boolean strict;

  @Mixin
  RegionsOption regions = new RegionsOption();

  @Mixin
  OutputOptions output = new OutputOptions();

  @Mixin
  ProgressOption progress = new ProgressOption();

  @Override
  int run() throws IOException {
    Inputs sample = Inputs.sample();
    if (profiles != null && dinas == null) {
      throw CliFailure.badInput(Texts.get(lang(), "cli.dinasRequired"));
    }
    Input csv = profiles == null ? sample.profiles().orElseThrow() : Input.file(profiles);
    Optional<RegionDirectory> register = regions.directory();
    Dinas d = Loader.dinas(dinas == null ? sample.dinas() : Input.file(dinas), register, lang())
        .getOrElseThrow(CliFailure::badInput);
    Tabel31Options options = Tabel31Options.forDinas(d);
    if (register.isPresent()) {
      options = options.withRegionDirectory(register.get());
    }
    if (observedOn != null) {
      options = options.withObservedOn(observedOn);
    }
    ImportSummary summary;
    try (InputStream in = open(csv); Writer w = output.open(out(), lang());
        Progress shown = progress(progress, "cli.progress.import", -1);
        Tabel31Rows rows = rows(csv, in, options)) {
      summary = output.format == OutputOptions.Format.json ? json(rows, w, shown)
          : text(rows, new PrintWriter(w), shown);
    }
    err().println(summary.describe(lang()));
    return strict && summary.rejected() > 0 ? ExitCode.BAD_INPUT : ExitCode.OK;
  }

  /** @throws CliFailure naming the CSV if it cannot be opened (a failure to write is not the CSV's) */
  private InputStream open(Input csv) {
    try {
      return csv.open();
    } catch (IOException e) {
      throw CliFailure.badInput(Texts.get(lang(), "cli.unreadable", csv.name()));
    }
  }

  /** @throws CliFailure naming the CSV if its header cannot be read or is not Tabel 3.1's */
  private Tabel31Rows rows(Input csv, InputStream in, Tabel31Options options) {
    try {
      return Tabel31Reader.open(in, options)
          .getOrElseThrow(p -> CliFailure.badInput(csv.name() + ": " + p.message(lang())));
    } catch (IOException e) {
      throw CliFailure.badInput(Texts.get(lang(), "cli.unreadable", csv.name()));
    }
  }

  private ImportSummary json(Tabel31Rows rows, Writer w, Progress shown) throws IOException {
    try (JsonStreamWriter j = json(w)) {
      return ImportAnswer.write(j, rows, lang(), shown::step);
    }
  }

  private ImportSummary text(Tabel31Rows rows, PrintWriter w, Progress shown) {
    while (rows.hasNext()) {
      Either<RowError, KimProfile> row = rows.next();
      w.println(row.<String>fold(e -> e.describe(lang()),
          p -> Texts.get(lang(), "cli.import.accepted", String.valueOf(rows.lastRow()), p.name())));
      shown.step();
    }
    w.flush();
    return rows.summary();
  }
}
