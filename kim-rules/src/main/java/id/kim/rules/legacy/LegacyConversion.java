package id.kim.rules.legacy;

import id.kim.core.validation.FieldViolation;
import id.kim.core.validation.MissingValueException;
import id.kim.rules.eligibility.Eligibility;
import id.kim.rules.eligibility.EligibilityFacts;
import id.kim.rules.eligibility.EligibilityPolicy;
import id.kim.rules.eligibility.Juknis2022;
import id.kim.rules.engine.Rule;
import id.kim.rules.engine.RuleSet;
import id.kim.rules.explain.Decision;
import id.kim.rules.explain.Message;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;

/**
 * The 2022 conversion rule for groups of the PM Kominfo 8/2019 era (juknis II.B.1): "may this group
 * continue, or become, a KIM partner?" One rule set per {@link LegacyPath}, each the path's rule
 * (LEGACY-RULE-b, -c or -d) followed by the Dinas' validation, which the SDK takes to be the full
 * eligibility pipeline (RULES.md GAP-11, PROPOSED): MAP-ENTRY-1..4, PARTNER-LEGAL-1..3,
 * PARTNER-ADMIN-1..4, PARTNER-ADMIN-DECL and QUAL-1..7 behind QUAL-ORDER.
 *
 * <p>{@link #validate} picks the path from the record's origin, so a traditional media group
 * (LEGACY-CAT-2), positive-content creators (LEGACY-CAT-3) and a strategic group (LEGACY-CAT-4) go
 * through LEGACY-RULE-c, a former KIM (LEGACY-CAT-1) through LEGACY-RULE-b, a group without
 * category through LEGACY-RULE-d — and each is decided as a KIM, never as its old category
 * (LEGACY-RULE-a). The decision names the rule set, e.g. {@code juknis-2022.legacy.converted-stakeholder}.
 */
public final class LegacyConversion {
  /** Name stem of the conversion rule sets. */
  public static final String NAME = Juknis2022.NAME + ".legacy";
  /** "Validasi kelompok menjadi KIM (PM Kominfo 8/2019 ke juknis 2022)". */
  public static final Message QUESTION = Message.of(LegacyPathRule.BUNDLE, "question.legacy");

  /** LEGACY-RULE-b and the validation, default policy. */
  public static final RuleSet<EligibilityFacts> CONTINUING_KIM = ruleSet(LegacyPath.CONTINUING_KIM);
  /** LEGACY-RULE-c and the validation, default policy. */
  public static final RuleSet<EligibilityFacts> CONVERTED_STAKEHOLDER = ruleSet(LegacyPath.CONVERTED_STAKEHOLDER);
  /** LEGACY-RULE-d and the validation, default policy. */
  public static final RuleSet<EligibilityFacts> OTHER_COMMUNITY_GROUP = ruleSet(LegacyPath.OTHER_COMMUNITY_GROUP);

  private LegacyConversion() {}

  /**
   * @param path the path
   * @return its rule set under the default policy
   */
  public static RuleSet<EligibilityFacts> ruleSet(LegacyPath path) {
    return ruleSet(path, EligibilityPolicy.defaults());
  }

  /**
   * @param path the path
   * @param policy the choices where the juknis is silent
   * @return {@code juknis-2022.legacy.<path>}, version {@code 2022.08.30} plus the policy's suffix
   */
  public static RuleSet<EligibilityFacts> ruleSet(LegacyPath path, EligibilityPolicy policy) {
    Seq<Rule<EligibilityFacts>> rules = List.<Rule<EligibilityFacts>>of(new LegacyPathRule(path))
        .appendAll(Juknis2022.mappingEntryRules())
        .appendAll(Juknis2022.partnerRequirementRules(policy))
        .appendAll(Juknis2022.qualificationRules());
    return RuleSet.of(NAME + "." + path.slug(), Juknis2022.VERSION + policy.versionSuffix(), rules,
        List.of(Juknis2022.qualificationOrder(policy.qualificationGate())));
  }

  /**
   * Validates the facts, picks the path from the record's origin and decides.
   *
   * @param facts the group's record and the deciding Dinas
   * @param asOf the as-of day
   * @return the violations of the facts, or the decision
   */
  public static Validation<Seq<FieldViolation>, Decision> validate(EligibilityFacts facts, LocalDate asOf) {
    return validate(facts, asOf, EligibilityPolicy.defaults());
  }

  /**
   * @param facts the group's record and the deciding Dinas
   * @param asOf the as-of day
   * @param policy the choices where the juknis is silent
   * @return the violations of the facts, or the decision
   */
  public static Validation<Seq<FieldViolation>, Decision> validate(EligibilityFacts facts, LocalDate asOf,
      EligibilityPolicy policy) {
    if (facts == null) {
      throw new MissingValueException("facts");
    }
    if (policy == null) {
      throw new MissingValueException("policy");
    }
    LegacyPath path = LegacyPath.of(facts.record().legacyOrigin());
    RuleSet<EligibilityFacts> rules = policy.equals(EligibilityPolicy.defaults()) ? defaultSet(path)
        : ruleSet(path, policy);
    return Eligibility.validated(QUESTION, rules, facts, asOf);
  }

  private static RuleSet<EligibilityFacts> defaultSet(LegacyPath path) {
    return switch (path) {
      case CONTINUING_KIM -> CONTINUING_KIM;
      case CONVERTED_STAKEHOLDER -> CONVERTED_STAKEHOLDER;
      default -> OTHER_COMMUNITY_GROUP;
    };
  }
}
