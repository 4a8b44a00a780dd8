package id.kim.report.pipeline;

import id.kim.core.community.KimRecord;
import id.kim.core.community.KimRef;
import id.kim.core.validation.MissingValueException;
import id.kim.report.data.Dataset;
import id.kim.rules.mapping.MappingInput;
import id.kim.rules.mapping.MappingPolicy;
import id.kim.rules.mapping.MappingRejection;
import id.kim.rules.mapping.issue.PublicIssue;
import id.kim.rules.mapping.report.MappingReport;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The mapping of a {@link Dataset} (MAP-STAGE-A..E) under the data's policy (standard by default).
 *
 * <p>The report maps only the KIM that entered the mapping ({@link #of(Dataset, MappingEntry, RuleFamilies,
 * LocalDate)}, MAP-ENTRY-1..4): a KIM that did not enter is not in the mapping input at all — the Dinas'
 * assessments and category decisions about it are set aside and it is dropped from the KIM an issue names — so it
 * is neither placed nor prioritised, and the report lists it apart with its reasons. {@link #of(Dataset,
 * RuleFamilies, LocalDate)} maps every record as given, for a caller (such as {@code kim map}) whose data are
 * already the KIM it means to map.
 */
public final class MappingRun {
  private MappingRun() {}

  /**
   * @param data the inputs
   * @param families the rule families
   * @param asOf the as-of date
   * @return the report over every record of the data, or why no mapping can be made
   */
  public static Either<MappingRejection, MappingReport> of(Dataset data, RuleFamilies families, LocalDate asOf) {
    MissingValueException.requireNonNull(data, "data");
    MissingValueException.requireNonNull(families, "families");
    return families.mapping().map(input(data, data.records()), policy(data), asOf);
  }

  /**
   * @param data the inputs
   * @param entry who entered the mapping
   * @param families the rule families
   * @param asOf the as-of date
   * @return the report over the KIM that entered the mapping, or why no mapping can be made
   */
  public static Either<MappingRejection, MappingReport> of(Dataset data, MappingEntry entry, RuleFamilies families,
      LocalDate asOf) {
    MissingValueException.requireNonNull(entry, "entry");
    MissingValueException.requireNonNull(families, "families");
    return families.mapping().map(input(data, entry.entered()), policy(data), asOf);
  }

  /**
   * @param data the inputs
   * @param entered the records that entered the mapping
   * @return the mapping input: their profiles, the issues naming only them, their assessments and decisions
   */
  public static MappingInput input(Dataset data, List<KimRecord> entered) {
    MissingValueException.requireNonNull(data, "data");
    MissingValueException.requireNonNull(entered, "entered");
    Set<KimRef> in = entered.stream().map(r -> KimRef.from(r.profile())).collect(Collectors.toSet());
    List<PublicIssue> issues = data.issues().stream()
        .map(i -> i.withRecordedKims(i.recordedKims().stream().filter(in::contains)
            .collect(Collectors.toCollection(LinkedHashSet::new))))
        .toList();
    return MappingInput.builder().dinas(data.dinas()).profiles(entered.stream().map(KimRecord::profile).toList())
        .issues(issues)
        .assessments(data.grid().orElse(List.of()).stream().filter(a -> in.contains(a.kim())).toList())
        .decisions(data.decisions().stream().filter(d -> in.contains(d.kim())).toList()).build();
  }

  /** @return the policy given, or {@code MappingPolicy.standard()} */
  public static MappingPolicy policy(Dataset data) {
    return data.mappingPolicy().orElse(MappingPolicy.standard());
  }
}
