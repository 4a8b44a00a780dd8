package id.kim.rules.impact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import id.kim.rules.eligibility.EligibilityFacts;
import id.kim.rules.explain.Verdict;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The laws of a variant's impact, over generated registers and variants. */
class ImpactPropertiesTest {
  private static final int EXAMPLES = 60;
  private static final Gen<ImpactQuestion> QUESTIONS = Generate.enumValues(ImpactQuestion.class);
  private static final Gen<Long> SEEDS = Generate.longRange(0, Long.MAX_VALUE);

  private static ImpactSummary measure(Variant variant, ImpactQuestion question, List<EligibilityFacts> register) {
    return Impact.of(Variant.baseline(), variant, question).measure(register.stream(), Registers.AS_OF);
  }

  private static List<KimImpact> each(Variant variant, ImpactQuestion question, List<EligibilityFacts> register) {
    List<KimImpact> out = new ArrayList<>();
    Impact.of(Variant.baseline(), variant, question).measure(register.iterator(), Registers.AS_OF, out::add);
    return out;
  }

  @Test
  @DisplayName("a variant equal to the base changes no verdict and no finding, whatever its name")
  void equalVariantChangesNothing() {
    qt().withExamples(EXAMPLES).forAll(Registers.registers(), QUESTIONS).checkAssert((r, q) -> {
      for (Variant same : List.of(Variant.baseline(), Variant.builder().name("sama").build())) {
        ImpactSummary s = measure(same, q, r);
        assertEquals(0, s.changed());
        assertTrue(s.changedKim().isEmpty());
        assertTrue(s.transitions().keySet().forAll(t -> !t.changed()));
        each(same, q, r).forEach(k -> assertTrue(k.changedFindings().isEmpty(), k::toString));
      }
    });
  }

  @Test
  @DisplayName("removing rules never turns an eligible KIM ineligible or incomplete")
  void removingRulesNeverHurtsTheEligible() {
    qt().withExamples(EXAMPLES).forAll(Registers.registers(), Registers.removals(), QUESTIONS)
        .checkAssert((r, v, q) -> {
          ImpactSummary s = measure(v, q, r);
          s.transitions().keySet().filter(t -> t.from() == Verdict.ELIGIBLE)
              .forEach(t -> assertEquals(Verdict.ELIGIBLE, t.to(), () -> v + ": " + t));
        });
  }

  @Test
  @DisplayName("the impact does not depend on the order of the records")
  void orderIndependent() {
    qt().withExamples(EXAMPLES).forAll(Registers.registers(), Registers.variants(), SEEDS)
        .checkAssert((r, v, seed) -> {
          List<EligibilityFacts> shuffled = new ArrayList<>(r);
          Collections.shuffle(shuffled, new Random(seed));
          assertEquals(measure(v, ImpactQuestion.PARTNERSHIP, r), measure(v, ImpactQuestion.PARTNERSHIP, shuffled));
        });
  }

  @Test
  @DisplayName("the tallies sum to the population: overall, by province and by regency/city")
  void talliesSumToPopulation() {
    qt().withExamples(EXAMPLES).forAll(Registers.registers(), Registers.variants()).checkAssert((r, v) -> {
      ImpactSummary s = measure(v, ImpactQuestion.PARTNERSHIP, r);
      assertEquals(r.size(), s.population());
      long decided = s.population() - s.invalid();
      assertEquals(decided, s.transitions().values().sum().longValue());
      assertEquals(decided, s.byProvince().values().map(m -> m.values().sum().longValue()).sum().longValue());
      assertEquals(decided, s.byRegencyCity().values().map(m -> m.values().sum().longValue()).sum().longValue());
    });
  }

  @Test
  @DisplayName("every KIM whose verdict changes names at least one changed finding, and the rules tallied are those")
  void everyChangeHasAChangedFinding() {
    qt().withExamples(EXAMPLES).forAll(Registers.registers(), Registers.variants(), QUESTIONS)
        .checkAssert((r, v, q) -> {
          for (KimImpact k : each(v, q, r)) {
            if (k.transition().changed()) {
              assertFalse(k.changedFindings().isEmpty(), k::toString);
              assertTrue(k.responsibleRules().nonEmpty() && k.responsibleRules().forAll(id -> k.changedFindings()
                  .exists(c -> c.ruleId().equals(id))), k::toString);
            }
          }
          ImpactSummary s = measure(v, q, r);
          s.changedKim().forEach(c -> assertFalse(c.changedFindings().isEmpty(), c::toString));
          s.rulesByTransition().forEach((t, rules) -> rules.forEach((id, n) -> assertTrue(n <= s.count(t))));
        });
  }

  @Test
  @DisplayName("for records validated already, skipping the validation gives the same impact")
  void validationSkippedOnValidRecords() {
    qt().withExamples(EXAMPLES).forAll(Registers.registers(), Registers.variants()).checkAssert((r, v) -> {
      Impact impact = Impact.of(Variant.baseline(), v, ImpactQuestion.PARTNERSHIP);
      ImpactSummary validated = impact.measure(r.stream(), Registers.AS_OF);
      if (validated.invalid() == 0) {
        assertEquals(validated, impact.withValidation(false).measure(r.stream(), Registers.AS_OF));
      }
    });
  }
}
