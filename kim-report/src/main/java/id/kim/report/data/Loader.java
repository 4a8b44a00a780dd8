package id.kim.report.data;

import id.kim.core.agency.Dinas;
import id.kim.core.community.KimProfile;
import id.kim.core.community.KimRecord;
import id.kim.core.i18n.Lang;
import id.kim.core.monitoring.MonitoringRecord;
import id.kim.core.region.RegionDirectory;
import id.kim.core.regioncheck.RegionCheck;
import id.kim.core.validation.FieldViolation;
import id.kim.core.validation.MissingValueException;
import id.kim.csv.RowError;
import id.kim.csv.Tabel31Options;
import id.kim.csv.Tabel31Reader;
import id.kim.csv.Tabel31Rows;
import id.kim.json.Codec;
import id.kim.json.Field;
import id.kim.json.JsonProblem;
import id.kim.json.KimJson;
import id.kim.report.Texts;
import id.kim.rules.mapping.MappingPolicy;
import id.kim.rules.mapping.grid.CategoryDecision;
import id.kim.rules.mapping.grid.GridAssessment;
import id.kim.rules.mapping.issue.PublicIssue;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads each input of the pipeline, strictly. A failure is one line naming the input and the problem
 * (for JSON, its JSONPath), in the chosen language, never quoting the data. JSON inputs are read and
 * validated in one step ({@link KimJson#readValid}): a value that breaks a kim-core constraint (a
 * follower count beyond its documented range) is refused with its path and rule, every problem
 * on the one line. KIM records are the one exception: each is validated on its own by the eligibility
 * entrances, so that one invalid KIM is reported as invalid data without stopping the others.
 */
public final class Loader {
  private static final Codec<List<KimRecord>> RECORDS = Field.listOf(KimJson.codec(KimRecord.class));

  private Loader() {}

  /** @return the Dinas */
  public static Either<String, Dinas> dinas(Input in, Lang lang) {
    return valid(in, KimJson.codec(Dinas.class), lang);
  }

  /**
   * @param in the Dinas (JSON)
   * @param regions the register its region codes are checked against (REGION-CODE-2, -4), or empty for none
   * @param lang the language of problems
   * @return the Dinas; or one line naming every problem, a code or name the register refuses included
   */
  public static Either<String, Dinas> dinas(Input in, Optional<RegionDirectory> regions, Lang lang) {
    MissingValueException.requireNonNull(regions, "regions");
    return dinas(in, lang).flatMap(d -> {
      Optional<Seq<FieldViolation>> refused = regions.map(r -> RegionCheck.of(r).violations(d))
          .filter(v -> !v.isEmpty());
      return refused.<Either<String, Dinas>>map(v -> Either.left(in.name() + ": "
          + v.map(x -> x.describe(lang)).mkString("; "))).orElseGet(() -> Either.right(d));
    });
  }

  /** @return the records of a JSON array of {@code KimRecord} */
  public static Either<String, List<KimRecord>> records(Input in, Lang lang) {
    return json(in, RECORDS, lang);
  }

  /** @return the Dinas' assessments of interest, power and influence (GRID-VAR) */
  public static Either<String, List<GridAssessment>> grid(Input in, Lang lang) {
    return valid(in, Field.listOf(KimJson.codec(GridAssessment.class)), lang);
  }

  /** @return the public issues of Tabel 3.2 */
  public static Either<String, List<PublicIssue>> issues(Input in, Lang lang) {
    return valid(in, Field.listOf(KimJson.codec(PublicIssue.class)), lang);
  }

  /** @return the Dinas' category decisions for mixed cases (GAP-14) */
  public static Either<String, List<CategoryDecision>> decisions(Input in, Lang lang) {
    return valid(in, Field.listOf(KimJson.codec(CategoryDecision.class)), lang);
  }

  /** @return the mapping policy */
  public static Either<String, MappingPolicy> mappingPolicy(Input in, Lang lang) {
    return valid(in, KimJson.codec(MappingPolicy.class), lang);
  }

  /** @return the monitoring records, one per KIM (Tabel 5.2, Tabel 5.3, follower counts, tallies, surveys) */
  public static Either<String, List<MonitoringRecord>> monitoring(Input in, Lang lang) {
    return valid(in, Field.listOf(KimJson.codec(MonitoringRecord.class)), lang);
  }

  /** @return the registered KIM per province */
  public static Either<String, List<NationalCount>> national(Input in, Lang lang) {
    try (InputStream stream = in.open()) {
      return NationalTable.read(stream).mapLeft(p -> in.name() + ": " + Texts.get(lang, p.key, p.args));
    } catch (IOException e) {
      return Either.left(unreadable(in, lang));
    }
  }

  /**
   * Reads a whole Tabel 3.1 file into memory (for files of a regency's size; use {@link Tabel31Reader}
   * directly to stream large ones).
   *
   * @param in the CSV
   * @param options how to read it
   * @param lang the language of problems
   * @return the profiles, rejected rows and summary, or why the file cannot be read
   */
  public static Either<String, ProfileImport> profiles(Input in, Tabel31Options options, Lang lang) {
    try (InputStream stream = in.open()) {
      return Tabel31Reader.open(stream, options).mapLeft(p -> in.name() + ": " + p.message(lang)).map(Loader::readAll);
    } catch (IOException | UncheckedIOException e) {
      return Either.left(unreadable(in, lang));
    }
  }

  private static ProfileImport readAll(Tabel31Rows rows) {
    List<KimProfile> profiles = new ArrayList<>();
    List<RowError> errors = new ArrayList<>();
    rows.forEachRemaining(r -> r.peek(profiles::add).peekLeft(errors::add));
    return ProfileImport.of(profiles, errors, rows.summary());
  }

  private static <T> Either<String, T> json(Input in, Codec<T> codec, Lang lang) {
    try (InputStream stream = in.open()) {
      Either<JsonProblem, T> read = KimJson.read(stream, codec);
      return read.mapLeft(p -> in.name() + ": " + p.describe(lang));
    } catch (IOException | UncheckedIOException e) {
      return Either.left(unreadable(in, lang));
    }
  }

  private static <T> Either<String, T> valid(Input in, Codec<T> codec, Lang lang) {
    try (InputStream stream = in.open()) {
      return KimJson.readValid(stream, codec)
          .mapLeft(problems -> in.name() + ": " + problems.map(p -> p.describe(lang)).mkString("; "));
    } catch (IOException | UncheckedIOException e) {
      return Either.left(unreadable(in, lang));
    }
  }

  private static String unreadable(Input in, Lang lang) {
    return Texts.get(lang, "input.unreadable", in.name());
  }
}
