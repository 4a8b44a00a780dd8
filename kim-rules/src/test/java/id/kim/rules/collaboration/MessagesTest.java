package id.kim.rules.collaboration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.i18n.Lang;
import id.kim.rules.explain.Evidence;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("MODEL-GEN-1..2, MODEL-A-T42 — the collaboration messages exist in Indonesian and English")
class MessagesTest {

  private static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = MessagesTest.class.getResourceAsStream("/id/kim/rules/collaboration/" + name)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  @DisplayName("MODEL-GEN-2: both bundles have the same keys, and every rejection reason has its message")
  void bundlesMatch() throws IOException {
    Properties id = load("Messages.properties");
    Properties en = load("Messages_en.properties");
    assertEquals(id.keySet(), en.keySet());
    for (RejectionReason r : RejectionReason.values()) {
      assertTrue(id.containsKey(r.messageKey()), r.messageKey());
    }
  }

  @Test
  @DisplayName(
      "MODEL-GEN-1: a rejection renders in Indonesian by default and in English, and explains itself with its rule ID")
  void rejectionRendersInBothLanguages() {
    CollaborationRejection r = CollaborationRejection.of(RejectionReason.STAGE_SKIPPED,
        CampaignStage.PARTICIPATION_ENSURED.ruleId(CollaborationModel.ACTIVE_COORDINATION),
        CampaignStage.PARTICIPATION_ENSURED.citation(CollaborationModel.ACTIVE_COORDINATION), 3, 1);
    assertTrue(r.message().render(Lang.ID).startsWith("Tahap 3"));
    assertTrue(r.explain(Lang.ID).startsWith("MODEL-A-STAGE-1: Tahap 3"));
    assertTrue(r.explain(Lang.EN).startsWith("MODEL-A-STAGE-1: Stage 3"));
    assertEquals(r.message().render(Lang.ID), r.message().toString());
    for (RejectionReason reason : RejectionReason.values()) {
      String text = CollaborationMessages.of(reason.messageKey(), "MODEL-A-T42", "a", "b", "c", "d").render(Lang.EN);
      assertFalse(text.startsWith("["), reason + " has no English message");
      assertFalse(text.contains("{"), text);
    }
    assertTrue(r.toString().contains("STAGE_SKIPPED"));
    assertEquals(1, r.withEvidence(Evidence.of("stage", 3)).evidence().size());
  }
}
