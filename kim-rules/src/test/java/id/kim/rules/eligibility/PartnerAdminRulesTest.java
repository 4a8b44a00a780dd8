package id.kim.rules.eligibility;

import static id.kim.rules.eligibility.Kims.AS_OF;
import static id.kim.rules.eligibility.Kims.evaluate;
import static id.kim.rules.eligibility.Kims.record;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.community.KimRecord;
import id.kim.core.contact.PersonName;
import id.kim.core.document.IssuerTitle;
import id.kim.core.i18n.Lang;
import id.kim.core.organisation.Acknowledgement;
import id.kim.core.organisation.Affiliation;
import id.kim.core.organisation.AffiliationKind;
import id.kim.core.organisation.AffiliationSubject;
import id.kim.core.organisation.BoardMember;
import id.kim.core.organisation.BoardRole;
import id.kim.core.organisation.CivilServantScope;
import id.kim.core.organisation.Member;
import id.kim.rules.engine.RuleSet;
import id.kim.rules.explain.Finding;
import id.kim.rules.explain.Outcome;
import id.kim.rules.explain.RuleId;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Syarat administratif, juknis II.B.4 — PARTNER-ADMIN-1..4 and PARTNER-ADMIN-DECL, examples from the text. */
class PartnerAdminRulesTest {

  private static Finding under(EligibilityPolicy policy, String id, KimRecord r) {
    RuleSet<EligibilityFacts> set = Juknis2022.partnership(policy);
    return set.rule(RuleId.of(id)).get().evaluate(Kims.facts(r), AS_OF);
  }

  private static Seq<Finding> all(KimRecord r) {
    return Juknis2022.PARTNERSHIP.evaluateAll(Kims.facts(r), AS_OF);
  }

  private static KimRecord withAsnSecretary(LocalDate since) {
    return record().withBoard(Kims.board().withMembers(BoardMember.of(Kims.CHAIR, BoardRole.CHAIR),
        BoardMember.of(Kims.SECRETARY, BoardRole.SECRETARY).withCivilServantSince(since)));
  }

  private static Affiliation affiliation(AffiliationKind kind, AffiliationSubject subject, String organisation) {
    Affiliation.Builder b = Affiliation.builder().organisation(organisation).kind(kind).subject(subject);
    if (subject != AffiliationSubject.KIM) {
      b.person(Kims.SECRETARY);
    }
    return b.build();
  }

  @Test
  @DisplayName(
      "GAP-01: II.B.4 labels rule — documents are PARTNER-LEGAL (legalitas), declarations PARTNER-ADMIN "
          + "(administratif)")
  void labelsFollowSectionIIB4NotThePenutup() {
    Seq<String> legal = Juknis2022.PARTNERSHIP.rules().map(r -> r.id().value())
        .filter(id -> id.startsWith("PARTNER-LEGAL"));
    assertEquals(io.vavr.collection.List.of("PARTNER-LEGAL-1", "PARTNER-LEGAL-2", "PARTNER-LEGAL-3"), legal);
    assertTrue(Kims.rule("PARTNER-LEGAL-1").citation().quote().contains("Surat Keputusan"));
    assertTrue(Kims.rule("PARTNER-ADMIN-1").citation().quote().contains("bukan Aparatur Sipil Negara"));
  }

  @Nested
  @DisplayName("PARTNER-ADMIN-1 \"Pengurus KIM bukan Aparatur Sipil Negara (ASN)\"")
  class NotCivilServants {
    @Test
    void declaredAndNoAsnOnTheBoardSatisfies() {
      Finding f = evaluate("PARTNER-ADMIN-1", record());
      assertEquals(Outcome.SATISFIED, f.outcome());
      assertTrue(f.evidence().mkString(", ").contains("policy.asnScope=BOARD_ONLY"));
    }

    @Test
    @DisplayName(
        "PARTNER-ADMIN-1: a board member who is ASN on the as-of day fails it whatever the letter says; names masked")
    void asnBoardMemberFails() {
      Finding f = evaluate("PARTNER-ADMIN-1", withAsnSecretary(LocalDate.of(2020, 3, 1)));
      assertEquals(Outcome.NOT_SATISFIED, f.outcome());
      assertEquals("1 orang pengurus tercatat sebagai ASN per tanggal penilaian.", f.message().render(Lang.ID));
      assertTrue(f.evidence().mkString().contains("M*** W***"));
      assertTrue(!f.evidence().mkString().contains("Wirawan"));
    }

    @Test
    void becomingAsnAfterTheAsOfDayDoesNotCountYet() {
      assertEquals(Outcome.SATISFIED, evaluate("PARTNER-ADMIN-1", withAsnSecretary(AS_OF.plusDays(1))).outcome());
      assertEquals(Outcome.NOT_SATISFIED, evaluate("PARTNER-ADMIN-1", withAsnSecretary(AS_OF)).outcome());
    }

    @Test
    @DisplayName(
        "PARTNER-ADMIN-1 GAP-03: ordinary members who are ASN only warn by default; policy BOARD_AND_MEMBERS fails")
    void asnMembersDependOnThePolicy() {
      KimRecord r = record().withMembers(Member.builder().name(PersonName.of("Komang Ayu"))
          .civilServantSince(LocalDate.of(2019, 1, 1)).build());
      Seq<Finding> findings = all(r);
      assertEquals(Outcome.SATISFIED, Kims.main(findings, "PARTNER-ADMIN-1").outcome());
      assertTrue(Kims.warnings(findings, "PARTNER-ADMIN-1").single().message().render(Lang.EN).contains("TERM-3"));
      EligibilityPolicy strict = EligibilityPolicy.builder().asnScope(CivilServantScope.BOARD_AND_MEMBERS).build();
      Finding f = under(strict, "PARTNER-ADMIN-1", r);
      assertEquals(Outcome.NOT_SATISFIED, f.outcome());
      assertTrue(f.evidence().mkString().contains("policy.asnScope=BOARD_AND_MEMBERS"));
    }

    @Test
    void letterWithoutTheStatementFails() {
      KimRecord r = record()
          .withDeclaration(Kims.declarationFrom(Kims.declaration()).boardNotCivilServants(false).build());
      Finding f = evaluate("PARTNER-ADMIN-1", r);
      assertEquals(Outcome.NOT_SATISFIED, f.outcome());
      assertEquals("PARTNER-ADMIN-1.notDeclared", f.message().key());
    }

    @Test
    void noLetterOrALetterSignedAfterTheAsOfDayIsUnknown() {
      assertEquals(Outcome.UNKNOWN, evaluate("PARTNER-ADMIN-1", record().withDeclaration(Optional.empty())).outcome());
      KimRecord late = record()
          .withDeclaration(Kims.declarationFrom(Kims.declaration()).signedOn(AS_OF.plusDays(1)).build());
      assertEquals(Outcome.UNKNOWN, evaluate("PARTNER-ADMIN-1", late).outcome());
    }

    @Test
    @DisplayName("PARTNER-ADMIN-1: without a board on record the statement cannot be checked — unknown, not satisfied")
    void noBoardIsUnknown() {
      assertEquals("PARTNER-ADMIN-1.noBoard",
          evaluate("PARTNER-ADMIN-1", record().withBoard(Optional.empty())).message().key());
      assertEquals(Outcome.UNKNOWN,
          evaluate("PARTNER-ADMIN-1", record().withBoard(Kims.board().withMembers(List.of()))).outcome());
    }
  }

  @Nested
  @DisplayName("PARTNER-ADMIN-2 \"Pengurus KIM tidak terlibat tindakan kriminal/tersangkut kasus pidana\"")
  class NoCrime {
    @Test
    void declaredSatisfies() {
      assertEquals(Outcome.SATISFIED, evaluate("PARTNER-ADMIN-2", record()).outcome());
    }

    @Test
    void notDeclaredFails() {
      KimRecord r = record()
          .withDeclaration(Kims.declarationFrom(Kims.declaration()).boardNotInvolvedInCrime(false).build());
      Finding f = evaluate("PARTNER-ADMIN-2", r);
      assertEquals(Outcome.NOT_SATISFIED, f.outcome());
      assertEquals("declaration.signedOn=2025-02-01, declaration.boardNotInvolvedInCrime=false",
          f.evidence().mkString(", "));
    }

    @Test
    void noLetterIsUnknown() {
      assertEquals(Outcome.UNKNOWN, evaluate("PARTNER-ADMIN-2", record().withDeclaration(Optional.empty())).outcome());
    }
  }

  @Nested
  @DisplayName("PARTNER-ADMIN-3 \"Tidak berafiliasi dengan Partai Politik tertentu\"")
  class NoParty {
    @Test
    void kimLevelPartyAffiliationFails() {
      KimRecord r = record()
          .withAffiliations(affiliation(AffiliationKind.POLITICAL_PARTY, AffiliationSubject.KIM, "Partai Contoh"));
      Finding f = evaluate("PARTNER-ADMIN-3", r);
      assertEquals(Outcome.NOT_SATISFIED, f.outcome());
      assertEquals("1 political party affiliation(s) recorded as of the as-of date: Partai Contoh.",
          f.message().render(Lang.EN));
    }

    @Test
    @DisplayName("PARTNER-ADMIN-3 GAP-02: a board member's party membership is an affiliation, not only party office")
    void boardMemberPartyAffiliationFailsByDefault() {
      KimRecord r = record().withAffiliations(affiliation(AffiliationKind.POLITICAL_PARTY,
          AffiliationSubject.BOARD_MEMBER, "Partai Contoh"));
      Finding f = evaluate("PARTNER-ADMIN-3", r);
      assertEquals(Outcome.NOT_SATISFIED, f.outcome());
      assertTrue(f.evidence().mkString().contains("Partai Contoh (BOARD_MEMBER M*** W***)"));
    }

    @Test
    @DisplayName("PARTNER-ADMIN-3 GAP-04: under policy KIM_ONLY a board member's affiliation only warns")
    void kimOnlyPolicyTurnsBoardAffiliationIntoAWarning() {
      KimRecord r = record().withAffiliations(affiliation(AffiliationKind.POLITICAL_PARTY,
          AffiliationSubject.BOARD_MEMBER, "Partai Contoh"));
      EligibilityPolicy kimOnly = EligibilityPolicy.builder().affiliationScope(AffiliationScope.KIM_ONLY).build();
      RuleSet<EligibilityFacts> set = Juknis2022.partnership(kimOnly);
      Seq<Finding> findings = set.evaluateAll(Kims.facts(r), AS_OF);
      assertEquals(Outcome.SATISFIED, Kims.main(findings, "PARTNER-ADMIN-3").outcome());
      assertEquals("PARTNER-ADMIN-3.outOfScope", Kims.warnings(findings, "PARTNER-ADMIN-3").single().message().key());
      assertEquals("2022.08.30+affiliation=KIM_ONLY", set.ref().version());
    }

    @Test
    void memberAffiliationOnlyWarnsByDefault() {
      KimRecord r = record()
          .withAffiliations(affiliation(AffiliationKind.POLITICAL_PARTY, AffiliationSubject.MEMBER, "Partai Contoh"));
      Seq<Finding> findings = all(r);
      assertEquals(Outcome.SATISFIED, Kims.main(findings, "PARTNER-ADMIN-3").outcome());
      assertEquals(1, Kims.warnings(findings, "PARTNER-ADMIN-3").size());
    }

    @Test
    void endedAffiliationDoesNotCount() {
      Affiliation ended = Affiliation.builder()
          .from(affiliation(AffiliationKind.POLITICAL_PARTY, AffiliationSubject.KIM, "Partai Contoh"))
          .until(AS_OF.minusDays(1)).build();
      assertEquals(Outcome.SATISFIED, evaluate("PARTNER-ADMIN-3", record().withAffiliations(ended)).outcome());
      Affiliation endsToday = Affiliation.builder().from(ended).until(AS_OF).build();
      assertEquals(Outcome.NOT_SATISFIED, evaluate("PARTNER-ADMIN-3", record().withAffiliations(endsToday)).outcome());
    }

    @Test
    void notDeclaredFailsAndNoLetterIsUnknown() {
      KimRecord r = record()
          .withDeclaration(Kims.declarationFrom(Kims.declaration()).noPoliticalPartyAffiliation(false).build());
      assertEquals(Outcome.NOT_SATISFIED, evaluate("PARTNER-ADMIN-3", r).outcome());
      assertEquals(Outcome.UNKNOWN, evaluate("PARTNER-ADMIN-3", record().withDeclaration(Optional.empty())).outcome());
    }
  }

  @Nested
  @DisplayName("PARTNER-ADMIN-4 \"Tidak berafiliasi dengan Lembaga Swadaya Masyarakat (LSM)\"")
  class NoNgo {
    @Test
    void ngoAffiliationFailsOtherOrganisationsDoNot() {
      KimRecord ngo = record()
          .withAffiliations(affiliation(AffiliationKind.NGO, AffiliationSubject.KIM, "Yayasan Contoh"));
      assertEquals(Outcome.NOT_SATISFIED, evaluate("PARTNER-ADMIN-4", ngo).outcome());
      KimRecord other = record()
          .withAffiliations(affiliation(AffiliationKind.OTHER, AffiliationSubject.KIM, "Karang Taruna"));
      assertEquals(Outcome.SATISFIED, evaluate("PARTNER-ADMIN-4", other).outcome());
      assertEquals(Outcome.SATISFIED, evaluate("PARTNER-ADMIN-3", ngo).outcome(), "an NGO is not a party");
    }

    @Test
    void notDeclaredFailsAndNoLetterIsUnknown() {
      KimRecord r = record().withDeclaration(Kims.declarationFrom(Kims.declaration()).noNgoAffiliation(false).build());
      assertEquals(Outcome.NOT_SATISFIED, evaluate("PARTNER-ADMIN-4", r).outcome());
      assertEquals(Outcome.UNKNOWN, evaluate("PARTNER-ADMIN-4", record().withDeclaration(Optional.empty())).outcome());
    }
  }

  @Nested
  @DisplayName("PARTNER-ADMIN-DECL \"surat pernyataan yang ditandatangani oleh pengurus KIM\"")
  class Declaration {
    @Test
    void signedByTheChairSatisfies() {
      Finding f = evaluate("PARTNER-ADMIN-DECL", record());
      assertEquals(Outcome.SATISFIED, f.outcome());
      assertEquals("Surat pernyataan tertanggal 2025-02-01 ditandatangani oleh ketua KIM.",
          f.message().render(Lang.ID));
    }

    @Test
    void chairNameWrittenDifferentlyStillMatches() {
      KimRecord r = record().withDeclaration(Kims.declarationFrom(Kims.declaration())
          .signatories(List.of(PersonName.of("  SITI   aminah "))).build());
      assertEquals(Outcome.SATISFIED, evaluate("PARTNER-ADMIN-DECL", r).outcome());
    }

    @Test
    @DisplayName("PARTNER-ADMIN-DECL GAP-08: a letter not signed by the chair fails by default")
    void notSignedByTheChairFails() {
      KimRecord r = record()
          .withDeclaration(Kims.declarationFrom(Kims.declaration()).signatories(List.of(Kims.SECRETARY)).build());
      Finding f = evaluate("PARTNER-ADMIN-DECL", r);
      assertEquals(Outcome.NOT_SATISFIED, f.outcome());
      assertEquals("Ask the chair of the KIM to sign the statement letter.", f.remedy().get().render(Lang.EN));
      assertTrue(f.evidence().mkString().contains("declaration.notSignedBy=S*** A***"));
    }

    @Test
    @DisplayName("PARTNER-ADMIN-DECL GAP-08: under policy ALL_BOARD every board member must sign")
    void allBoardPolicyCountsMissingSignatures() {
      EligibilityPolicy all = EligibilityPolicy.builder().signatories(SignatoryPolicy.ALL_BOARD).build();
      Finding f = under(all, "PARTNER-ADMIN-DECL", record());
      assertEquals(Outcome.NOT_SATISFIED, f.outcome());
      assertEquals("2 board member(s) have not signed the statement letter (regional policy: every board member).",
          f.message().render(Lang.EN));
      KimRecord everyone = record().withDeclaration(Kims.declarationFrom(Kims.declaration())
          .signatories(List.of(Kims.TREASURER, Kims.CHAIR, Kims.SECRETARY)).build());
      assertEquals(Outcome.SATISFIED, under(all, "PARTNER-ADMIN-DECL", everyone).outcome());
    }

    @Test
    @DisplayName("PARTNER-ADMIN-DECL GAP-08: a letter signed before the current board was composed fails")
    void letterOlderThanTheBoardFails() {
      KimRecord r =
          record()
              .withBoard(
                  Kims.board()
                      .withComposedOn(LocalDate.of(2025, 6, 1))
                      .withAcknowledgement(
                          Acknowledgement.of(IssuerTitle.KEPALA_DESA, LocalDate.of(2025, 6, 2))));
      Finding f = evaluate("PARTNER-ADMIN-DECL", r);
      assertEquals("PARTNER-ADMIN-DECL.predatesBoard", f.message().key());
      assertEquals(Outcome.SATISFIED, evaluate("PARTNER-LEGAL-3", r).outcome());
    }

    @Test
    void letterSignedAfterTheAsOfDayFailsThatDay() {
      KimRecord r = record()
          .withDeclaration(Kims.declarationFrom(Kims.declaration()).signedOn(AS_OF.plusDays(1)).build());
      assertEquals(Outcome.NOT_SATISFIED, evaluate("PARTNER-ADMIN-DECL", r).outcome());
      assertEquals(Outcome.SATISFIED, evaluate("PARTNER-ADMIN-DECL", Kims.facts(r), AS_OF.plusDays(1)).outcome());
    }

    @Test
    void noLetterOrNoChairOnRecordIsUnknown() {
      assertEquals(Outcome.UNKNOWN,
          evaluate("PARTNER-ADMIN-DECL", record().withDeclaration(Optional.empty())).outcome());
      KimRecord noChair = record()
          .withBoard(Kims.board().withMembers(BoardMember.of(Kims.SECRETARY, BoardRole.SECRETARY)));
      assertEquals("PARTNER-ADMIN-DECL.signatoriesUnverifiable",
          evaluate("PARTNER-ADMIN-DECL", noChair).message().key());
    }
  }
}
