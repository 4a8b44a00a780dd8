package id.kim.report.pipeline;

import id.kim.core.agency.DinasLevel;
import id.kim.core.community.KimRecord;
import id.kim.core.validation.MissingValueException;
import id.kim.report.data.Dataset;
import id.kim.rules.mapping.MappingInput;
import id.kim.rules.mapping.MappingPolicy;
import id.kim.rules.mapping.MappingRejection;
import id.kim.rules.mapping.entry.MappingEntrants;
import id.kim.rules.mapping.report.MappingReport;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.List;

/**
 * The mapping of a {@link Dataset} (MAP-STAGE-A..E) under the data's policy (standard by default).
 *
 * <p>The report maps only the KIM that entered the mapping (II.B.3, MAP-ENTRY-1..4): the input is started from
 * kim-rules' {@code MappingInput.admitted(entrants)}, so a KIM that did not enter is not in the census — the Dinas'
 * assessments and category decisions about it are set aside and it is dropped from the KIM an issue names — it is
 * neither placed nor prioritised, and the report lists it apart with its reasons ({@code notAdmitted}). Only a
 * provincial Dinas, which decides no mapping entry, has its records given as they are: the mapping refuses it
 * (MAP-RULE-a) unless its policy allows a province without regency/city Dinas to map (GAP-50).
 */
public final class MappingRun {
  private MappingRun() {}

  /**
   * @param data the inputs
   * @param families the rule families
   * @param asOf the as-of date
   * @return the report over the KIM that entered the mapping (every record, for a provincial Dinas), or why no
   *     mapping can be made
   */
  public static Either<MappingRejection, MappingReport> of(Dataset data, RuleFamilies families, LocalDate asOf) {
    MissingValueException.requireNonNull(data, "data");
    MissingValueException.requireNonNull(families, "families");
    if (data.dinas().level() == DinasLevel.REGENCY_CITY) {
      return of(data, MappingEntry.of(data, families.eligibility(), asOf), families, asOf);
    }
    MappingInput asGiven = context(MappingInput.builder().dinas(data.dinas())
        .profiles(data.records().stream().map(KimRecord::profile).toList()), data).build();
    return families.mapping().map(asGiven, policy(data), asOf);
  }

  /**
   * @param data the inputs
   * @param entry who entered the mapping
   * @param families the rule families
   * @param asOf the as-of date, that of the entry decisions
   * @return the report over the KIM that entered the mapping, or why no mapping can be made
   */
  public static Either<MappingRejection, MappingReport> of(Dataset data, MappingEntry entry, RuleFamilies families,
      LocalDate asOf) {
    MissingValueException.requireNonNull(entry, "entry");
    MissingValueException.requireNonNull(families, "families");
    return families.mapping().map(input(data, entry.entrants()), policy(data), asOf);
  }

  /**
   * @param data the inputs
   * @param entrants the records split by their mapping-entry decisions
   * @return the mapping input of the admitted KIM, with the data's issues, assessments and decisions (those
   *     about a KIM left out are set aside by the mapping)
   */
  public static MappingInput input(Dataset data, MappingEntrants entrants) {
    MissingValueException.requireNonNull(data, "data");
    MissingValueException.requireNonNull(entrants, "entrants");
    return context(MappingInput.admitted(entrants), data).build();
  }

  private static MappingInput.Builder context(MappingInput.Builder b, Dataset data) {
    b.issues(data.issues()).assessments(data.grid().orElse(List.of())).decisions(data.decisions());
    return b;
  }

  /** @return the policy given, or {@code MappingPolicy.standard()} */
  public static MappingPolicy policy(Dataset data) {
    return data.mappingPolicy().orElse(MappingPolicy.standard());
  }
}
