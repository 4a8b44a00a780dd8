package id.kim.report.pipeline;

import id.kim.core.community.KimRecord;
import id.kim.report.data.Dataset;
import id.kim.rules.mapping.MappingInput;
import id.kim.rules.mapping.MappingPolicy;
import id.kim.rules.mapping.MappingRejection;
import id.kim.rules.mapping.report.MappingReport;
import io.vavr.control.Either;
import java.time.LocalDate;

/** The mapping of a {@link Dataset}: its profiles, issues, assessments and decisions under its policy (standard by default). */
public final class MappingRun {
  private MappingRun() {}

  /**
   * @param data the inputs
   * @param families the rule families
   * @param asOf the as-of date
   * @return the report, or why no mapping can be made
   */
  public static Either<MappingRejection, MappingReport> of(Dataset data, RuleFamilies families, LocalDate asOf) {
    return families.mapping().map(input(data), policy(data), asOf);
  }

  /** @return the mapping input of the data: every record's profile, the issues, assessments and decisions */
  public static MappingInput input(Dataset data) {
    return MappingInput.builder().dinas(data.dinas()).profiles(data.records().stream().map(KimRecord::profile).toList())
        .issues(data.issues()).assessments(data.grid().orElse(java.util.List.of())).decisions(data.decisions()).build();
  }

  /** @return the policy given, or {@code MappingPolicy.standard()} */
  public static MappingPolicy policy(Dataset data) {
    return data.mappingPolicy().orElse(MappingPolicy.standard());
  }
}
