package id.kim.rules.collaboration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.community.KimType;
import id.kim.core.i18n.Lang;
import id.kim.core.validation.MissingValueException;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("MODEL-GEN-1..2 — model partisipasi-kolaborasi (juknis IV.B)")
class CollaborationModelTest {

  @Test
  @DisplayName("MODEL-GEN-2: the model applies to both types and follows the KIM's type")
  void modelFollowsType() {
    assertEquals(CollaborationModel.ACTIVE_COORDINATION, CollaborationModel.forType(KimType.A));
    assertEquals(CollaborationModel.EMPOWERMENT_CONTENT, CollaborationModel.forType(KimType.B));
    for (KimType t : KimType.values()) {
      assertEquals(t, CollaborationModel.forType(t).kimType());
    }
    assertEquals("model partisipasi-kolaborasi", CollaborationModel.GENERAL_NAME);
    assertTrue(CollaborationModel.modelChoiceCitation().quote().contains("model partisipasi-kolaborasi"));
    assertEquals("MODEL-GEN-2", CollaborationModel.MODEL_GEN_2.value());
  }

  @Test
  @DisplayName("MODEL-GEN-2: a profile without a type (PROFILE-b) has no model yet")
  void profileWithoutTypeHasNoModel() {
    assertEquals(Option.none(), CollaborationModel.forProfile(Fixtures.KIM_UNTYPED));
    assertEquals(Option.of(CollaborationModel.ACTIVE_COORDINATION), CollaborationModel.forProfile(Fixtures.KIM_A));
    assertEquals(Option.of(CollaborationModel.EMPOWERMENT_CONTENT), CollaborationModel.forProfile(Fixtures.KIM_B));
    MissingValueException e = assertThrows(MissingValueException.class, () -> CollaborationModel.forType(null));
    assertTrue(e.getMessage().contains("'type'"));
  }

  @Test
  @DisplayName("MODEL-GEN-1: information is designed by the Dinas with the KIM and delivered by the KIM")
  void informationFlow() {
    for (CollaborationModel m : CollaborationModel.values()) {
      assertEquals(List.of(Party.DINAS, Party.KIM), m.designers());
      assertEquals(Party.KIM, m.deliverer());
    }
    assertEquals("MODEL-GEN-1", CollaborationModel.MODEL_GEN_1.value());
    assertTrue(CollaborationModel.informationFlowCitation().quote()
        .contains("dirancang Dinas Kominfo bersama dengan KIM dan disampaikan oleh KIM"));
  }

  @Test
  @DisplayName("MODEL-A-STAGE-3 has literacy, MODEL-B-STAGE-3 uses the community's network instead")
  void literacyAndNetworkByModel() {
    assertTrue(CollaborationModel.ACTIVE_COORDINATION.hasLiteracyComponent());
    assertFalse(CollaborationModel.ACTIVE_COORDINATION.allowsNetworkMedia());
    assertFalse(CollaborationModel.EMPOWERMENT_CONTENT.hasLiteracyComponent());
    assertTrue(CollaborationModel.EMPOWERMENT_CONTENT.allowsNetworkMedia());
    assertEquals("Gambar 4.1", CollaborationModel.ACTIVE_COORDINATION.figure());
    assertEquals("Gambar 4.2", CollaborationModel.EMPOWERMENT_CONTENT.figure());
    assertTrue(CollaborationModel.EMPOWERMENT_CONTENT.label(Lang.ID).contains("Pemberdayaan Masyarakat"));
  }

  @Test
  @DisplayName("MODEL-A-STAGE-1..3 and MODEL-B-STAGE-1..3: three stages in order, one rule ID per model")
  void stagesAndRuleIds() {
    for (CollaborationModel m : CollaborationModel.values()) {
      assertEquals(List.of(CampaignStage.values()), m.stages());
    }
    String[] a = {"MODEL-A-STAGE-1", "MODEL-A-STAGE-2", "MODEL-A-STAGE-3"};
    String[] b = {"MODEL-B-STAGE-1", "MODEL-B-STAGE-2", "MODEL-B-STAGE-3"};
    for (CampaignStage s : CampaignStage.values()) {
      assertEquals(a[s.ordinal()], s.ruleId(CollaborationModel.ACTIVE_COORDINATION).value());
      assertEquals(b[s.ordinal()], s.ruleId(CollaborationModel.EMPOWERMENT_CONTENT).value());
      assertEquals(s.ordinal() + 1, s.number());
    }
    assertEquals(Option.of(CampaignStage.MATERIALS_CO_DESIGNED), CampaignStage.PARTICIPATION_ENSURED.next());
    assertEquals(Option.none(), CampaignStage.DISSEMINATED.next());
    MissingValueException e = assertThrows(MissingValueException.class, () -> CampaignStage.DISSEMINATED.ruleId(null));
    assertTrue(e.getMessage().contains("'model'"));
  }

  @Test
  @DisplayName("MODEL-A-STAGE-3 is named with '& Literasi Informasi', MODEL-B-STAGE-3 is not")
  void stageThreeLabels() {
    assertEquals("Diseminasi Hasil Kolaborasi & Literasi Informasi",
        CampaignStage.DISSEMINATED.label(CollaborationModel.ACTIVE_COORDINATION, Lang.ID));
    assertEquals("Diseminasi Hasil Kolaborasi",
        CampaignStage.DISSEMINATED.label(CollaborationModel.EMPOWERMENT_CONTENT, Lang.ID));
    assertEquals("Memastikan partisipasi Komunitas berdasarkan hasil pemetaan",
        CampaignStage.PARTICIPATION_ENSURED.label(CollaborationModel.EMPOWERMENT_CONTENT, Lang.ID));
    assertTrue(CampaignStage.PARTICIPATION_ENSURED.citation(CollaborationModel.ACTIVE_COORDINATION).quote()
        .contains("dalam periode tertentu"));
    assertTrue(CampaignStage.DISSEMINATED.citation(CollaborationModel.EMPOWERMENT_CONTENT).quote()
        .contains("jejaring"));
  }
}
