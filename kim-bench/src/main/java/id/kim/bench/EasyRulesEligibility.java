package id.kim.bench;

import id.kim.rules.eligibility.EligibilityFacts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import org.jeasy.rules.api.Facts;
import org.jeasy.rules.api.Rule;
import org.jeasy.rules.api.Rules;
import org.jeasy.rules.api.RulesEngine;
import org.jeasy.rules.core.DefaultRulesEngine;
import org.jeasy.rules.core.RuleBuilder;

/**
 * Benchmark (c): the same partnership rules ({@link PartnershipChecks}) in Easy Rules 4.1
 * ({@code org.jeasy:easy-rules-core}), the simple Java rule engine a team might pick instead of the
 * SDK. One Easy Rules {@link Rule} per RULES.md ID, in the juknis' order by priority, built once
 * with the fluent {@link RuleBuilder} (lambdas — the fastest way to use the engine; annotated POJO
 * rules go through reflection). Each rule's action records its ID; the qualifications (QUAL-1..7)
 * fire only once all eight requirements have fired (QUAL-ORDER). The KIM is eligible when every
 * rule fired.
 *
 * <p>What a caller gets is the list of rules that fired — no outcome per rule beyond that, no
 * evidence, no messages.
 */
public final class EasyRulesEligibility {
  /** Rules of the juknis, in order. */
  static final int RULE_COUNT = 15;
  private static final int REQUIREMENTS = 8;
  private static final RulesEngine ENGINE = new DefaultRulesEngine();
  private static final Rules RULES = rules();

  private EasyRulesEligibility() {}

  /**
   * @param f the facts
   * @param asOf the as-of day
   * @return the IDs of the rules that fired, in order
   */
  public static List<String> fired(EligibilityFacts f, LocalDate asOf) {
    Facts facts = new Facts();
    facts.put("kim", f);
    facts.put("asOf", asOf);
    List<String> fired = new ArrayList<>(RULE_COUNT);
    facts.put("fired", fired);
    ENGINE.fire(RULES, facts);
    return fired;
  }

  /**
   * @param f the facts
   * @param asOf the as-of day
   * @return true if every rule fired
   */
  public static boolean eligible(EligibilityFacts f, LocalDate asOf) {
    return fired(f, asOf).size() == RULE_COUNT;
  }

  private static Rules rules() {
    Rules rules = new Rules();
    rules.register(requirement("PARTNER-LEGAL-1", 1, PartnershipChecks::legal1Decree));
    rules.register(requirement("PARTNER-LEGAL-2", 2, PartnershipChecks::legal2CommunityNumber));
    rules.register(requirement("PARTNER-LEGAL-3", 3, PartnershipChecks::legal3BoardAcknowledged));
    rules.register(requirement("PARTNER-ADMIN-1", 4, PartnershipChecks::admin1NotCivilServants));
    rules.register(requirement("PARTNER-ADMIN-2", 5, PartnershipChecks::admin2NoCrime));
    rules.register(requirement("PARTNER-ADMIN-3", 6, PartnershipChecks::admin3NoParty));
    rules.register(requirement("PARTNER-ADMIN-4", 7, PartnershipChecks::admin4NoNgo));
    rules.register(requirement("PARTNER-ADMIN-DECL", 8, PartnershipChecks::adminDeclaration));
    rules.register(qualification("QUAL-1", 9, PartnershipChecks::qual1ClearExistence));
    rules.register(qualification("QUAL-2", 10, PartnershipChecks::qual2RegularActivity));
    rules.register(qualification("QUAL-3", 11, PartnershipChecks::qual3Reputation));
    rules.register(qualification("QUAL-4", 12, PartnershipChecks::qual4Reach));
    rules.register(qualification("QUAL-5", 13, PartnershipChecks::qual5Understanding));
    rules.register(qualification("QUAL-6", 14, PartnershipChecks::qual6Media));
    rules.register(qualification("QUAL-7", 15, PartnershipChecks::qual7Resources));
    return rules;
  }

  private static Rule requirement(String id, int priority, BiPredicate<EligibilityFacts, LocalDate> check) {
    return new RuleBuilder().name(id).description("juknis II.B.4 " + id).priority(priority)
        .when(facts -> check.test(facts.get("kim"), facts.get("asOf")))
        .then(facts -> EasyRulesEligibility.<List<String>>get(facts, "fired").add(id))
        .build();
  }

  private static Rule qualification(String id, int priority, BiPredicate<EligibilityFacts, LocalDate> check) {
    return new RuleBuilder().name(id).description("juknis II.B.5 " + id).priority(priority)
        .when(facts -> EasyRulesEligibility.<List<String>>get(facts, "fired").size() >= REQUIREMENTS
            && check.test(facts.get("kim"), facts.get("asOf")))
        .then(facts -> EasyRulesEligibility.<List<String>>get(facts, "fired").add(id))
        .build();
  }

  @SuppressWarnings("TypeParameterUnusedInFormals") // Easy Rules' facts are untyped: the caller names what it stored
  private static <T> T get(Facts facts, String name) {
    return facts.get(name);
  }
}
