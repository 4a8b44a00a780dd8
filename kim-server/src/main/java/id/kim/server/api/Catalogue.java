package id.kim.server.api;

import id.kim.rules.eligibility.Juknis2022;
import id.kim.rules.engine.Rule;
import id.kim.rules.engine.RuleSet;
import id.kim.rules.evaluation.EvaluationRules;
import id.kim.rules.region.RegionCodeRules;
import java.util.List;
import java.util.Optional;

/**
 * The rule sets the service decides with: the juknis 2022 mapping entry (MAP-ENTRY-1..4), partnership
 * (PARTNER-*, QUAL-*) and the evaluation of dissemination (MEASURE-*, MONITOR-PURPOSE); and the project's
 * rule set {@code region-codes} (REGION-CODE-1..4, PROPOSED), which {@code POST /v1/validate} and the Tabel
 * 3.1 import apply to the Kemendagri region codes. Immutable.
 */
final class Catalogue {
  /** The rule sets, in a fixed order. */
  static final List<RuleSet<?>> SETS = List.of(Juknis2022.MAPPING_ENTRY, Juknis2022.PARTNERSHIP,
      EvaluationRules.juknis2022(), RegionCodeRules.RULES);

  private Catalogue() {}

  /** @return the rule set of that name and version */
  static Optional<RuleSet<?>> set(String name, String version) {
    return SETS.stream().filter(s -> s.ref().name().equals(name) && s.ref().version().equals(version)).findFirst();
  }

  /** @return the rule of that ID, from the first rule set that has it */
  static Optional<Rule<?>> rule(String id) {
    for (RuleSet<?> s : SETS) {
      for (Rule<?> r : s.rules()) {
        if (r.id().value().equals(id)) {
          return Optional.of(r);
        }
      }
    }
    return Optional.empty();
  }

  /** @return the rule sets that hold the rule of that ID */
  static List<RuleSet<?>> setsOf(String id) {
    return SETS.stream().filter(s -> s.rules().exists(r -> r.id().value().equals(id))).toList();
  }
}
