package id.kim.rules.eligibility;

import static id.kim.rules.eligibility.Kims.AS_OF;
import static id.kim.rules.eligibility.Kims.record;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.agency.Dinas;
import id.kim.core.agency.DinasLevel;
import id.kim.core.community.CommunityNumber;
import id.kim.core.community.KimRecord;
import id.kim.core.i18n.Lang;
import id.kim.core.organisation.BoardMember;
import id.kim.core.organisation.BoardRole;
import id.kim.core.organisation.CivilServantScope;
import id.kim.core.validation.FieldViolation;
import id.kim.core.validation.MissingValueException;
import id.kim.rules.engine.RuleSet;
import id.kim.rules.explain.Citation;
import id.kim.rules.explain.Decision;
import id.kim.rules.explain.Evidence;
import id.kim.rules.explain.Finding;
import id.kim.rules.explain.Outcome;
import id.kim.rules.explain.RuleId;
import id.kim.rules.explain.Verdict;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The facade: validation before deciding, custom rule sets, and what a decision records and shows. */
class EligibilityFacadeTest {

  @Test
  @DisplayName(
      "PARTNER-LEGAL-2 GAP-12: a record with a 16-digit 'community number' is answered with violations, not a decision")
  void invalidFactsGiveViolations() {
    KimRecord r = record().withProfile(record().profile()
        .withCommunityNumber(CommunityNumber.of("5101012345678901", Kims.JEMBRANA)));
    var answer = Eligibility.partnership(Kims.facts(r), AS_OF);
    assertTrue(answer.isInvalid());
    FieldViolation v = answer.getError().single();
    assertEquals("record.profile.communityNumber.value", v.path());
    assertEquals("kim.communityNumber.looksLikePopulationNik", v.messageKey());
    assertTrue(!v.rejectedValue().contains("5101012345678901"));
    assertTrue(Eligibility.mappingEntry(Kims.facts(r), AS_OF).isInvalid());
  }

  @Test
  @DisplayName("a decree that expires before it was issued is a data error, reported with every other one")
  void allViolationsAreReportedAtOnce() {
    KimRecord r = record().withDecree(Kims.decree().withValidUntil(LocalDate.of(2024, 1, 1)))
        .withProfile(record().profile().withName(" "));
    Seq<FieldViolation> violations = Eligibility.partnership(Kims.facts(r), AS_OF).getError();
    assertEquals(2, violations.size(), violations.mkString("; "));
  }

  @Test
  @DisplayName("ARCH-4: only a Dinas Kominfo Kabupaten/Kota decides; a provincial Dinas is a programming error")
  void provincialDinasIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> EligibilityFacts.of(record(), Dinas.provincial("Dinas Kominfo Provinsi Bali", Kims.BALI)));
    assertTrue(e.getMessage().contains("ARCH-4"), e.getMessage());
  }

  @Test
  @DisplayName("ARCH-4: isDecidingDinas names the Dinas the facts accept, a Kabupaten/Kota naming its regency/city")
  void decidingDinas() {
    assertTrue(EligibilityFacts.isDecidingDinas(Kims.DINAS));
    assertFalse(EligibilityFacts.isDecidingDinas(Dinas.provincial("Dinas Kominfo Provinsi Bali", Kims.BALI)));
    Dinas unnamed = Dinas.builder().name("Dinas Kominfo").level(DinasLevel.REGENCY_CITY).province(Kims.BALI).build();
    assertFalse(EligibilityFacts.isDecidingDinas(unnamed));
    assertThrows(IllegalArgumentException.class, () -> EligibilityFacts.of(record(), unnamed));
    MissingValueException e = assertThrows(MissingValueException.class, () -> EligibilityFacts.isDecidingDinas(null));
    assertTrue(e.getMessage().contains("'dinas'"), e.getMessage());
  }

  @Test
  void nullArgumentsAreNamed() {
    MissingValueException e = assertThrows(MissingValueException.class, () ->
        Eligibility.partnership(Kims.facts(), null));
    assertTrue(e.getMessage().contains("'asOf'"));
    assertThrows(MissingValueException.class, () -> Eligibility.partnership(null, AS_OF));
    assertThrows(MissingValueException.class, () -> Eligibility.partnership(Kims.facts(), AS_OF, null));
  }

  @Test
  void decisionRecordsQuestionSubjectRuleSetAndDate() {
    Decision d = Kims.valid(Eligibility.partnership(Kims.facts(), AS_OF));
    assertEquals(Verdict.ELIGIBLE, d.verdict());
    assertEquals("KIM Gumbrih (KIM/5101/0007)", d.subject());
    assertEquals("juknis-2022.partnership v2022.08.30", d.ruleSet().toString());
    assertEquals(AS_OF, d.asOf());
    assertEquals("Kelayakan bermitra dengan Dinas Kominfo", d.question().render(Lang.ID));
    assertEquals(List.of("PARTNER-LEGAL-1", "PARTNER-LEGAL-2", "PARTNER-LEGAL-3", "PARTNER-ADMIN-1", "PARTNER-ADMIN-2",
        "PARTNER-ADMIN-3", "PARTNER-ADMIN-4", "PARTNER-ADMIN-DECL", "QUAL-1", "QUAL-2", "QUAL-3", "QUAL-4", "QUAL-5",
        "QUAL-6", "QUAL-7"), d.findings().map(f -> f.ruleId().value()));
  }

  @Test
  @DisplayName("a decision with unknowns is INCOMPLETE, never silently ELIGIBLE")
  void unknownsMakeItIncomplete() {
    Decision d =
        Kims.valid(
            Eligibility.mappingEntry(Kims.facts(record().withBoard(Optional.empty())), AS_OF));
    assertEquals(Verdict.INCOMPLETE, d.verdict());
  }

  /** A region's stricter reach: at least two villages (a custom rule replacing QUAL-4). */
  private static final class TwoVillages extends EligibilityRule {
    TwoVillages() {
      super(RuleId.of("QUAL-4"),
          Citation.proposed("II.B.5", "d. Memiliki jangkauan sekurang-kurangnya satu desa", "GAP-07"));
    }

    @Override
    public Finding evaluate(EligibilityFacts facts, LocalDate asOf) {
      int n = facts.profile().targetAudience().map(a -> a.villages().size()).orElse(0);
      List<Evidence> e = List.of(Evidence.of("reach.villages", n));
      return n >= 2 ? satisfied(FindingKey.withoutRemedy("x", "two"), e) : notSatisfied(FindingKey.of("x", "two"), e);
    }
  }

  @Test
  @DisplayName(
      "a region derives its own rule set: replace QUAL-4, disable PARTNER-ADMIN-4, add a rule — and the decision says "
          + "so")
  void customRuleSetIsRecorded() {
    RuleSet<EligibilityFacts> regional = Juknis2022.PARTNERSHIP
        .replacing(RuleId.of("QUAL-4"), new TwoVillages())
        .without(RuleId.of("PARTNER-ADMIN-4"))
        .named("kab-contoh.partnership", "2026.1");
    Decision d = Kims.valid(Eligibility.partnership(Kims.facts(), AS_OF, regional));
    assertEquals("kab-contoh.partnership v2026.1", d.ruleSet().toString());
    assertEquals(Verdict.NOT_ELIGIBLE, d.verdict());
    assertEquals(List.of("QUAL-4"), d.failures().map(f -> f.ruleId().value()));
    assertTrue(d.findings().find(f -> f.ruleId().value().equals("PARTNER-ADMIN-4")).isEmpty());
    Decision held =
        Kims.valid(
            Eligibility.partnership(
                Kims.facts(record().withDeclaration(Optional.empty())), AS_OF, regional));
    assertEquals(Outcome.NOT_EVALUATED, Kims.main(held.findings(), "QUAL-4").outcome(),
        "the replaced rule is still gated");
  }

  @Test
  @DisplayName("EligibilityPolicy: defaults keep the juknis version; choices are appended to it")
  void policiesAreRecordedInTheVersion() {
    assertEquals("", EligibilityPolicy.defaults().versionSuffix());
    EligibilityPolicy p = EligibilityPolicy.defaults().withAsnScope(CivilServantScope.BOARD_AND_MEMBERS)
        .withSignatories(SignatoryPolicy.ALL_BOARD);
    assertEquals("+asn=BOARD_AND_MEMBERS,signatories=ALL_BOARD", p.versionSuffix());
    assertEquals("2022.08.30+asn=BOARD_AND_MEMBERS,signatories=ALL_BOARD", Juknis2022.partnership(p).ref().version());
    assertEquals(Juknis2022.PARTNERSHIP.ref(), Juknis2022.partnership(EligibilityPolicy.builder().build()).ref());
  }

  @Test
  @DisplayName("the JSON-ready tree holds only maps, lists, strings and booleans, with citation, evidence and remedy")
  void treeIsJsonReady() {
    KimRecord r = record().withDecree(Kims.decree().withValidUntil(LocalDate.of(2026, 6, 30)));
    Map<String, Object> tree = Kims.valid(Eligibility.partnership(Kims.facts(r), AS_OF)).toTree(Lang.EN);
    assertEquals("NOT_ELIGIBLE", tree.get("verdict"));
    @SuppressWarnings("unchecked")
    Map<String, Object> first = (Map<String, Object>) ((java.util.List<Object>) tree.get("findings")).get(0);
    assertEquals("PARTNER-LEGAL-1", first.get("rule"));
    assertEquals("PARTNER-LEGAL-1.expired", first.get("messageKey"));
    assertEquals("Bring a village head decree that is still in force (a new or renewed SK).", first.get("remedy"));
    assertEquals(Map.of("section", "II.B.4", "quote", "1. Surat Keputusan dari Kepala Desa/Lurah/atau sebutan lainnya",
        "proposed", false), first.get("citation"));
    assertJsonReady(tree);
  }

  private static void assertJsonReady(Object node) {
    if (node instanceof Map) {
      ((Map<?, ?>) node).forEach((k, v) -> {
        assertTrue(k instanceof String);
        assertJsonReady(v);
      });
    } else if (node instanceof java.util.List) {
      ((java.util.List<?>) node).forEach(EligibilityFacadeTest::assertJsonReady);
    } else {
      assertTrue(node instanceof String || node instanceof Boolean, "not JSON-ready: " + node.getClass());
    }
  }

  @Test
  @DisplayName("personal data never appears in the explanation or the tree: names, phone, e-mail, street are masked")
  void explanationsAreMasked() {
    KimRecord r =
        record()
            .withBoard(
                Kims.board()
                    .withMembers(
                        BoardMember.of(Kims.CHAIR, BoardRole.CHAIR)
                            .withCivilServantSince(LocalDate.of(2020, 1, 1))));
    Decision failed = Kims.valid(Eligibility.partnership(Kims.facts(r), AS_OF));
    Decision eligible = Kims.valid(Eligibility.partnership(Kims.facts(), AS_OF));
    assertTrue(eligible.explain(Lang.EN).contains("profile.contact=0812******00"), "QUAL-1 evidence is shown, masked");
    for (Lang lang : Lang.values()) {
      String all = failed.explain(lang) + failed.toTree(lang) + failed + eligible.explain(lang) + eligible.toTree(lang);
      for (String raw : new String[] {"Siti", "Aminah", "Bagus", "Santoso", "0812-0000-0000", "081200000000",
          "kim.gumbrih@", "Raya Gumbrih"}) {
        assertTrue(!all.contains(raw), raw + " leaked in " + lang);
      }
    }
  }
}
