package id.kim.report.data;

import id.kim.core.agency.Dinas;
import id.kim.core.community.KimRecord;
import id.kim.core.i18n.Lang;
import id.kim.core.monitoring.MonitoringRecord;
import id.kim.core.region.RegionDirectory;
import id.kim.csv.RowError;
import id.kim.csv.Tabel31Options;
import id.kim.report.Texts;
import id.kim.rules.mapping.MappingPolicy;
import id.kim.rules.mapping.grid.CategoryDecision;
import id.kim.rules.mapping.grid.GridAssessment;
import id.kim.rules.mapping.issue.PublicIssue;
import io.vavr.control.Either;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * Every input of one run, read and checked: the Dinas, the KIM records (CSV profiles joined with
 * their JSON records), and the optional mapping, monitoring and national data, whose KIM are completed
 * from the records ({@link KimNames}). Records are sorted by name (then Nomor Induk Komunitas), so no
 * result depends on the order of the files. With a region register ({@link Inputs#regions()}, kim-regions'
 * published register by default) the Tabel 3.1 import checks and fills the region codes against it, a Dinas
 * whose codes it refuses is refused (REGION-CODE-2, -4), and each record is checked against it when it is
 * validated for a decision ({@link #regions()}).
 */
@Value.Immutable
public abstract class Dataset {
  /** The order of records in every result: by name, ignoring case, then by name, then by community number. */
  public static final Comparator<KimRecord> ORDER =
      Comparator.comparing((KimRecord r) -> r.profile().name().toLowerCase(Locale.ROOT))
          .thenComparing(r -> r.profile().name())
          .thenComparing(r -> r.profile().communityNumber().map(n -> n.value()).orElse(""));

  /** @return the Dinas */
  public abstract Dinas dinas();

  /** @return the records, in {@link #ORDER} */
  public abstract List<KimRecord> records();

  /** @return the Tabel 3.1 import, when a CSV was read */
  public abstract Optional<ProfileImport> profileImport();

  /** @return the grid assessments (GRID-VAR), when given */
  public abstract Optional<List<GridAssessment>> grid();

  /** @return the public issues (Tabel 3.2); none when not given */
  public abstract List<PublicIssue> issues();

  /** @return the category decisions (GAP-14); none when not given */
  public abstract List<CategoryDecision> decisions();

  /** @return the mapping policy, when given */
  public abstract Optional<MappingPolicy> mappingPolicy();

  /** @return the monitoring records, when given */
  public abstract Optional<List<MonitoringRecord>> monitoring();

  /** @return the national table, when given */
  public abstract Optional<List<NationalCount>> national();

  /**
   * @return the register the records' region codes are checked against when they are validated for a
   *     decision (REGION-CODE-2, -4; {@code RuleFamilies.checkingRegions}); empty for none
   */
  public abstract Optional<RegionDirectory> regions();

  /** @return the names of the inputs read */
  public abstract List<String> sources();

  /** @return true if any mapping input was given */
  public boolean hasMappingInput() {
    return grid().isPresent() || !issues().isEmpty() || !decisions().isEmpty();
  }

  /**
   * @param in the inputs
   * @param lang the language of problems
   * @return the data, or the first problem as one line
   */
  public static Either<String, Dataset> load(Inputs in, Lang lang) {
    ImmutableDataset.Builder b = ImmutableDataset.builder();
    Either<String, Dinas> dinas = Loader.dinas(in.dinas(), in.regions(), lang);
    if (dinas.isLeft()) {
      return Either.left(dinas.getLeft());
    }
    b.dinas(dinas.get()).addSources(in.dinas().name()).regions(in.regions());
    Either<String, List<KimRecord>> records = records(in, dinas.get(), b, lang);
    if (records.isLeft()) {
      return Either.left(records.getLeft());
    }
    List<KimRecord> sorted = records.get().stream().sorted(ORDER).collect(Collectors.toList());
    b.records(sorted);
    return FurtherData.read(in, new KimNames(sorted), b, lang).map(x -> b.build());
  }

  private static Either<String, List<KimRecord>> records(Inputs in, Dinas dinas, ImmutableDataset.Builder b,
      Lang lang) {
    Optional<ProfileImport> imported = Optional.empty();
    if (in.profiles().isPresent()) {
      Tabel31Options options = Tabel31Options.forDinas(dinas);
      Either<String, ProfileImport> read = Loader.profiles(in.profiles().get(),
          in.regions().map(options::withRegionDirectory).orElse(options), lang);
      if (read.isLeft()) {
        return Either.left(read.getLeft());
      }
      imported = Optional.of(read.get());
      b.profileImport(read.get()).addSources(in.profiles().get().name());
    }
    Optional<List<KimRecord>> documents = Optional.empty();
    if (in.records().isPresent()) {
      Either<String, List<KimRecord>> read = Loader.records(in.records().get(), lang);
      if (read.isLeft()) {
        return Either.left(read.getLeft());
      }
      documents = Optional.of(read.get());
      b.addSources(in.records().get().name());
    }
    if (imported.isEmpty()) {
      return documents.<Either<String, List<KimRecord>>>map(Either::right)
          .orElseGet(() -> Either.left(Texts.get(lang, "input.noKim")));
    }
    Set<String> rejected = imported.get().errors().stream().map(RowError::kimName).flatMap(Optional::stream)
        .collect(Collectors.toSet());
    return RecordMerger.merge(imported.get().profiles(), documents.orElse(List.of()), rejected,
        in.records().map(Input::name).orElse(""), lang);
  }
}
