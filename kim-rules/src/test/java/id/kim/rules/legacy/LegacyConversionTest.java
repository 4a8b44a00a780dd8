package id.kim.rules.legacy;

import static id.kim.rules.eligibility.Kims.AS_OF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import id.kim.core.assessment.AssessedCriterion;
import id.kim.core.assessment.AssessmentResult;
import id.kim.core.community.KimRecord;
import id.kim.core.community.LegacyStakeholderCategory;
import id.kim.core.i18n.Lang;
import id.kim.core.organisation.CivilServantScope;
import id.kim.rules.eligibility.EligibilityFacts;
import id.kim.rules.eligibility.EligibleScenarios;
import id.kim.rules.eligibility.EligibilityPolicy;
import id.kim.rules.eligibility.Juknis2022;
import id.kim.rules.eligibility.Kims;
import id.kim.rules.explain.Decision;
import id.kim.rules.explain.Finding;
import id.kim.rules.explain.Outcome;
import id.kim.rules.explain.Verdict;
import id.kim.rules.fixtures.JuknisSeed;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import java.io.IOException;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.quicktheories.generators.Generate;

/** PM Kominfo 8/2019 groups under the 2022 juknis (II.B.1): LEGACY-CAT-1..4, LEGACY-RULE-a..d. */
class LegacyConversionTest {

  private static KimRecord from(LegacyStakeholderCategory category) {
    return Kims.record().withLegacyOrigin(Optional.ofNullable(category));
  }

  private static KimRecord withFunction(KimRecord r, AssessmentResult result) {
    return Kims.assessed(r, AssessedCriterion.INFORMATION_FUNCTION_ADDED, result, Kims.ASSESSED_ON);
  }

  private static Decision validate(KimRecord r) {
    return Kims.valid(LegacyConversion.validate(Kims.facts(r), AS_OF));
  }

  @Test
  @DisplayName(
      "LEGACY-CAT-1 Kelompok Informasi Masyarakat → LEGACY-RULE-b: continues if it passes the validation, no new "
          + "function needed")
  void formerKimContinues() {
    Decision d = validate(from(LegacyStakeholderCategory.KELOMPOK_INFORMASI_MASYARAKAT));
    assertEquals(Verdict.ELIGIBLE, d.verdict());
    assertEquals("juknis-2022.legacy.continuing-kim v2022.08.30", d.ruleSet().toString());
    Finding path = d.findings().head();
    assertEquals("LEGACY-RULE-b", path.ruleId().value());
    assertEquals("legacyOrigin=LEGACY-CAT-1 Kelompok Informasi Masyarakat (KIM), legacyPath=LEGACY-RULE-b",
        path.evidence().mkString(", "));
  }

  @ParameterizedTest(name = "{0}")
  @DisplayName("LEGACY-CAT-2, LEGACY-CAT-3, LEGACY-CAT-4 → LEGACY-RULE-c: a KIM once the information function is added")
  @EnumSource(value = LegacyStakeholderCategory.class, names = {"KELOMPOK_MEDIA_TRADISIONAL",
      "KOMUNITAS_PEMBUAT_KONTEN_POSITIF", "KELOMPOK_STRATEGIS"})
  void otherStakeholdersNeedTheInformationFunction(LegacyStakeholderCategory category) {
    assertEquals(LegacyPath.CONVERTED_STAKEHOLDER, LegacyPath.of(Optional.of(category)));
    Decision unknown = validate(from(category));
    assertEquals(Verdict.INCOMPLETE, unknown.verdict());
    assertEquals("LEGACY-RULE-c.notAssessed", unknown.findings().head().message().key());
    Decision met = validate(withFunction(from(category), AssessmentResult.MET));
    assertEquals(Verdict.ELIGIBLE, met.verdict());
    assertEquals("juknis-2022.legacy.converted-stakeholder", met.ruleSet().name());
    assertTrue(met.findings().head().evidence().head().value().startsWith(category.ruleId() + " "));
    Decision notMet = validate(withFunction(from(category), AssessmentResult.NOT_MET));
    assertEquals(Verdict.NOT_ELIGIBLE, notMet.verdict());
    assertTrue(notMet.findings().head().remedy().get().render(Lang.ID).startsWith("Tambahkan fungsi pengelolaan"));
  }

  @Test
  @DisplayName(
      "LEGACY-RULE-d: another community group (no category) becomes a KIM once the information function is added")
  void otherCommunityGroup() {
    assertEquals(LegacyPath.OTHER_COMMUNITY_GROUP, LegacyPath.of(Optional.empty()));
    assertEquals(Verdict.INCOMPLETE, validate(from(null)).verdict());
    Decision met = validate(withFunction(from(null), AssessmentResult.MET));
    assertEquals(Verdict.ELIGIBLE, met.verdict());
    assertEquals("LEGACY-RULE-d", met.findings().head().ruleId().value());
    assertEquals("legacyOrigin=-", met.findings().head().evidence().head().toString());
  }

  @Test
  @DisplayName("LEGACY-RULE-a: no categories any more — every group is decided as a KIM under all juknis-2022 rules")
  void everyCategoryIsJudgedAsAKim() {
    Set<String> juknis = Juknis2022.MAPPING_ENTRY.rules().appendAll(Juknis2022.PARTNERSHIP.rules())
        .map(r -> r.id().value()).toSet();
    for (LegacyPath path : LegacyPath.values()) {
      Set<String> ids = LegacyConversion.ruleSet(path).rules().map(r -> r.id().value()).toSet();
      assertEquals(juknis.add(path.ruleId().value()), ids, path.name());
      assertEquals(1, LegacyConversion.ruleSet(path).gates().size(), "QUAL-ORDER applies to converted groups too");
    }
    Decision d = validate(withFunction(from(LegacyStakeholderCategory.KELOMPOK_STRATEGIS), AssessmentResult.MET));
    assertEquals("KIM Gumbrih (KIM/5101/0007)", d.subject());
    assertEquals("Validation of a group as a KIM (PM Kominfo 8/2019 to the 2022 juknis)", d.question().render(Lang.EN));
  }

  @Test
  @DisplayName("GAP-11: the Dinas validation is the whole eligibility pipeline — an expired SK fails a converted group")
  void validationIsTheEligibilityPipeline() {
    KimRecord r = withFunction(from(LegacyStakeholderCategory.KELOMPOK_MEDIA_TRADISIONAL), AssessmentResult.MET)
        .withDecree(Kims.decree().withValidUntil(AS_OF.minusDays(1)));
    Decision d = validate(r);
    assertEquals(Verdict.NOT_ELIGIBLE, d.verdict());
    assertEquals(List.of("MAP-ENTRY-3", "PARTNER-LEGAL-1"), d.failures().map(f -> f.ruleId().value()));
  }

  @Test
  @DisplayName("a path used for the wrong origin fails, naming the right path")
  void wrongPathNamesTheRightOne() {
    EligibilityFacts facts = Kims.facts(from(LegacyStakeholderCategory.KELOMPOK_INFORMASI_MASYARAKAT));
    Finding f = LegacyConversion.CONVERTED_STAKEHOLDER.evaluateAll(facts, AS_OF).head();
    assertEquals(Outcome.NOT_SATISFIED, f.outcome());
    assertEquals(
        "Origin LEGACY-CAT-1 Kelompok Informasi Masyarakat (KIM) is not one of the other stakeholders of PM Kominfo "
            + "8/2019; "
        + "its path is LEGACY-RULE-b.", f.message().render(Lang.EN));
    Finding d = LegacyConversion.OTHER_COMMUNITY_GROUP.evaluateAll(facts, AS_OF).head();
    assertEquals(Outcome.NOT_SATISFIED, d.outcome());
    Finding b = LegacyConversion.CONTINUING_KIM.evaluateAll(Kims.facts(from(null)), AS_OF).head();
    assertEquals("LEGACY-RULE-b.wrongPath", b.message().key());
  }

  @ParameterizedTest
  @EnumSource(LegacyPath.class)
  @DisplayName("LEGACY-RULE-b..d: each path cites its point of II.B.1 verbatim, and its rule's findings cite it")
  void pathsCiteTheirPoint(LegacyPath path) throws IOException {
    assertEquals("II.B.1", path.citation().section());
    assertTrue(JuknisSeed.normalisedText().contains(path.citation().quote().replaceAll("\\s+", " ")),
        () -> "not in the juknis: " + path.citation().quote());
    assertEquals(path.citation(), LegacyConversion.ruleSet(path).evaluateAll(Kims.facts(), AS_OF).head().citation());
  }

  @Test
  void policyIsRecordedInTheVersion() {
    EligibilityPolicy strict = EligibilityPolicy.builder().asnScope(CivilServantScope.BOARD_AND_MEMBERS).build();
    Decision d =
        Kims.valid(LegacyConversion.validate(Kims.facts(from(LegacyStakeholderCategory.KELOMPOK_INFORMASI_MASYARAKAT)),
            AS_OF, strict));
    assertEquals("2022.08.30+asn=BOARD_AND_MEMBERS", d.ruleSet().version());
  }

  @Test
  @DisplayName(
      "LEGACY-RULE-a..d property: any origin, information function added where needed, all else valid ⇒ ELIGIBLE as a "
          + "KIM")
  void anyOriginPassingValidationIsEligible() {
    List<Optional<LegacyStakeholderCategory>> origins = List.of(LegacyStakeholderCategory.values()).map(Optional::of)
        .prepend(Optional.empty());
    qt().withExamples(200).forAll(EligibleScenarios.valid(), Generate.pick(origins.asJava()))
        .checkAssert((s, origin) -> {
      KimRecord r = s.record().withLegacyOrigin(origin);
      LegacyPath path = LegacyPath.of(origin);
      if (path.needsInformationFunction()) {
        r = Kims.assessed(r, AssessedCriterion.INFORMATION_FUNCTION_ADDED, AssessmentResult.MET, s.asOf());
      }
      Decision d = Kims.valid(LegacyConversion.validate(s.withRecord(r).facts(), s.asOf()));
      assertEquals(Verdict.ELIGIBLE, d.verdict(), () -> d.explain(Lang.EN));
      assertEquals(path.ruleId(), d.findings().head().ruleId());
    });
  }
}
