package id.kim.rules.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import id.kim.core.community.KimRecord;
import id.kim.core.community.KnownAbsence;
import id.kim.core.validation.KimValidator;
import id.kim.rules.eligibility.EligibleScenarios.Scenario;
import id.kim.rules.engine.Rule;
import id.kim.rules.explain.Finding;
import id.kim.rules.explain.Outcome;
import id.kim.testkit.AbsenceSamplers;
import id.kim.testkit.Sampler;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Laws of "tercatat tidak ada" (recorded as none) against "belum tercatat" (not recorded). */
class RecordedAsNonePropertiesTest {
  private static final int EXAMPLES = 300;
  private static final Seq<Rule<EligibilityFacts>> RULES =
      Juknis2022.MAPPING_ENTRY.rules().appendAll(Juknis2022.PARTNERSHIP.rules());

  /** Each gap (evidence missing) and the facts that, recorded as none, say the evidence does not exist. */
  private static final Map<BrokenRequirement, Set<KnownAbsence>> NONE_OF_GAP = Map.of(
      BrokenRequirement.NO_DECREE, EnumSet.of(KnownAbsence.DECREE),
      BrokenRequirement.NO_BOARD, EnumSet.of(KnownAbsence.BOARD),
      BrokenRequirement.NO_NUMBER, EnumSet.of(KnownAbsence.COMMUNITY_NUMBER),
      BrokenRequirement.NO_LETTER, EnumSet.of(KnownAbsence.DECLARATION),
      BrokenRequirement.NO_MEDIA, EnumSet.of(KnownAbsence.MEDIA, KnownAbsence.OTHER_DISSEMINATION_MEANS));

  private static Gen<List<BrokenRequirement>> gapSets() {
    List<BrokenRequirement> gaps = List.ofAll(NONE_OF_GAP.keySet()).sorted();
    Sampler<List<BrokenRequirement>> sets = d -> {
      List<BrokenRequirement> chosen = gaps.filter(x -> d.chance(40));
      return chosen.isEmpty() ? List.of(gaps.get(d.index(gaps.size()))) : chosen;
    };
    return sets.gen();
  }

  private static KimRecord recorded(KimRecord r, Set<KnownAbsence> none) {
    List<KnownAbsence> all = List.ofAll(none);
    KimRecord out = r.withProfile(r.profile().withRecordedAsNone(all.filter(KnownAbsence::isProfileFact)))
        .withRecordedAsNone(all.filter(f -> !f.isProfileFact()));
    assertTrue(KimValidator.standard().validate(out).isValid(), () -> KimValidator.standard().validate(out).toString());
    return out;
  }

  private static Finding finding(String id, Scenario s, KimRecord r) {
    return RULES.find(x -> x.id().value().equals(id)).get().evaluate(s.withRecord(r).facts(), s.asOf());
  }

  @Test
  @DisplayName("recorded as none never yields UNKNOWN: a gap's rules are NOT_SATISFIED once its facts are none")
  void recordedAsNoneNeverUnknown() {
    qt().withExamples(EXAMPLES).forAll(EligibleScenarios.valid(), gapSets()).checkAssert((s, gaps) -> {
      KimRecord r = s.record();
      Set<KnownAbsence> none = EnumSet.noneOf(KnownAbsence.class);
      for (BrokenRequirement gap : gaps) {
        r = gap.apply(r, s);
        none.addAll(NONE_OF_GAP.get(gap));
      }
      KimRecord decided = recorded(r, none);
      for (BrokenRequirement gap : gaps) {
        for (String id : gap.targets()) {
          if (id.equals("MAP-ENTRY-2") || id.equals("QUAL-1")) {
            continue;
          }
          Finding f = finding(id, s, decided);
          assertEquals(Outcome.NOT_SATISFIED, f.outcome(), () -> id + " with " + none + ": " + f);
          assertTrue(f.remedy().isDefined(), () -> id + " has no remedy");
        }
      }
    });
  }

  @Test
  @DisplayName("recording facts as none changes only the rules they name, and only from UNKNOWN")
  void onlyNamedRulesChange() {
    Gen<KimRecord> records = AbsenceSamplers.recordWithAbsences().gen();
    qt().withExamples(EXAMPLES)
        .forAll(EligibleScenarios.valid(), records)
        .checkAssert(
            (s, generated) -> {
              KimRecord with = generated;
              KimRecord without =
                  with.withProfile(with.profile().withRecordedAsNone(List.empty()))
                      .withRecordedAsNone(List.empty());
              Set<String> named = new HashSet<>();
              for (KnownAbsence f : KnownAbsence.values()) {
                if (with.isRecordedAsNone(f)) {
                  named.addAll(f.ruleIds());
                }
              }
              for (Rule<EligibilityFacts> rule : RULES) {
                String id = rule.id().value();
                Finding before = finding(id, s, without);
                Finding after = finding(id, s, with);
                if (before.equals(after)) {
                  continue;
                }
                assertTrue(
                    named.contains(id),
                    () ->
                        id
                            + " changed though no fact recorded as none names it: "
                            + before
                            + " -> "
                            + after);
                if (before.outcome() != after.outcome()) {
                  assertEquals(
                      Outcome.UNKNOWN, before.outcome(), () -> id + ": " + before + " -> " + after);
                  assertNotEquals(Outcome.UNKNOWN, after.outcome(), id);
                }
              }
            });
  }
}
