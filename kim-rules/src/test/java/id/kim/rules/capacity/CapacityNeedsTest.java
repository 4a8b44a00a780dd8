package id.kim.rules.capacity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.agency.Dinas;
import id.kim.core.community.KimRef;
import id.kim.core.i18n.Lang;
import id.kim.core.media.ContentType;
import id.kim.core.media.KimMedium;
import id.kim.core.media.Platform;
import id.kim.core.region.Province;
import id.kim.core.region.RegencyCity;
import id.kim.core.region.RegencyCityKind;
import id.kim.rules.explain.Finding;
import id.kim.rules.explain.Outcome;
import id.kim.rules.explain.Severity;
import io.vavr.collection.List;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CapacityNeedsTest {
  static final Dinas JEMBRANA = Dinas.regencyCity("Dinas Kominfo Kabupaten Jembrana",
      RegencyCity.of("Jembrana", RegencyCityKind.KABUPATEN, Province.of("Bali")));
  static final KimMedium IG = KimMedium.of(Platform.INSTAGRAM, "@kim.gumbrih");
  static final KimMedium WEB = KimMedium.of(Platform.WEBSITE, "kimgumbrih.id");

  static CapacityNeedAssessment.Builder assessment() {
    return CapacityNeedAssessment.builder().kim(KimRef.of("KIM Gumbrih")).assessedBy(JEMBRANA)
        .assessedOn(LocalDate.of(2026, 2, 10));
  }

  static Finding finding(CapacityNeedReport r, String id) {
    return r.findings().find(f -> f.ruleId().value().equals(id)).get();
  }

  @Test
  @DisplayName("CAP-1..5: nothing examined gives five UNKNOWN findings with what to examine, and no suggestion")
  void nothingExamined() {
    CapacityNeedReport r = CapacityNeeds.identify(assessment().build());
    assertEquals(List.of("CAP-1", "CAP-2", "CAP-3", "CAP-4", "CAP-5", "CAP-USE"),
        r.findings().map(f -> f.ruleId().value()));
    assertEquals(List.of(CapacityElement.values()), r.notExamined());
    assertTrue(r.suggestions().isEmpty());
    assertEquals(
        "Examine the readiness of each medium the KIM manages (social media, blog, website, outdoor media, "
            + "face-to-face meetings)",
        finding(r, "CAP-1").remedy().get().render(Lang.EN));
  }

  @Test
  @DisplayName("CAP-1..5 with CAP-USE: needs map to Bimtek, workshop, sarasehan and forum diskusi (SOLUTION-FORM-1..4)")
  void needsAndSuggestions() {
    CapacityNeedReport r = CapacityNeeds.identify(assessment()
        .mediaReadiness(List.of(MediumReadiness.of(IG, Readiness.READY), MediumReadiness.of(WEB, Readiness.NOT_READY)))
        .producedContent(Option.some(List.of(ProducedContent.unpublished(ContentType.VIDEO))))
        .contentProducers(Option.some(0))
        .skillsNeeded(Option.some(TreeSet.of(ContentSkill.VIDEO_EDITING, ContentSkill.WRITING)))
        .management(Option.some(ManagementRating.NEEDS_IMPROVEMENT)).build());
    assertEquals(List.of(CapacityElement.values()), r.needs());
    assertEquals("media not ready: Situs web kimgumbrih.id: NOT_READY", finding(r, "CAP-1").message().render(Lang.EN));
    assertEquals("keahlian yang perlu ditingkatkan: WRITING, VIDEO_EDITING",
        finding(r, "CAP-4").message().render(Lang.ID));
    assertEquals(Outcome.SATISFIED, finding(r, "CAP-USE").outcome());
    assertEquals(List.of("TECHNICAL_TRAINING <- CAP-1, CAP-4", "WORKSHOP <- CAP-2, CAP-3",
        "EXPERT_HEARING <- CAP-5", "DISCUSSION_FORUM <- CAP-5"),
        r.suggestions().map(s -> s.form() + " <- " + s.because().mkString(", ")));
    assertEquals(List.of("Situs web kimgumbrih.id: NOT_READY", "WRITING", "VIDEO_EDITING"),
        r.suggestions().head().focus());
    assertEquals("SOLUTION-FORM-1", r.suggestions().head().form().ruleId());
  }

  @Test
  @DisplayName(
      "CAP-1..5 satisfied: ready media, published content, producers, no skill gap, effective management — no need")
  void noNeed() {
    CapacityNeedReport r = CapacityNeeds.identify(assessment()
        .mediaReadiness(List.of(MediumReadiness.of(IG, Readiness.READY)))
        .producedContent(Option.some(List.of(ProducedContent.of(ContentType.PHOTO, IG),
            ProducedContent.unpublished(ContentType.VIDEO))))
        .contentProducers(Option.some(4)).skillsNeeded(Option.some(TreeSet.empty()))
        .management(Option.some(ManagementRating.EFFECTIVE_AND_EFFICIENT)).build());
    assertTrue(r.needs().isEmpty());
    assertTrue(r.notExamined().isEmpty());
    assertTrue(r.suggestions().isEmpty());
    assertEquals("4 members of the KIM are involved in content production",
        finding(r, "CAP-3").message().render(Lang.EN));
  }

  @Test
  @DisplayName("CAP-USE: identification by a provincial Dinas is a warning; the solution mapping is a policy value")
  void provincialAndCustomMapping() {
    Dinas bali = Dinas.provincial("Dinas Kominfo Provinsi Bali", Province.of("Bali"));
    CapacityNeedAssessment a = assessment().assessedBy(bali).management(Option.some(ManagementRating.NEEDS_IMPROVEMENT))
        .build();
    CapacityNeedReport r = CapacityNeeds.identify(a, SolutionMapping.standard().with(CapacityElement.MANAGEMENT,
        CapacityBuildingForm.OTHER_SIMILAR).withName("Bali"));
    assertEquals(Outcome.NOT_SATISFIED, finding(r, "CAP-USE").outcome());
    assertEquals(Severity.WARNING, finding(r, "CAP-USE").severity());
    assertEquals(List.of(CapacityBuildingForm.OTHER_SIMILAR), r.suggestions().map(SuggestedSolution::form));
    assertEquals("Bali", r.mapping());
    assertThrows(IllegalArgumentException.class, () -> assessment().contentProducers(Option.some(-2)).build());
  }

  @Test
  @DisplayName("CAP-2: no content at all is a need; CAP-3: a count is required to judge")
  void contentBoundaries() {
    CapacityNeedReport r = CapacityNeeds.identify(assessment().producedContent(Option.some(List.empty())).build());
    assertEquals("the KIM has not produced any content", finding(r, "CAP-2").message().render(Lang.EN));
    assertEquals(Outcome.UNKNOWN, finding(r, "CAP-3").outcome());
  }

  @Test
  @DisplayName(
      "SOLUTION-STAGE-1..7 with SOLUTION-FIG: stages are ticked in order; participant selection (3a) is optional")
  void activityStages() {
    CapacityNeedReport needs = CapacityNeeds.identify(assessment()
        .skillsNeeded(Option.some(TreeSet.of(ContentSkill.PHOTOGRAPHY))).build());
    CapacityBuildingActivity bimtek = CapacityBuildingActivity.of(CapacityBuildingForm.TECHNICAL_TRAINING,
        "Fotografi jurnalistik")
        .withBasedOn(List.of(needs));
    assertEquals(Outcome.SATISFIED, bimtek.basis().outcome());
    assertEquals(Outcome.NOT_SATISFIED, bimtek.withForm(CapacityBuildingForm.EXPERT_HEARING).basis().outcome());
    assertEquals(Outcome.UNKNOWN,
        CapacityBuildingActivity.of(CapacityBuildingForm.WORKSHOP, "Video").basis().outcome());
    assertEquals(
        "SOLUTION-STAGE-2 (Penetapan instruktur/pemateri/trainer) cannot be ticked yet: the earlier stage "
            + "SOLUTION-STAGE-1 (Penetapan Tema) is not done",
        bimtek.tick(CapacityBuildingStage.APPOINT_INSTRUCTORS).getLeft().render(Lang.EN));
    CapacityBuildingActivity a = bimtek;
    for (CapacityBuildingStage s : List.of(CapacityBuildingStage.SET_THEME, CapacityBuildingStage.APPOINT_INSTRUCTORS,
        CapacityBuildingStage.COORDINATE_VENUE, CapacityBuildingStage.PREPARE_SCHEDULE)) {
      a = a.tick(s).get();
    }
    assertTrue(a.tick(CapacityBuildingStage.SELECT_PARTICIPANTS).isLeft(), "3a cannot follow stage 4");
    assertEquals(List.of(CapacityBuildingStage.CONDUCT, CapacityBuildingStage.PUBLICISE,
        CapacityBuildingStage.EVALUATE), a.stages().pending());
    for (CapacityBuildingStage s : List.of(CapacityBuildingStage.CONDUCT, CapacityBuildingStage.PUBLICISE,
        CapacityBuildingStage.EVALUATE)) {
      a = a.tick(s).get();
    }
    assertTrue(a.stages().isComplete());
    assertTrue(bimtek.stages().done().isEmpty(), "ticking never changes the original value");
    assertEquals("3a", CapacityBuildingStage.SELECT_PARTICIPANTS.number());
  }

  @Test
  @DisplayName(
      "SOLUTION-FORM-1, SOLUTION-FORM-2, SOLUTION-FORM-3, SOLUTION-FORM-4: the forms of Tabel 4.4 in order, plus "
          + "CAP-USE's similar activities")
  void formsOfTabel44() {
    assertEquals(List.of("SOLUTION-FORM-1 Bimbingan Teknis", "SOLUTION-FORM-2 Workshop/Lokakarya",
        "SOLUTION-FORM-3 Sarasehan",
        "SOLUTION-FORM-4 Forum Diskusi", "CAP-USE Kegiatan sejenis lainnya"),
        List.of(CapacityBuildingForm.values()).map(f -> f.ruleId() + " " + f.label()));
  }

  @Test
  @DisplayName(
      "SOLUTION-STAGE-1..7 (SOLUTION-STAGE-1, -2, -3, -4, -5, -6, -7) in Tabel 4.5 order, SOLUTION-FIG as optional 3a "
          + "(GAP-31)")
  void stagesOfTabel45() {
    assertEquals(List.of("1 SOLUTION-STAGE-1", "2 SOLUTION-STAGE-2", "3 SOLUTION-STAGE-3", "3a SOLUTION-FIG",
        "4 SOLUTION-STAGE-4",
        "5 SOLUTION-STAGE-5", "6 SOLUTION-STAGE-6", "7 SOLUTION-STAGE-7"),
        List.of(CapacityBuildingStage.values()).map(s -> s.number() + " " + s.ruleId()));
    assertEquals(List.of(CapacityBuildingStage.SELECT_PARTICIPANTS),
        List.of(CapacityBuildingStage.values()).filter(CapacityBuildingStage::optional));
    assertEquals("Evaluasi kegiatan peningkatan kapasitas SDM KIM", CapacityBuildingStage.EVALUATE.label());
  }

  @Test
  @DisplayName(
      "SOLUTION-BASIS: an activity rests on the needs it answers; a form no linked report suggests is a warning")
  void solutionBasis() {
    CapacityNeedReport r = CapacityNeeds.identify(assessment()
        .management(Option.some(ManagementRating.NEEDS_IMPROVEMENT)).build());
    CapacityBuildingActivity forum = CapacityBuildingActivity.of(CapacityBuildingForm.DISCUSSION_FORUM,
        "Tata kelola konten")
        .withBasedOn(List.of(r)).withParticipants(List.of(KimRef.of("KIM Gumbrih")));
    Finding basis = forum.basis();
    assertEquals("SOLUTION-BASIS", basis.ruleId().value());
    assertEquals(Outcome.SATISFIED, basis.outcome());
    assertEquals("Forum Diskusi answers needs identified in 1 report(s)", basis.message().render(Lang.EN));
    Finding other = forum.withForm(CapacityBuildingForm.WORKSHOP).basis();
    assertEquals(Outcome.NOT_SATISFIED, other.outcome());
    assertEquals(Severity.WARNING, other.severity());
  }
}
