package id.kim.cli;

import id.kim.core.i18n.Lang;
import id.kim.report.data.Dataset;
import id.kim.report.data.Input;
import id.kim.report.data.Inputs;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The data a command reads. With no data option the bundled sample is used (Kabupaten Jembrana: real
 * places and codes, fictional KIM; as of {@link Inputs#SAMPLE_AS_OF}); with the user's own data {@code --dinas} and
 * {@code --as-of} are required, because the SDK reads no clock. Region codes are checked against the bundled
 * Kemendagri register unless {@code --regions none} ({@link RegionsOption}).
 */
final class DataOptions {
  @Option(names = "--dinas", paramLabel = "FILE",
      description = "The Dinas (JSON `Dinas`). Required with your own data.")
  Path dinas;

  @Option(names = "--profiles", paramLabel = "FILE", description = "Tabel 3.1 profiles (CSV; `;` or `,`; "
      + "UTF-8 with or without BOM).")
  Path profiles;

  @Option(names = "--records", paramLabel = "FILE",
      description = "KIM records (JSON array of `KimRecord`): complete, or naming a KIM of --profiles by "
          + "`profile.name` only.")
  Path records;

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = Converters.Date.class,
      description = "The day documents, periods and assessments are judged as of. Required with your own data; "
          + "the bundled sample uses 2026-01-15.")
  LocalDate asOf;

  @Mixin
  RegionsOption regions = new RegionsOption();

  boolean usesSample() {
    return dinas == null && profiles == null && records == null;
  }

  LocalDate asOf(Lang lang) {
    if (!usesSample() && dinas == null) {
      throw CliFailure.badInput(Texts.get(lang, "cli.dinasRequired"));
    }
    if (asOf != null) {
      return asOf;
    }
    if (usesSample()) {
      return Inputs.SAMPLE_AS_OF;
    }
    throw CliFailure.badInput(Texts.get(lang, "cli.asOfRequired"));
  }

  /**
   * Loads the KIM data and the further files the command reads. With the bundled sample, each group of
   * further files comes from the bundle unless the command names its own.
   */
  Dataset load(Lang lang, FurtherFiles... further) {
    Optional<Inputs> sample = usesSample() ? Optional.of(Inputs.sample()) : Optional.empty();
    if (sample.isEmpty() && dinas == null) {
      throw CliFailure.badInput(Texts.get(lang, "cli.dinasRequired"));
    }
    Inputs.Builder b = Inputs.builder().regions(regions.directory());
    if (sample.isPresent()) {
      b.dinas(sample.get().dinas()).profiles(sample.get().profiles()).records(sample.get().records()).isSample(true);
    } else {
      b.dinas(Input.file(dinas)).profiles(file(profiles)).records(file(records));
    }
    for (FurtherFiles f : further) {
      f.apply(b, sample);
    }
    return Dataset.load(b.build(), lang).getOrElseThrow(CliFailure::badInput);
  }

  static Optional<Input> file(Path path) {
    return Optional.ofNullable(path).map(Input::file);
  }
}
