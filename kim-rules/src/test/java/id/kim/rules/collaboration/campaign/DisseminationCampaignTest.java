package id.kim.rules.collaboration.campaign;

import static id.kim.rules.collaboration.Fixtures.FOREIGN_OFFICER;
import static id.kim.rules.collaboration.Fixtures.KIM_A;
import static id.kim.rules.collaboration.Fixtures.KIM_B;
import static id.kim.rules.collaboration.Fixtures.OFFICER;
import static id.kim.rules.collaboration.Fixtures.d;
import static id.kim.rules.collaboration.campaign.CampaignSamples.DISSEMINATED_A;
import static id.kim.rules.collaboration.campaign.CampaignSamples.DISSEMINATED_B;
import static id.kim.rules.collaboration.campaign.CampaignSamples.ENSURED;
import static id.kim.rules.collaboration.campaign.CampaignSamples.MATERIALS;
import static id.kim.rules.collaboration.campaign.CampaignSamples.PERIOD;
import static id.kim.rules.collaboration.campaign.CampaignSamples.atStage2;
import static id.kim.rules.collaboration.campaign.CampaignSamples.planned;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.i18n.Lang;
import id.kim.core.media.ContentType;
import id.kim.core.time.Period;
import id.kim.core.validation.MissingValueException;
import id.kim.rules.collaboration.CampaignStage;
import id.kim.rules.collaboration.CollaborationModel;
import id.kim.rules.collaboration.CollaborationRejection;
import id.kim.rules.collaboration.Fixtures;
import id.kim.rules.collaboration.RejectionReason;
import id.kim.rules.explain.Outcome;
import io.vavr.collection.List;
import io.vavr.collection.TreeSet;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("MODEL-A-STAGE-1..3, MODEL-B-STAGE-1..3 — a dissemination campaign moves through the stages in order")
class DisseminationCampaignTest {

  private static CollaborationRejection rejected(Either<CollaborationRejection, DisseminationCampaign> result) {
    assertTrue(result.isLeft(), () -> "expected a rejection, got " + result);
    return result.getLeft();
  }

  @Test
  @DisplayName("MODEL-A-STAGE-1..3: Gambar 4.1 end to end — participation, co-design, dissemination & literacy")
  void typeAEndToEnd() {
    DisseminationCampaign planned = planned(KIM_A);
    assertEquals(CollaborationModel.ACTIVE_COORDINATION, planned.model());
    assertEquals(Option.none(), planned.stage());
    assertEquals(Option.of(CampaignStage.PARTICIPATION_ENSURED), planned.nextStage());

    DisseminationCampaign done = planned.advance(ENSURED, d("2025-02-03"), OFFICER)
        .flatMap(c -> c.advance(MATERIALS, d("2025-02-10"), OFFICER))
        .flatMap(c -> c.advance(DISSEMINATED_A, d("2025-03-01"), OFFICER)).get();

    assertTrue(done.isComplete());
    assertEquals(List.of(CampaignStage.values()), done.history().map(StageRecord::stage));
    assertEquals(Option.of(PERIOD), done.participationPeriod());
    assertEquals(Option.of(MATERIALS), done.materials());
    assertEquals(Option.of(DISSEMINATED_A), done.dissemination());
    assertEquals("kisah kader posyandu", done.materials().get().angle().get());
    assertTrue(planned.history().isEmpty(), "the planned campaign is unchanged: values are immutable");
  }

  @Test
  @DisplayName("MODEL-B-STAGE-3: a type-B community disseminates on its own and its network's media, without literacy")
  void typeBUsesNetworkWithoutLiteracy() {
    DisseminationCampaign done = atStage2(KIM_B).advance(DISSEMINATED_B, d("2025-03-01"), OFFICER).get();
    assertTrue(done.isComplete());
    assertEquals(CollaborationModel.EMPOWERMENT_CONTENT, done.model());
    assertEquals(MediumOwnership.NETWORK, done.dissemination().get().channels().get(1).ownership());
    assertEquals(Option.none(), done.dissemination().get().literacy());
  }

  @Test
  @DisplayName("MODEL-A-STAGE-1: dissemination before participation is ensured is refused as a skipped stage")
  void skippingIsRefused() {
    CollaborationRejection r = rejected(planned(KIM_A).advance(DISSEMINATED_A, d("2025-03-01"), OFFICER));
    assertEquals(RejectionReason.STAGE_SKIPPED, r.reason());
    assertEquals("MODEL-A-STAGE-1", r.ruleId().value());
    assertTrue(r.explain(Lang.ID).contains("Tahap 3 belum dapat dicatat karena tahap 1 belum dicatat"),
        r.explain(Lang.ID));
    assertTrue(r.explain(Lang.EN).contains("Stage 3 cannot be recorded because stage 1 is not recorded"));
    CollaborationRejection r2 = rejected(planned(KIM_B).advance(MATERIALS, d("2025-03-01"), OFFICER));
    assertEquals("MODEL-B-STAGE-1", r2.ruleId().value());
  }

  @Test
  @DisplayName("MODEL-A-STAGE-2: a stage is never repeated or reversed, nor recorded after completion")
  void repeatingOrReversingIsRefused() {
    DisseminationCampaign at2 = atStage2(KIM_A);
    CollaborationRejection back = rejected(at2.advance(ENSURED, d("2025-02-11"), OFFICER));
    assertEquals(RejectionReason.STAGE_ALREADY_RECORDED, back.reason());
    assertEquals("MODEL-A-STAGE-1", back.ruleId().value());
    CollaborationRejection again = rejected(at2.advance(MATERIALS, d("2025-02-11"), OFFICER));
    assertEquals("MODEL-A-STAGE-2", again.ruleId().value());
    DisseminationCampaign done = at2.advance(DISSEMINATED_A, d("2025-03-01"), OFFICER).get();
    assertEquals(RejectionReason.STAGE_ALREADY_RECORDED,
        rejected(done.advance(DISSEMINATED_A, d("2025-03-02"), OFFICER)).reason());
  }

  @Test
  @DisplayName("MODEL-A-STAGE-2: a stage dated before the previous one is refused; the same day is allowed")
  void datesFollowTheStages() {
    DisseminationCampaign at1 = planned(KIM_A).advance(ENSURED, d("2025-02-03"), OFFICER).get();
    CollaborationRejection r = rejected(at1.advance(MATERIALS, d("2025-02-02"), OFFICER));
    assertEquals(RejectionReason.DATED_BEFORE_PREVIOUS_STAGE, r.reason());
    assertTrue(r.explain(Lang.EN).contains("2025-02-02"));
    assertTrue(at1.advance(MATERIALS, d("2025-02-03"), OFFICER).isRight());
  }

  @Test
  @DisplayName(
      "MODEL-A-STAGE-1 'dalam periode tertentu': the period must be valid and not over when participation is ensured")
  void participationPeriod() {
    DisseminationCampaign c = planned(KIM_A);
    CollaborationRejection inverted =
        rejected(
            c.advance(
                ParticipationEnsured.of(Period.of(d("2025-07-31"), d("2025-02-01"))),
                d("2025-01-15"),
                OFFICER));
    assertEquals(RejectionReason.INVALID_PERIOD, inverted.reason());
    assertTrue(c.advance(ENSURED, PERIOD.end(), OFFICER).isRight(), "the last day of the period is inside");
    CollaborationRejection late = rejected(c.advance(ENSURED, PERIOD.end().plusDays(1), OFFICER));
    assertEquals(RejectionReason.ENSURED_AFTER_PERIOD, late.reason());
    assertTrue(c.advance(ENSURED, d("2025-01-20"), OFFICER).isRight(),
        "participation may be ensured before the period");
  }

  @Test
  @DisplayName("MODEL-B-STAGE-2: message, theme and at least one presentation format are required")
  void materialsContent() {
    DisseminationCampaign at1 = planned(KIM_B).advance(ENSURED, d("2025-02-03"), OFFICER).get();
    CollaborationRejection noMessage =
        rejected(
            at1.advance(
                MaterialsCoDesigned.of(" ", "Pupuk organik", ContentType.VIDEO),
                d("2025-02-04"),
                OFFICER));
    assertEquals(RejectionReason.BLANK_TEXT, noMessage.reason());
    assertEquals("MODEL-B-STAGE-2", noMessage.ruleId().value());
    assertTrue(noMessage.explain(Lang.ID).contains("pesan"));
    assertEquals(
        RejectionReason.BLANK_TEXT,
        rejected(
                at1.advance(
                    MaterialsCoDesigned.of("Pakai pupuk organik", "", ContentType.VIDEO),
                    d("2025-02-04"),
                    OFFICER))
            .reason());
    assertEquals(RejectionReason.BLANK_TEXT, rejected(at1.advance(MATERIALS.withAngle(" "), d("2025-02-04"), OFFICER))
        .reason());
    MaterialsCoDesigned noFormat =
        MaterialsCoDesigned.builder()
            .message("Pakai pupuk organik")
            .theme("Pertanian")
            .formats(TreeSet.empty())
            .build();
    assertEquals(RejectionReason.NO_FORMAT, rejected(at1.advance(noFormat, d("2025-02-04"), OFFICER)).reason());
  }

  @Test
  @DisplayName("MODEL-A-STAGE-3: type A needs KIM-managed media and information literacy")
  void typeADisseminationContent() {
    DisseminationCampaign at2 = atStage2(KIM_A);
    CollaborationRejection network = rejected(at2.advance(DISSEMINATED_B.withLiteracy("Literasi"), d("2025-03-01"),
        OFFICER));
    assertEquals(RejectionReason.NETWORK_MEDIUM_NOT_IN_MODEL, network.reason());
    assertEquals("MODEL-A-STAGE-3", network.ruleId().value());
    CollaborationRejection noLiteracy = rejected(at2.advance(
        Disseminated.on(DisseminationChannel.own(CampaignSamples.INSTAGRAM)), d("2025-03-01"), OFFICER));
    assertEquals(RejectionReason.LITERACY_MISSING, noLiteracy.reason());
    assertTrue(noLiteracy.explain(Lang.ID).contains("literasi informasi terhadap khalayak sasaran KIM"));
    Disseminated none = Disseminated.builder().channels(List.empty()).build();
    assertEquals(RejectionReason.NO_CHANNEL, rejected(at2.advance(none, d("2025-03-01"), OFFICER)).reason());
  }

  @Test
  @DisplayName(
      "MODEL-B-STAGE-3 / MODEL-B-STAGE-1: dissemination must fall inside the participation period (both ends "
          + "inclusive)")
  void disseminationInsideThePeriod() {
    DisseminationCampaign at2 = atStage2(KIM_B);
    assertTrue(at2.advance(DISSEMINATED_B, PERIOD.end(), OFFICER).isRight());
    CollaborationRejection after = rejected(at2.advance(DISSEMINATED_B, PERIOD.end().plusDays(1), OFFICER));
    assertEquals(RejectionReason.OUTSIDE_PARTICIPATION_PERIOD, after.reason());
    assertEquals("MODEL-B-STAGE-1", after.ruleId().value());
    DisseminationCampaign early = planned(KIM_B).advance(ENSURED, d("2025-01-10"), OFFICER)
        .flatMap(c -> c.advance(MATERIALS, d("2025-01-20"), OFFICER)).get();
    assertEquals(RejectionReason.OUTSIDE_PARTICIPATION_PERIOD,
        rejected(early.advance(DISSEMINATED_B, d("2025-01-31"), OFFICER)).reason());
    assertTrue(early.advance(DISSEMINATED_B, PERIOD.start(), OFFICER).isRight());
  }

  @Test
  @DisplayName("MODEL-GEN-1: only an officer of the campaign's Dinas designs and records with the KIM")
  void officerOfAnotherDinasIsRefused() {
    CollaborationRejection r = rejected(planned(KIM_A).advance(ENSURED, d("2025-02-03"), FOREIGN_OFFICER));
    assertEquals(RejectionReason.OTHER_DINAS, r.reason());
    assertEquals("MODEL-GEN-1", r.ruleId().value());
    assertTrue(r.explain(Lang.ID).contains("Dinas Kominfo Kabupaten Badung"));
    assertEquals(Outcome.NOT_SATISFIED, r.toFinding().outcome());
  }

  @Test
  @DisplayName("MODEL-GEN-2: a campaign needs the KIM's type; the programme must not be blank")
  void planning() {
    CollaborationRejection untyped = DisseminationCampaign.plan(Fixtures.KIM_UNTYPED, Fixtures.DINAS, "Program")
        .getLeft();
    assertEquals(RejectionReason.TYPE_UNKNOWN, untyped.reason());
    assertEquals("MODEL-GEN-2", untyped.ruleId().value());
    assertTrue(untyped.explain(Lang.EN).contains("KIM Baru"));
    assertEquals(RejectionReason.BLANK_TEXT,
        DisseminationCampaign.plan(KIM_A, Fixtures.DINAS, "  ").getLeft().reason());
    MissingValueException e = assertThrows(MissingValueException.class,
        () -> planned(KIM_A).advance(null, d("2025-02-03"), OFFICER));
    assertTrue(e.getMessage().contains("'step'"));
    assertThrows(MissingValueException.class, () -> planned(KIM_A).advance(ENSURED, null, OFFICER));
  }

  @Test
  @DisplayName("MODEL-A-STAGE-1..3: a stored history replays to the same campaign; a bad history is refused")
  void replay() {
    DisseminationCampaign done = atStage2(KIM_A).advance(DISSEMINATED_A, d("2025-03-01"), OFFICER).get();
    assertEquals(done,
        DisseminationCampaign.replay(KIM_A, Fixtures.DINAS, CampaignSamples.PROGRAMME, done.history()).get());
    assertEquals(RejectionReason.STAGE_SKIPPED, DisseminationCampaign.replay(KIM_A, Fixtures.DINAS,
        CampaignSamples.PROGRAMME, done.history().drop(1)).getLeft().reason());
  }

  @Test
  @DisplayName("MODEL-A-STAGE-1: printing a campaign or a stage never shows an officer's full name")
  void printingMasksPeople() {
    DisseminationCampaign at2 = atStage2(KIM_A);
    assertFalse(at2.toString().contains("Sukerta"));
    assertFalse(at2.history().toString().contains("Sukerta"));
    assertTrue(at2.history().head().toString().contains("M***"));
    assertTrue(at2.toString().contains("stage 2/3"));
  }
}
