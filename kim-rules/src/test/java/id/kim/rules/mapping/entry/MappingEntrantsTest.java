package id.kim.rules.mapping.entry;

import static id.kim.rules.eligibility.Kims.AS_OF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.assessment.AssessedCriterion;
import id.kim.core.community.KimRecord;
import id.kim.core.community.KimRef;
import id.kim.core.i18n.Lang;
import id.kim.core.validation.MissingValueException;
import id.kim.rules.eligibility.Kims;
import id.kim.rules.explain.Finding;
import id.kim.rules.explain.Outcome;
import id.kim.rules.explain.Verdict;
import io.vavr.collection.List;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Syarat masuk pemetaan, juknis II.B.3: "Kelompok masyarakat yang ingin menjadi KIM dan bermitra dengan Dinas
 * Kominfo harus masuk didalam pemetaan yang dilakukan oleh Dinas Kominfo, syarat-syarat agar dapat masuk di
 * dalam pemetaan adalah: a. … d." (MAP-ENTRY-1..4) — who is admitted, who is listed apart and why.
 */
class MappingEntrantsTest {
  static final KimRecord GUMBRIH = Kims.record();
  static final KimRecord NO_DECREE = named(Kims.record().withDecree(
      Kims.decree().withValidUntil(LocalDate.of(2026, 6, 30))), "KIM SK Kedaluwarsa");
  static final KimRecord UNASSESSED = named(Kims.unassessed(Kims.record(), AssessedCriterion.FORMED_BY_COMMUNITY),
      "KIM Belum Dinilai");

  static KimRecord named(KimRecord r, String name) {
    return r.withProfile(r.profile().withName(name).withCommunityNumber(Optional.empty()));
  }

  @Test
  @DisplayName("MAP-ENTRY-1..4: KIM Gumbrih, which meets a–d, is admitted on its ELIGIBLE decision of that record, "
      + "Dinas and day")
  void eligibleRecordIsAdmitted() {
    AdmittedKim a = MappingEntrants.admit(GUMBRIH, Kims.DINAS, AS_OF).get();
    assertEquals(GUMBRIH, a.record());
    assertEquals(Kims.DINAS, a.dinas());
    assertEquals(AS_OF, a.asOf());
    assertEquals(Verdict.ELIGIBLE, a.decision().verdict());
    assertEquals("juknis-2022.mapping-entry v2022.08.30", a.decision().ruleSet().toString());
    assertEquals(KimRef.from(GUMBRIH.profile()), a.ref());
    assertEquals("AdmittedKim[KIM Gumbrih, Dinas Kominfo Kabupaten Jembrana, asOf 2026-07-01]", a.toString());
  }

  @Test
  @DisplayName("MAP-ENTRY-3 \"c. Memiliki Surat Keputusan (SK) Kepala Desa/ Lurah\": with its decree expired the "
      + "KIM is listed apart, NOT_ELIGIBLE, with the failing finding and its remedy")
  void missingDecreeIsListedApart() {
    NotAdmitted n = MappingEntrants.admit(NO_DECREE, Kims.DINAS, AS_OF).getLeft();
    assertEquals("NOT_ELIGIBLE", n.code());
    assertEquals("TIDAK LAYAK", n.label(Lang.ID));
    assertEquals(List.of("MAP-ENTRY-3"), n.reasons().map(f -> f.ruleId().value()));
    Finding f = n.reasons().head();
    assertEquals(Outcome.NOT_SATISFIED, f.outcome());
    assertTrue(f.remedy().isDefined(), "a failing requirement says what to bring");
    assertTrue(n.explain(Lang.ID).startsWith("KIM SK Kedaluwarsa: TIDAK LAYAK\n  MAP-ENTRY-3 "), n.explain(Lang.ID));
    assertTrue(n.violations().isEmpty());
  }

  @Test
  @DisplayName("MAP-ENTRY-1 \"a. Dibentuk oleh, dari, dan untuk masyarakat\" not yet assessed: INCOMPLETE, listed "
      + "apart with the UNKNOWN finding — never admitted")
  void unknownRequirementIsListedApart() {
    NotAdmitted n = MappingEntrants.admit(UNASSESSED, Kims.DINAS, AS_OF).getLeft();
    assertEquals(Verdict.INCOMPLETE, n.verdict().get());
    assertEquals(List.of("MAP-ENTRY-1"), n.reasons().map(f -> f.ruleId().value()));
    assertEquals(Outcome.UNKNOWN, n.reasons().head().outcome());
  }

  @Test
  @DisplayName("Invalid data (a profile with a blank name) are listed apart as INVALID with the field, no decision")
  void invalidRecordIsListedApart() {
    KimRecord invalid = named(GUMBRIH, " ");
    NotAdmitted n = MappingEntrants.admit(invalid, Kims.DINAS, AS_OF).getLeft();
    assertEquals(NotAdmitted.INVALID, n.code());
    assertTrue(n.decision().isEmpty());
    assertFalse(n.violations().isEmpty());
    assertTrue(n.violations().exists(v -> v.path().contains("name")), n.violations().toString());
    assertEquals("DATA TIDAK VALID", n.label(Lang.ID));
    assertEquals("INVALID DATA", n.label(Lang.EN));
  }

  @Test
  @DisplayName("decide: every record is admitted or listed apart, once, in the order given")
  void everyRecordIsAdmittedOrListedApart() {
    MappingEntrants e = MappingEntrants.decide(Kims.DINAS, Arrays.asList(NO_DECREE, GUMBRIH, UNASSESSED), AS_OF);
    assertEquals(3, e.size());
    assertEquals(List.of("KIM Gumbrih"), e.admitted().map(a -> a.profile().name()));
    assertEquals(List.of("KIM SK Kedaluwarsa", "KIM Belum Dinilai"),
        e.notAdmitted().map(n -> n.record().profile().name()));
    assertTrue(e.isAdmitted(KimRef.from(GUMBRIH.profile())));
    assertFalse(e.isAdmitted(KimRef.from(NO_DECREE.profile())));
    assertEquals(e, MappingEntrants.decide(Kims.DINAS, Arrays.asList(NO_DECREE, GUMBRIH, UNASSESSED), AS_OF));
    assertEquals("MappingEntrants[Dinas Kominfo Kabupaten Jembrana, asOf 2026-07-01, juknis-2022.mapping-entry "
        + "v2022.08.30: 1 admitted, 2 not admitted]", e.toString());
  }

  @Test
  @DisplayName("MAP-RULE-a \"Pemetaan KIM dilakukan oleh Dinas Kominfo tingkat Kabupaten/Kota\": a provincial Dinas "
      + "decides no entry")
  void provincialDinasDecidesNoEntry() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> MappingEntrants.decide(id.kim.rules.fixtures.Kims.PROVINCE, List.of(GUMBRIH), AS_OF));
    assertTrue(e.getMessage().contains("MAP-RULE-a"), e.getMessage());
  }

  @Test
  @DisplayName("Nulls are refused with the parameter's name, a null record with its position")
  void nullsAreNamed() {
    assertTrue(assertThrows(MissingValueException.class, () -> MappingEntrants.decide(null, List.of(), AS_OF))
        .getMessage().contains("'dinas'"));
    assertTrue(assertThrows(MissingValueException.class,
        () -> MappingEntrants.decide(Kims.DINAS, Arrays.asList(GUMBRIH, null), AS_OF)).getMessage()
        .contains("'records[1]'"));
    assertTrue(assertThrows(MissingValueException.class, () -> MappingEntrants.admit(null, Kims.DINAS, AS_OF))
        .getMessage().contains("'record'"));
  }
}
