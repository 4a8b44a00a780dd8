package id.kim.report.pipeline;

import id.kim.rules.mapping.Mapping;
import id.kim.rules.mapping.MappingInput;
import id.kim.rules.mapping.MappingPolicy;
import id.kim.rules.mapping.MappingRejection;
import id.kim.rules.mapping.report.MappingReport;
import io.vavr.control.Either;
import java.time.LocalDate;

/**
 * The mapping family behind the pipeline (MAP-STAGE-A..E, GRID-1..4, PRIORITY-1..2, REPORT-1): the
 * five stages of juknis chapter III over the Dinas' profiles, issues, assessments and decisions.
 */
public interface MappingStep {

  /** @return the mapping report, or why no mapping can be made (MAP-RULE-a, duplicates) */
  Either<MappingRejection, MappingReport> map(MappingInput input, MappingPolicy policy, LocalDate asOf);

  /** @return {@code id.kim.rules.mapping.Mapping.run} */
  static MappingStep juknis2022() {
    return Mapping::run;
  }
}
