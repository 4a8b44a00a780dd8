package id.kim.rules.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.i18n.Lang;
import id.kim.rules.explain.Message;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A finding's message key and its remedy: the remedy lives under key + ".remedy" in the same bundle. */
@DisplayName("FindingKey: message and remedy keys of an eligibility finding")
class FindingKeyTest {
  private static final String KEY = "PARTNER-LEGAL-1.expired";

  @Test
  @DisplayName("a failing key's remedy is key.remedy, with or without arguments, and renders in both languages")
  void remedyKey() {
    FindingKey k = Keys.failing(KEY);
    Message plain = k.remedy().get();
    assertEquals(KEY + ".remedy", plain.key());
    assertEquals(Keys.BUNDLE, plain.bundle());
    Message withArgs = k.remedy("2026-07-01").get();
    assertEquals(KEY + ".remedy", withArgs.key());
    assertEquals(List.of("2026-07-01"), withArgs.args().toJavaList());
    assertTrue(!plain.render(Lang.ID).isBlank() && !plain.render(Lang.EN).isBlank());
  }

  @Test
  @DisplayName("a key without remedy gives none, whatever the arguments; the key prints as itself")
  void withoutRemedy() {
    FindingKey k = Keys.plain(KEY);
    assertTrue(k.remedy().isEmpty());
    assertTrue(k.remedy("x").isEmpty());
    assertEquals(KEY, k.toString());
  }
}
