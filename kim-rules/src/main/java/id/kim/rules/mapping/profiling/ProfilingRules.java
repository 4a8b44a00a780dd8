package id.kim.rules.mapping.profiling;

import id.kim.rules.explain.Citation;
import id.kim.rules.explain.RuleId;

/**
 * Mapping stage A (MAP-STAGE-A) with its juknis citation, quoted from III.A, and the message bundle of
 * the mapping family. The rules of the stage keep their IDs and citations beside their logic:
 * MAP-RULE-a in {@code Mapping}, MAP-RULE-b in {@link Categorisation}, MAP-A-1 in {@link Census},
 * MAP-A-2 and MAP-A-3 in {@link ProfileField}.
 */
public final class ProfilingRules {
  /** The message bundle of the mapping family. */
  public static final String BUNDLE = "id.kim.rules.mapping.Messages";

  /** MAP-STAGE-A — collect data and categorise KIM. */
  public static final RuleId MAP_STAGE_A = RuleId.of("MAP-STAGE-A");
  /** Citation of MAP-STAGE-A. */
  public static final Citation MAP_STAGE_A_CITATION = Citation.of("III.A", "Mengumpulkan Data dan Mengategori KIM");

  private ProfilingRules() {}
}
