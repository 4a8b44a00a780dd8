package id.kim.rules.eligibility;

import static org.quicktheories.QuickTheory.qt;

import id.kim.core.community.KimRecord;
import id.kim.core.i18n.Lang;
import id.kim.rules.eligibility.EligibleScenarios.Scenario;
import id.kim.rules.engine.RuleSet;
import id.kim.rules.explain.Decision;
import id.kim.rules.explain.Finding;
import id.kim.rules.explain.Outcome;
import id.kim.rules.explain.Severity;
import id.kim.rules.explain.Verdict;
import id.kim.testkit.KimGens;
import id.kim.testkit.Sampler;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Set;
import java.time.LocalDate;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The laws of the eligibility decision, over generated communities (MAP-ENTRY, PARTNER, QUAL, QUAL-ORDER). */
class EligibilityPropertiesTest {
  private static final List<RuleSet<EligibilityFacts>> SETS = List.of(Juknis2022.MAPPING_ENTRY, Juknis2022.PARTNERSHIP);
  private static final int EXAMPLES = 300;

  private static Decision decide(RuleSet<EligibilityFacts> set, Scenario s) {
    return Eligibility.decide(Eligibility.PARTNERSHIP_QUESTION, set, s.facts(), s.asOf());
  }

  private static Decision decide(RuleSet<EligibilityFacts> set, Scenario s, KimRecord r) {
    return decide(set, s.withRecord(r));
  }

  private static KimRecord withDefects(Scenario s, Iterable<BrokenRequirement> defects) {
    KimRecord r = s.record();
    for (BrokenRequirement d : BrokenRequirement.values()) {
      if (List.ofAll(defects).contains(d)) {
        r = d.apply(r, s);
      }
    }
    return r;
  }

  private static Set<String> ids(RuleSet<EligibilityFacts> set) {
    return set.rules().map(r -> r.id().value()).toSet();
  }

  private static Map<String, Outcome> outcomes(Decision d) {
    return d.findings().filter(f -> f.severity() == Severity.REQUIREMENT)
        .toMap(f -> f.ruleId().value(), Finding::outcome);
  }

  private static Gen<List<BrokenRequirement>> defectSets() {
    Sampler<List<BrokenRequirement>> sets = d -> List.of(BrokenRequirement.values()).filter(x -> d.chance(25));
    return sets.gen();
  }

  @Test
  @DisplayName("all requirements satisfied ⇒ ELIGIBLE (mapping entry and partnership), through the validating facade")
  void allSatisfiedIsEligible() {
    qt().withExamples(EXAMPLES)
        .forAll(EligibleScenarios.valid())
        .checkAssert(
            s -> {
              Decision entry = Kims.valid(Eligibility.mappingEntry(s.facts(), s.asOf()));
              Decision partner = Kims.valid(Eligibility.partnership(s.facts(), s.asOf()));
              Assertions.assertEquals(
                  Verdict.ELIGIBLE, entry.verdict(), () -> entry.explain(Lang.EN));
              Assertions.assertEquals(
                  Verdict.ELIGIBLE, partner.verdict(), () -> partner.explain(Lang.EN));
            });
  }

  @Test
  @DisplayName("any single requirement not satisfied ⇒ NOT_ELIGIBLE, and exactly that rule's finding fails")
  void singleDefectFailsItsRule() {
    qt().withExamples(EXAMPLES).forAll(EligibleScenarios.valid(), Generate.pick(BrokenRequirement.failures().asJava()))
        .check((s, defect) -> {
      KimRecord r = defect.apply(s.record(), s);
      boolean ok = true;
      for (RuleSet<EligibilityFacts> set : SETS) {
        Set<String> expected = defect.targets().intersect(ids(set));
        if (expected.isEmpty()) {
          ok &= decide(set, s, r).verdict() == Verdict.ELIGIBLE;
          continue;
        }
        Decision d = decide(set, s, r);
        ok &= d.verdict() == Verdict.NOT_ELIGIBLE && d.failures().map(f -> f.ruleId().value()).toSet().equals(expected);
      }
      return ok;
    });
  }

  @Test
  @DisplayName("missing evidence ⇒ INCOMPLETE, never ELIGIBLE: the rules needing it are unknown, none fails")
  void gapMakesItIncomplete() {
    qt().withExamples(EXAMPLES).forAll(EligibleScenarios.valid(), Generate.pick(BrokenRequirement.gaps().asJava()))
        .check((s, gap) -> {
      KimRecord r = gap.apply(s.record(), s);
      boolean ok = true;
      for (RuleSet<EligibilityFacts> set : SETS) {
        Set<String> expected = gap.targets().intersect(ids(set));
        Decision d = decide(set, s, r);
        ok &= expected.isEmpty() ? d.verdict() == Verdict.ELIGIBLE
            : d.verdict() == Verdict.INCOMPLETE && expected.forAll(id -> outcomes(d).get(id).contains(Outcome.UNKNOWN));
      }
      return ok;
    });
  }

  @Test
  @DisplayName("repairing one failed requirement never turns another finding from SATISFIED to NOT_SATISFIED")
  void repairIsMonotone() {
    qt().withExamples(EXAMPLES)
        .forAll(EligibleScenarios.valid(), defectSets(), Generate.pick(List.of(BrokenRequirement.values()).asJava()))
        .check((s, defects, repaired) -> {
          List<BrokenRequirement> broken = defects.append(repaired).distinct();
          boolean ok = true;
          for (RuleSet<EligibilityFacts> set : SETS) {
            Map<String, Outcome> before = outcomes(decide(set, s, withDefects(s, broken)));
            Map<String, Outcome> after = outcomes(decide(set, s, withDefects(s, broken.remove(repaired))));
            ok &= before.forAll(e -> e._2 != Outcome.SATISFIED || after.get(e._1).get() != Outcome.NOT_SATISFIED);
          }
          return ok;
        });
  }

  @Test
  @DisplayName(
      "findings do not depend on the order of board members, members, assessments, affiliations, media, signatories")
  void orderDoesNotMatter() {
    qt().withExamples(EXAMPLES).forAll(EligibleScenarios.valid(), defectSets(), Generate.longRange(0, Long.MAX_VALUE))
        .check((s, defects, seed) -> {
          KimRecord r = withDefects(s, defects);
          KimRecord other = EligibleScenarios.shuffled(r, seed);
          return SETS.forAll(set -> decide(set, s, r).equals(decide(set, s, other)));
        });
  }

  @Test
  @DisplayName("the same input always gives the same decision, to the last character of its explanation")
  void sameInputSameDecision() {
    qt().withExamples(EXAMPLES).forAll(EligibleScenarios.valid(), defectSets()).check((s, defects) -> {
      KimRecord r = withDefects(s, defects);
      return SETS.forAll(set -> {
        Decision a = decide(set, s, r);
        Decision b = decide(set, s, EligibleScenarios.shuffled(r, 0).withProfile(r.profile()));
        Decision c = decide(set, s, r);
        return a.equals(c) && a.explain(Lang.ID).equals(c.explain(Lang.ID))
            && a.toTree(Lang.EN).equals(c.toTree(Lang.EN))
            && a.verdict() == b.verdict();
      });
    });
  }

  @Test
  @DisplayName("PARTNER-LEGAL-1, MAP-ENTRY-3: a later as-of date never revives an expired or revoked SK")
  void laterDateNeverRevivesADecree() {
    qt().withExamples(2000).forAll(KimGens.villageDecree(), Generate.range(0, 2000), Generate.range(0, 2000))
        .check((decree, a, b) -> {
      EligibilityFacts facts = Kims.facts(Kims.record().withDecree(decree));
      LocalDate first = decree.issuedOn().plusDays(a);
      LocalDate later = first.plusDays(b);
      return List.of("PARTNER-LEGAL-1", "MAP-ENTRY-3").forAll(id -> {
        Finding then = Kims.evaluate(id, facts, first);
        boolean ended = then.outcome() == Outcome.NOT_SATISFIED;
        return !ended || Kims.evaluate(id, facts, later).outcome() == Outcome.NOT_SATISFIED;
      });
    });
  }

  @Test
  @DisplayName(
      "QUAL-ORDER: whenever a legal or administrative requirement is not satisfied, every qualification is "
          + "NOT_EVALUATED")
  void qualificationsWaitForTheRequirements() {
    qt().withExamples(EXAMPLES).forAll(EligibleScenarios.valid(), defectSets()).check((s, defects) -> {
      Decision d = decide(Juknis2022.PARTNERSHIP, s, withDefects(s, defects));
      boolean requirementsPass = d.findings().filter(f -> !f.ruleId().value().startsWith("QUAL-"))
          .forAll(f -> f.severity() == Severity.WARNING || f.outcome() == Outcome.SATISFIED);
      return d.findings().filter(f -> f.ruleId().value().startsWith("QUAL-"))
          .forAll(f -> requirementsPass == (f.outcome() != Outcome.NOT_EVALUATED));
    });
  }
}
