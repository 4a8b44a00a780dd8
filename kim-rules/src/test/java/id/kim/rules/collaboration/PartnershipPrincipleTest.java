package id.kim.rules.collaboration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.i18n.Lang;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("PRINCIPLE-1..5 — prinsip kemitraan (juknis II.A)")
class PartnershipPrincipleTest {

  @Test
  @DisplayName("PRINCIPLE-1..5: five principles in the juknis' order, with their rule IDs")
  void fivePrinciplesInOrder() {
    assertEquals(5, PartnershipPrinciple.values().length);
    assertEquals("PRINCIPLE-1", PartnershipPrinciple.SHARED_VISION.ruleId().value());
    assertEquals("PRINCIPLE-2", PartnershipPrinciple.AMPLIFICATION.ruleId().value());
    assertEquals("PRINCIPLE-3", PartnershipPrinciple.SYNERGY.ruleId().value());
    assertEquals("PRINCIPLE-4", PartnershipPrinciple.EQUALITY_AND_TRANSPARENCY.ruleId().value());
    assertEquals("PRINCIPLE-5", PartnershipPrinciple.MEASURABLE.ruleId().value());
    for (PartnershipPrinciple p : PartnershipPrinciple.values()) {
      assertEquals("PRINCIPLE-" + p.number(), p.ruleId().value());
      assertEquals(p, PartnershipPrinciple.ofRuleId(p.ruleId().value()));
    }
  }

  @Test
  @DisplayName("PRINCIPLE-1 Kesamaan visi / PRINCIPLE-4 Kesetaraan dan transparansi: Indonesian and English labels")
  void labelsInBothLanguages() {
    assertEquals("Kesamaan visi", PartnershipPrinciple.SHARED_VISION.label(Lang.ID));
    assertEquals("Shared vision", PartnershipPrinciple.SHARED_VISION.label(Lang.EN));
    assertEquals("Kesetaraan dan transparansi", PartnershipPrinciple.EQUALITY_AND_TRANSPARENCY.label(Lang.ID));
    assertEquals("Amplifikasi", PartnershipPrinciple.AMPLIFICATION.label(Lang.ID));
    assertEquals("Sinergitas", PartnershipPrinciple.SYNERGY.label(Lang.ID));
    assertEquals("Terukur", PartnershipPrinciple.MEASURABLE.label(Lang.ID));
    assertEquals("Measurable", PartnershipPrinciple.MEASURABLE.label(Lang.EN));
  }

  @Test
  @DisplayName("PRINCIPLE-2, PRINCIPLE-5: definitions quote the juknis and cite II.A")
  void definitionsQuoteTheJuknis() {
    assertTrue(PartnershipPrinciple.AMPLIFICATION.definition(Lang.ID).contains("efek domino (multiplier effect)"));
    assertTrue(PartnershipPrinciple.MEASURABLE.citation().quote().contains("kuantitatif maupun kualitatif"));
    assertTrue(PartnershipPrinciple.MEASURABLE.citation().section().startsWith("II.A"));
    assertTrue(!PartnershipPrinciple.SYNERGY.citation().proposed());
    assertTrue(PartnershipPrinciple.SYNERGY.definition(Lang.EN).contains("complementary"));
  }

  @Test
  @DisplayName("PRINCIPLE-*: an unknown ID is refused with a message naming it")
  void unknownIdRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PartnershipPrinciple.ofRuleId("PRINCIPLE-6"));
    assertTrue(e.getMessage().contains("PRINCIPLE-6"));
  }
}
