package id.kim.rules.legacy;

import id.kim.core.assessment.AssessedCriterion;
import id.kim.core.community.LegacyStakeholderCategory;
import id.kim.rules.eligibility.AssessedRequirement;
import id.kim.rules.eligibility.EligibilityFacts;
import id.kim.rules.eligibility.EligibilityRule;
import id.kim.rules.eligibility.FindingKey;
import id.kim.rules.explain.Evidence;
import id.kim.rules.explain.Finding;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The rule of one {@link LegacyPath} (LEGACY-RULE-b, -c or -d): the record's origin must be the one
 * the path is for (otherwise not satisfied, naming the right path), and for c and d the officer's
 * {@link AssessedCriterion#INFORMATION_FUNCTION_ADDED} assessment must confirm that the information
 * management and dissemination function has been added (met → satisfied, not met → not satisfied,
 * none → unknown). The rest of the "validasi" is the eligibility pipeline in the same rule set
 * (RULES.md GAP-11).
 */
final class LegacyPathRule extends EligibilityRule {
  static final String BUNDLE = "id.kim.rules.legacy.Messages";

  private final LegacyPath path;
  private final FindingKey satisfied;
  private final FindingKey wrongPath;
  private final AssessedRequirement informationFunction;

  LegacyPathRule(LegacyPath path) {
    super(path.ruleId(), path.citation());
    this.path = path;
    this.satisfied = FindingKey.withoutRemedy(BUNDLE, path.ruleId().value() + ".satisfied");
    this.wrongPath = FindingKey.of(BUNDLE, path.ruleId().value() + ".wrongPath");
    this.informationFunction = new AssessedRequirement(path.ruleId(), path.citation(),
        AssessedCriterion.INFORMATION_FUNCTION_ADDED, BUNDLE);
  }

  @Override
  public Finding evaluate(EligibilityFacts facts, LocalDate asOf) {
    Optional<LegacyStakeholderCategory> origin = facts.record().legacyOrigin();
    String originText = origin.map(c -> c.ruleId() + " " + c.label()).orElse("-");
    Seq<Evidence> evidence = List.of(Evidence.of("legacyOrigin", originText), Evidence.of("legacyPath", path.ruleId()));
    LegacyPath expected = LegacyPath.of(origin);
    if (expected != path) {
      return notSatisfied(wrongPath, evidence, originText, expected.ruleId());
    }
    if (!path.needsInformationFunction()) {
      return satisfied(satisfied, evidence, originText);
    }
    Finding assessed = informationFunction.evaluate(facts, asOf);
    return Finding.builder().from(assessed).evidence(evidence.appendAll(assessed.evidence())).build();
  }
}
