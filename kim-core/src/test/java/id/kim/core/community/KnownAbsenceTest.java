package id.kim.core.community;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.contact.PersonName;
import id.kim.core.document.AdministrativeDeclaration;
import id.kim.core.i18n.Lang;
import id.kim.core.media.KimMedium;
import id.kim.core.media.Platform;
import id.kim.core.organisation.Board;
import id.kim.core.organisation.BoardMember;
import id.kim.core.organisation.BoardRole;
import id.kim.core.organisation.Member;
import id.kim.core.region.Province;
import id.kim.core.region.RegencyCity;
import id.kim.core.region.RegencyCityKind;
import id.kim.core.validation.FieldViolation;
import id.kim.core.validation.KimValidator;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** "Tercatat tidak ada" (KnownAbsence): where each fact is recorded, and contradictions refused. */
class KnownAbsenceTest {
  private static final KimValidator VALIDATOR = KimValidator.standard();
  private static final RegencyCity JEMBRANA =
      RegencyCity.of("Jembrana", RegencyCityKind.KABUPATEN, Province.of("Bali"));
  private static final KimProfile PROFILE = KimProfile.builder().name("KIM Gumbrih").build();

  private static Seq<FieldViolation> violations(Object value) {
    var checked = VALIDATOR.validate(value);
    return checked.isValid() ? io.vavr.collection.List.empty() : checked.getError();
  }

  @Test
  @DisplayName("every fact has a field name, rules and a label in both languages; names are distinct")
  void namesAndLabels() {
    for (KnownAbsence fact : KnownAbsence.values()) {
      assertEquals(fact, KnownAbsence.fromFieldName(fact.fieldName()).orElseThrow());
      assertFalse(fact.ruleIds().isEmpty(), fact.name());
      assertFalse(fact.label(Lang.ID).startsWith("["), fact.name());
      assertFalse(fact.label(Lang.EN).startsWith("["), fact.name());
    }
    assertEquals("Nomor Induk Komunitas", KnownAbsence.COMMUNITY_NUMBER.label());
    assertTrue(KnownAbsence.fromFieldName("COMMUNITY_NUMBER").isEmpty());
    assertEquals(List.of("PROFILE-c", "PARTNER-LEGAL-2"), KnownAbsence.COMMUNITY_NUMBER.ruleIds());
  }

  @Test
  @DisplayName("the profile holds Tabel 3.1 facts, the record the others; isRecordedAsNone answers for both")
  void levels() {
    KimProfile profile = PROFILE.withRecordedAsNone(KnownAbsence.COMMUNITY_NUMBER, KnownAbsence.MEDIA);
    KimRecord record = KimRecord.of(profile).withRecordedAsNone(KnownAbsence.DECREE);
    assertTrue(VALIDATOR.validate(record).isValid());
    assertTrue(record.isRecordedAsNone(KnownAbsence.COMMUNITY_NUMBER));
    assertTrue(record.isRecordedAsNone(KnownAbsence.DECREE));
    assertFalse(record.isRecordedAsNone(KnownAbsence.BOARD));
    assertFalse(record.isRecordedAsNone(KnownAbsence.OTHER_DISSEMINATION_MEANS));
  }

  @Test
  @DisplayName("a record fact on the profile, or a profile fact on the record, is a violation")
  void wrongLevel() {
    FieldViolation onProfile = violations(PROFILE.withRecordedAsNone(KnownAbsence.DECREE)).single();
    assertEquals("kim.absence.recordFactOnProfile", onProfile.messageKey());
    assertTrue(onProfile.path().startsWith("recordedAsNone"), onProfile.path());
    assertEquals("DECREE", onProfile.rejectedValue());
    FieldViolation onRecord = violations(KimRecord.of(PROFILE).withRecordedAsNone(KnownAbsence.MEDIA)).single();
    assertEquals("kim.absence.profileFactOnRecord", onRecord.messageKey());
  }

  @Test
  @DisplayName("a Nomor Induk Komunitas recorded as none and present is refused on communityNumber (PROFILE-c)")
  void numberContradicted() {
    KimProfile p = PROFILE.withCommunityNumber(CommunityNumber.of("KIM/JBR/001", JEMBRANA))
        .withRecordedAsNone(KnownAbsence.COMMUNITY_NUMBER);
    FieldViolation v = violations(p).single();
    assertEquals("communityNumber", v.path());
    assertEquals("kim.absence.contradicted", v.messageKey());
    assertEquals("PROFILE-c", v.ruleId().orElseThrow());
    assertTrue(v.message(Lang.ID).contains("tidak ada"));
    assertEquals("recordedAsNone", v.rejectedValue(), "the whole profile is never printed");
  }

  @Test
  @DisplayName("a NIK-shaped number recorded as none is never printed by the contradiction (GAP-12)")
  void nikShapedNumberNotPrinted() {
    KimProfile p = PROFILE.withCommunityNumber(CommunityNumber.of("5101012345670001", JEMBRANA))
        .withRecordedAsNone(KnownAbsence.COMMUNITY_NUMBER);
    assertFalse(violations(p).mkString().contains("5101012345670001"));
  }

  @Test
  @DisplayName("media recorded as none and listed is refused on media (PROFILE-l)")
  void mediaContradicted() {
    KimProfile p = PROFILE.withMedia(KimMedium.of(Platform.FACE_TO_FACE)).withRecordedAsNone(KnownAbsence.MEDIA);
    FieldViolation v = violations(p).single();
    assertEquals("media", v.path());
    assertEquals("PROFILE-l", v.ruleId().orElseThrow());
  }

  @Test
  @DisplayName("record contradictions are reported on the field holding the value, with its rule")
  void recordContradicted() {
    BoardMember chair = BoardMember.builder().name(PersonName.of("Siti Aminah")).role(BoardRole.CHAIR)
        .civilServantSince(LocalDate.of(2020, 1, 1)).build();
    KimRecord r = KimRecord.builder().profile(PROFILE)
        .board(Board.builder().addMembers(chair).build())
        .declaration(AdministrativeDeclaration.ofAllStatements(LocalDate.of(2026, 1, 5),
            List.of(PersonName.of("Siti Aminah"))))
        .addMembers(Member.builder().name(PersonName.of("Made Wirawan")).civilServantSince(LocalDate.of(2021, 2, 1))
            .build())
        .recordedAsNone(Set.of(KnownAbsence.BOARD, KnownAbsence.DECLARATION, KnownAbsence.CIVIL_SERVANTS))
        .build();
    Seq<FieldViolation> found = violations(r);
    assertEquals(List.of("board", "declaration", "members"), found.map(FieldViolation::path).distinct().toJavaList());
    assertTrue(found.forAll(v -> v.messageKey().equals("kim.absence.contradicted")));
    assertEquals("PARTNER-ADMIN-DECL", found.find(v -> v.path().equals("declaration")).get().ruleId().orElseThrow());
    assertFalse(found.mkString().contains("Siti Aminah"), "no name unmasked");
  }

  @Test
  @DisplayName("nothing recorded as none, or none with empty values, is valid")
  void consistent() {
    KimRecord r = KimRecord.of(PROFILE.withRecordedAsNone(KnownAbsence.values()[0], KnownAbsence.MEDIA,
        KnownAbsence.OTHER_DISSEMINATION_MEANS)).withRecordedAsNone(KnownAbsence.DECREE, KnownAbsence.BOARD,
        KnownAbsence.BOARD_ACKNOWLEDGEMENT, KnownAbsence.DECLARATION, KnownAbsence.AFFILIATIONS,
        KnownAbsence.CRIMINAL_CASES, KnownAbsence.CIVIL_SERVANTS);
    assertTrue(VALIDATOR.validate(r).isValid());
  }
}
