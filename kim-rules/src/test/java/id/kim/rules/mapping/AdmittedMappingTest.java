package id.kim.rules.mapping;

import static id.kim.rules.eligibility.Kims.AS_OF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.community.KimRecord;
import id.kim.core.community.KimRef;
import id.kim.core.i18n.Lang;
import id.kim.rules.eligibility.Kims;
import id.kim.rules.mapping.entry.MappingEntrants;
import id.kim.rules.mapping.grid.GridVariable;
import id.kim.rules.mapping.grid.Level;
import id.kim.rules.mapping.report.MappingReport;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The juknis' order as the API's easy path: "Kelompok masyarakat yang ingin menjadi KIM dan bermitra dengan Dinas
 * Kominfo harus masuk didalam pemetaan" (II.B.3, MAP-ENTRY-1..4), and "Dinas Kominfo melakukan kemitraan dengan KIM
 * berdasarkan hasil pemetaan" (MAP-RULE-0): the mapping places and prioritises only the KIM admitted by their
 * mapping-entry decisions and lists the others apart with their reasons.
 */
class AdmittedMappingTest {
  static final KimRecord GUMBRIH = Kims.record();
  static final KimRecord NO_DECREE = Kims.record().withProfile(Kims.profile().withName("KIM SK Kedaluwarsa")
      .withCommunityNumber(Optional.empty())).withDecree(Kims.decree().withValidUntil(LocalDate.of(2026, 6, 30)));
  static final MappingEntrants ENTRANTS = MappingEntrants.decide(Kims.DINAS, List.of(NO_DECREE, GUMBRIH), AS_OF);

  static MappingInput input() {
    return MappingInput.admitted(ENTRANTS)
        .addAssessments(MappingFixtures.assess(GUMBRIH.profile(), GridVariable.INTEREST, Level.HIGH))
        .addAssessments(MappingFixtures.assess(NO_DECREE.profile(), GridVariable.INTEREST, Level.HIGH),
            MappingFixtures.assess(NO_DECREE.profile(), GridVariable.POWER, Level.HIGH),
            MappingFixtures.assess(NO_DECREE.profile(), GridVariable.INFLUENCE, Level.HIGH))
        .addIssues(MappingFixtures.prokes(NO_DECREE.profile()))
        .build();
  }

  @Test
  @DisplayName("MAP-ENTRY-3: a KIM whose SK expired, assessed high on all three variables, is neither placed nor "
      + "prioritised; it is listed apart with its reason")
  void onlyAdmittedKimArePlacedAndPrioritised() {
    MappingReport report = Mapping.run(input(), MappingPolicy.standard(), AS_OF).get();
    KimRef gumbrih = KimRef.from(GUMBRIH.profile());
    KimRef noDecree = KimRef.from(NO_DECREE.profile());
    assertTrue(report.isMapped(gumbrih));
    assertFalse(report.isMapped(noDecree));
    assertEquals(1, report.census().size());
    assertEquals(io.vavr.collection.List.of(gumbrih), report.ranking().decisions().map(d -> d.placement().kim()));
    assertEquals(io.vavr.collection.List.of("KIM SK Kedaluwarsa"),
        report.notAdmitted().map(n -> n.record().profile().name()));
    assertEquals("MAP-ENTRY-3", report.notAdmitted().head().reasons().head().ruleId().value());
    assertTrue(report.issues().rows().forAll(r -> r.issue().recordedKims().isEmpty()),
        "the issue's name of a KIM left out is set aside, not a census warning");
  }

  @Test
  @DisplayName("REPORT-1 text and tree list the KIM left out in section E, in Indonesian and English")
  void reportListsTheOthersApart() {
    MappingReport report = Mapping.run(input(), MappingPolicy.standard(), AS_OF).get();
    String id = report.toText(Lang.ID);
    assertTrue(id.contains("\nE. TIDAK MASUK PEMETAAN (MAP-ENTRY-1..4): 1 KIM, tidak ditempatkan pada Tabel 3.3 dan "
        + "tidak diprioritaskan\n  KIM SK Kedaluwarsa: TIDAK LAYAK\n    MAP-ENTRY-3 "), id);
    assertTrue(report.toText(Lang.EN).contains("E. NOT ADMITTED TO THE MAPPING (MAP-ENTRY-1..4): 1 KIM"));
    @SuppressWarnings("unchecked")
    Map<String, Object> left = ((List<Map<String, Object>>) report.toTree(Lang.EN).get("notAdmitted")).get(0);
    assertEquals("NOT_ELIGIBLE", left.get("verdict"));
    assertEquals(1, ((List<?>) left.get("reasons")).size());
  }

  @Test
  @DisplayName("Profiles given as they are: no section E, no notAdmitted key (the output of earlier versions)")
  void profilesAsGivenHaveNoSectionE() {
    MappingInput plain = MappingInput.builder().dinas(Kims.DINAS).addProfiles(GUMBRIH.profile()).build();
    MappingReport report = Mapping.run(plain, MappingPolicy.standard(), AS_OF).get();
    assertTrue(report.notAdmitted().isEmpty());
    assertFalse(report.toText(Lang.ID).contains("E. TIDAK MASUK"));
    assertFalse(report.toTree(Lang.ID).containsKey("notAdmitted"));
  }

  @Test
  @DisplayName("MAP-RULE-0: a profile of a KIM that was not admitted cannot be added to an input of entrants")
  void aProfileLeftOutCannotBeAdded() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> MappingInput.admitted(ENTRANTS).addProfiles(NO_DECREE.profile()).build());
    assertTrue(e.getMessage().contains("MAP-ENTRY-1..4, MAP-RULE-0"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> input().withProfiles(List.of()));
  }

  @Test
  @DisplayName("MAP-ENTRY-1..4 are judged as of a day: entrants are mapped as of that day only")
  void entrantsAreMappedAsOfTheirDay() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Mapping.run(input(), MappingPolicy.standard(), AS_OF.plusDays(1)));
    assertTrue(e.getMessage().contains("2026-07-01"), e.getMessage());
  }
}
