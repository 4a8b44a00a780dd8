package id.kim.testkit;

import static id.kim.testkit.BadText.noRule;

import id.kim.core.assessment.Assessment;
import java.util.ArrayList;
import java.util.List;

/** Single defects of recorded assessments (GAP-07). */
final class AssessmentDefects {
  private AssessmentDefects() {}

  static List<Defect<Assessment>> assessment() {
    Sampler<Assessment> host = AssessmentSamplers.assessment();
    List<Defect<Assessment>> out = new ArrayList<>(BadText.textDefects("Assessment", "note", 2000, host,
        (a, s) -> Assessment.builder().from(a).note(s).build()));
    out.addAll(Defect.allWithin(AgencyDefects.officer(), "Assessment", "assessedBy", noRule(), host,
        (a, o) -> Assessment.builder().from(a).assessedBy(o).build()));
    return List.copyOf(out);
  }
}
