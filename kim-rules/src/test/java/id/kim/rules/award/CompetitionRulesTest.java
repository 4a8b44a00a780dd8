package id.kim.rules.award;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.community.KimRef;
import id.kim.core.community.KimType;
import id.kim.core.i18n.Lang;
import id.kim.rules.checklist.Checklist;
import id.kim.rules.explain.Finding;
import id.kim.rules.explain.Outcome;
import id.kim.rules.explain.Severity;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CompetitionRulesTest {
  static final CompetitionCategory VIDEO = CompetitionCategory.of(KnownCategory.VIDEO_CONTENT);
  static final CompetitionCategory NEWS = CompetitionCategory.of(KnownCategory.NEWS_WRITING);

  static Competition.Builder lomba() {
    return Competition.builder().name("Lomba Konten KIM Jembrana 2026").kind(CompetitionKind.SELF_ORGANISED)
        .level(CompetitionLevel.REGENCY_CITY).dinas(AwardFixtures.DINAS).categories(TreeSet.of(VIDEO, NEWS))
        .outputTypes(TreeSet.of(CompetitionOutputType.AUDIO_VISUAL_VIDEO, CompetitionOutputType.TEXT_AND_VISUAL));
  }

  static Submission entry(String kim, KimType type, CompetitionCategory cat, int day, Integer score) {
    return Submission.builder().kim(KimRef.of(kim)).kimType(type).category(cat)
        .outputType(cat.equals(VIDEO) ? CompetitionOutputType.AUDIO_VISUAL_VIDEO
            : CompetitionOutputType.TEXT_AND_VISUAL)
        .title("Karya " + kim).submittedOn(LocalDate.of(2026, 8, day)).juryScore(Option.of(score)).build();
  }

  static Finding finding(Seq<Finding> fs, String id) {
    return fs.find(f -> f.ruleId().value().equals(id)).get();
  }

  @Test
  @DisplayName(
      "COMP-KIND-1, COMP-IP (GAP-34), COMP-MANDIRI-SCHED, COMP-PROCUREMENT: a self-organised competition must state "
          + "ownership; schedule and procurement are warnings")
  void reviewSelfOrganised() {
    Seq<Finding> bare = CompetitionRules.review(lomba().build());
    assertEquals(List.of("COMP-STAGE-2", "COMP-KIND-1", "COMP-IP", "COMP-MANDIRI-SCHED", "COMP-PROCUREMENT"),
        bare.map(f -> f.ruleId().value()));
    assertEquals(Outcome.NOT_SATISFIED, finding(bare, "COMP-IP").outcome());
    assertTrue(finding(bare, "COMP-IP").citation().proposed());
    assertEquals(Severity.WARNING, finding(bare, "COMP-MANDIRI-SCHED").severity());
    assertEquals(Outcome.NOT_SATISFIED, finding(bare, "COMP-PROCUREMENT").outcome());
    Seq<Finding> full = CompetitionRules.review(lomba()
        .contentOwnership(Option.some(ContentOwnership.REGIONAL_GOVERNMENT))
        .recurrence(Option.some(Recurrence.ANNUAL)).procurementReference(Option.some("Perpres 16/2018")).build());
    assertTrue(full.forAll(f -> f.outcome() == Outcome.SATISFIED), full.mkString("\n"));
    assertEquals(Outcome.NOT_SATISFIED,
        finding(CompetitionRules.review(lomba().categories(TreeSet.empty()).build()), "COMP-STAGE-2").outcome());
  }

  @Test
  @DisplayName(
      "COMP-KIND-2: an external competition names its organiser and a wider level; the Dinas follows the ikut-serta "
          + "phases")
  void participation() {
    Competition national = lomba().name("Lomba KIM Nasional").kind(CompetitionKind.PARTICIPATION)
        .level(CompetitionLevel.NATIONAL)
        .externalOrganiser(Option.some("Kementerian Kominfo")).build();
    Seq<Finding> review = CompetitionRules.review(national);
    assertEquals(Outcome.SATISFIED, finding(review, "COMP-KIND-2").outcome());
    assertEquals(Outcome.NOT_EVALUATED, finding(review, "COMP-IP").outcome());
    assertEquals(Outcome.NOT_SATISFIED,
        finding(CompetitionRules.review(national.withExternalOrganiser(Option.none())), "COMP-KIND-2").outcome());
    assertEquals(List.of("COMP-IKUT-PHASE-1", "COMP-IKUT-PHASE-2", "COMP-IKUT-PHASE-3"),
        national.phases().stages().map(CompetitionPhase::ruleId));
    assertEquals("Dinas mendampingi KIM dalam mengikuti kompetisi",
        CompetitionPhase.PARTICIPATION_EXECUTION.tasks().head());
    assertEquals("Lomba KIM Nasional is an external competition: its organiser registers entrants",
        CompetitionRules.register(national, entry("KIM A", KimType.A, VIDEO, 1, null)).getLeft().render(Lang.EN));
  }

  @Test
  @DisplayName("COMP-MANDIRI-PHASE-1..3: planning, execution, reporting in order")
  void selfOrganisedPhases() {
    Competition c = lomba().build();
    assertEquals(List.of("COMP-MANDIRI-PHASE-1", "COMP-MANDIRI-PHASE-2", "COMP-MANDIRI-PHASE-3"),
        c.phases().stages().map(CompetitionPhase::ruleId));
    assertTrue(c.tick(CompetitionPhase.SELF_REPORTING).isLeft());
    assertTrue(c.tick(CompetitionPhase.PARTICIPATION_PREPARATION).isLeft(),
        "not a phase of a self-organised competition");
    Competition done = c.tick(CompetitionPhase.SELF_PLANNING).flatMap(x -> x.tick(CompetitionPhase.SELF_EXECUTION))
        .flatMap(x -> x.tick(CompetitionPhase.SELF_REPORTING)).get();
    assertTrue(done.phases().isComplete());
    assertEquals(4, CompetitionPhase.SELF_PLANNING.tasks().size());
  }

  @Test
  @DisplayName(
      "COMP-STAGE-1 with GAP-33: both KIM types may enter by default; a competition narrowed to type A refuses type B")
  void registration() {
    Submission b = entry("KIM Bakti Tani", KimType.B, NEWS, 2, null);
    assertTrue(CompetitionRules.register(lomba().build(), b).isRight());
    assertEquals("KIM Bakti Tani (Tipe B) is not among the KIM types admitted: Tipe A",
        CompetitionRules.register(lomba().eligibleTypes(TreeSet.of(KimType.A)).build(), b).getLeft().render(Lang.EN));
    Submission photo = entry("KIM A", KimType.A, CompetitionCategory.of(KnownCategory.PHOTOGRAPHY), 3, null);
    assertTrue(CompetitionRules.register(lomba().build(), photo).getLeft().render(Lang.ID)
        .startsWith("kategori Fotografi tidak ada"));
    Submission podcast = entry("KIM A", KimType.A, VIDEO, 3, null).withOutputType(CompetitionOutputType.AUDIO);
    assertTrue(CompetitionRules.register(lomba().build(), podcast).isLeft(), "COMP-OUT-3 podcast is not competed here");
    assertEquals("COMP-OUT-1", CompetitionOutputType.AUDIO_VISUAL_VIDEO.ruleId());
    assertEquals("COMP-CAT-3", KnownCategory.BLOG_CONTENT_MANAGEMENT.ruleId());
    assertThrows(IllegalArgumentException.class, () -> entry("KIM A", KimType.A, VIDEO, 1, 101));
  }

  @Test
  @DisplayName(
      "COMP-STAGE-3: winners per category by jury score; ties to the earlier registration; unscored entries left out")
  void winners() {
    Competition c = lomba().build();
    Seq<Submission> entries = List.of(entry("KIM Cempaka", KimType.A, VIDEO, 5, 88),
        entry("KIM Anggrek", KimType.A, VIDEO, 3, 88),
        entry("KIM Bougenvil", KimType.B, VIDEO, 1, 75), entry("KIM Dahlia", KimType.A, VIDEO, 1, null),
        entry("KIM Edelweis", KimType.A, NEWS, 2, 60));
    var w = CompetitionRules.winners(c, entries, 2).get();
    assertEquals(List.of("1. KIM Anggrek — Karya KIM Anggrek (88)", "2. KIM Cempaka — Karya KIM Cempaka (88)"),
        w.get(VIDEO).get().map(Winner::toString));
    assertEquals(1, w.get(NEWS).get().size());
    assertEquals(w, CompetitionRules.winners(c, entries.reverse(), 2).get());
    assertTrue(CompetitionRules.winners(c, entries, -1).isLeft());
  }

  @Test
  @DisplayName(
      "COMP-PURPOSE, COMP-SCOPE, COMP-SIM-1..3: competition and award sequences of Tabel 4.7 and the simulation steps "
          + "are ordered checklists")
  void scopeAndSimulation() {
    assertEquals(List.of("COMP-STAGE-1", "COMP-STAGE-2", "COMP-STAGE-3"),
        List.of(CompetitionStage.values()).map(CompetitionStage::ruleId));
    assertEquals(List.of("AWARD-STAGE-1", "AWARD-STAGE-2", "AWARD-STAGE-3"),
        List.of(AwardStage.values()).map(AwardStage::ruleId));
    var sim = Checklist.of(SimulationStep.class);
    assertTrue(sim.tick(SimulationStep.DESIGNATE_READY_KIM).isLeft());
    assertEquals(List.of("COMP-SIM-1", "COMP-SIM-2", "COMP-SIM-3"), sim.stages().map(SimulationStep::ruleId));
  }

  @Test
  @DisplayName("COMP-CAT-1, COMP-CAT-2, COMP-CAT-3, COMP-CAT-4: the example categories, open to the Dinas' own")
  void categories() {
    assertEquals(List.of("COMP-CAT-1 Pembuatan konten video", "COMP-CAT-2 Penulisan berita",
        "COMP-CAT-3 Pengelolaan konten blog",
        "COMP-CAT-4 Fotografi"), List.of(KnownCategory.values()).map(k -> k.ruleId() + " " + k.label()));
    assertEquals("Fotografi (COMP-CAT-4)", CompetitionCategory.of(KnownCategory.PHOTOGRAPHY).toString());
    assertEquals(Option.none(), CompetitionCategory.custom("Podcast desa").known());
    assertEquals(CompetitionCategory.custom("Fotografi"), CompetitionCategory.of(KnownCategory.PHOTOGRAPHY),
        "same name, same category");
  }

  @Test
  @DisplayName(
      "COMP-OUT-1, COMP-OUT-2, COMP-OUT-3, COMP-OUT-4: the output types of a self-organised competition, plus other")
  void outputTypes() {
    assertEquals(List.of("COMP-OUT-1", "COMP-OUT-2", "COMP-OUT-3", "COMP-OUT-4", "-"),
        List.of(CompetitionOutputType.values()).map(CompetitionOutputType::ruleId));
    Submission poster = entry("KIM A", KimType.A, NEWS, 1, null).withOutputType(CompetitionOutputType.VISUAL);
    assertTrue(CompetitionRules.register(lomba().outputTypes(TreeSet.of(CompetitionOutputType.VISUAL)).build(), poster)
        .isRight());
    assertTrue(CompetitionRules.register(lomba().outputTypes(TreeSet.empty()).build(), poster).isRight(),
        "no list: any output");
  }
}
