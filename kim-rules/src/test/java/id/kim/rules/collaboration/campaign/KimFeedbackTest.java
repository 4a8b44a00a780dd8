package id.kim.rules.collaboration.campaign;

import static id.kim.rules.collaboration.Fixtures.FOREIGN_OFFICER;
import static id.kim.rules.collaboration.Fixtures.KIM_A;
import static id.kim.rules.collaboration.Fixtures.OFFICER;
import static id.kim.rules.collaboration.Fixtures.SECOND_OFFICER;
import static id.kim.rules.collaboration.Fixtures.d;
import static id.kim.rules.collaboration.campaign.CampaignSamples.planned;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.i18n.Lang;
import id.kim.rules.collaboration.CoordinationColumn;
import id.kim.rules.collaboration.RejectionReason;
import io.vavr.collection.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("MODEL-A-T42 — the KIM's feedback (umpan balik) recorded on a campaign")
class KimFeedbackTest {
  private static final KimFeedback ON_PLAN = KimFeedback.of(FeedbackKind.ON_DISSEMINATION_PLAN,
      "Jadwal sosialisasi bentrok dengan upacara piodalan", d("2025-02-05"), OFFICER)
      .withChannel(CoordinationChannel.WHATSAPP_GROUP);
  private static final KimFeedback ISSUE = KimFeedback.of(FeedbackKind.LOCAL_ISSUE,
      "Hoaks vaksin beredar di banjar", d("2025-02-04"), SECOND_OFFICER)
      .withChannel(CoordinationChannel.FACE_TO_FACE_MEETING);
  private static final KimFeedback CONDITION = KimFeedback.of(FeedbackKind.LOCAL_CONDITION,
      "Banyak warga bekerja di luar desa pada siang hari", d("2025-02-05"), OFFICER);

  @Test
  @DisplayName(
      "MODEL-A-T42: 'KIM memberikan umpan balik terhadap rencana diseminasi informasi' is recorded in column 1 "
          + "(GAP-29)")
  void feedbackOnThePlanSitsInColumnOne() {
    DisseminationCampaign c = planned(KIM_A).recordFeedback(ON_PLAN).get();
    assertEquals(List.of(ON_PLAN), c.feedback());
    assertEquals(CoordinationColumn.PARTICIPATION, ON_PLAN.column());
    for (FeedbackKind k : FeedbackKind.values()) {
      assertEquals(CoordinationColumn.PARTICIPATION, k.column());
    }
    assertTrue(FeedbackKind.ON_DISSEMINATION_PLAN.citation().proposed());
    assertEquals("GAP-29", FeedbackKind.ON_DISSEMINATION_PLAN.citation().gap().get());
    assertTrue(FeedbackKind.LOCAL_ISSUE.citation().quote()
        .contains("isu-isu publik yang berkembang di area domisili KIM"));
    assertEquals("kondisi masyarakat di wilayahnya", FeedbackKind.LOCAL_CONDITION.label(Lang.ID));
  }

  @Test
  @DisplayName("MODEL-A-T42: feedback is kept in one documented order whatever the order of recording")
  void orderDoesNotDependOnRecording() {
    DisseminationCampaign one = planned(KIM_A).recordFeedback(ON_PLAN)
        .flatMap(c -> c.recordFeedback(ISSUE)).flatMap(c -> c.recordFeedback(CONDITION)).get();
    DisseminationCampaign two = planned(KIM_A).recordFeedback(CONDITION)
        .flatMap(c -> c.recordFeedback(ON_PLAN)).flatMap(c -> c.recordFeedback(ISSUE)).get();
    assertEquals(one, two);
    assertEquals(List.of(ISSUE, ON_PLAN, CONDITION), one.feedback());
  }

  @Test
  @DisplayName("MODEL-A-T42: feedback recorded by another Dinas, or without content, is refused")
  void refusedFeedback() {
    DisseminationCampaign c = planned(KIM_A);
    KimFeedback foreign = KimFeedback.of(FeedbackKind.LOCAL_ISSUE, "Isu banjir", d("2025-02-04"), FOREIGN_OFFICER);
    assertEquals(RejectionReason.OTHER_DINAS, c.recordFeedback(foreign).getLeft().reason());
    assertEquals("MODEL-A-T42", c.recordFeedback(foreign).getLeft().ruleId().value());
    KimFeedback blank = KimFeedback.of(FeedbackKind.LOCAL_CONDITION, " ", d("2025-02-04"), OFFICER);
    assertEquals(RejectionReason.BLANK_TEXT, c.recordFeedback(blank).getLeft().reason());
  }

  @Test
  @DisplayName("MODEL-A-T42: free-text feedback prints masked, since it may name people")
  void printsMasked() {
    assertFalse(ON_PLAN.toString().contains("piodalan"));
    assertTrue(ON_PLAN.toString().contains("***("));
    assertEquals("grup WhatsApp", CoordinationChannel.WHATSAPP_GROUP.label(Lang.ID));
  }
}
