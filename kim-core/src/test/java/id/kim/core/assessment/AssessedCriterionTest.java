package id.kim.core.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The requirements that are the Dinas' judgement, not data (GAP-07), and the rules they serve. */
class AssessedCriterionTest {

  @Test
  @DisplayName("each criterion names the rule it serves")
  void ruleIds() {
    assertEquals(List.of("MAP-ENTRY-1", "QUAL-1", "QUAL-2", "QUAL-3", "QUAL-5", "QUAL-6", "QUAL-7", "LEGACY-RULE-c",
        "TERM-6"),
        Arrays.stream(AssessedCriterion.values()).map(AssessedCriterion::ruleId).toList());
  }
}
