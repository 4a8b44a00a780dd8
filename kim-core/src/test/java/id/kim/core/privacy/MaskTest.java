package id.kim.core.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Masking rules for personal data (GAP-49): enough to tell values apart, never enough to reach the person. */
class MaskTest {

  @Test
  @DisplayName("names keep each word's initial")
  void names() {
    assertEquals("S*** A***", Mask.name("Siti Aminah"));
    assertEquals("I*** M*** S***", Mask.name("  I Made   Sudarsana "));
    assertEquals("***", Mask.name("   "));
  }

  @Test
  @DisplayName("phones keep the first four and last two digits; short ones are fully hidden")
  void phones() {
    assertEquals("0812******00", Mask.phone("0812-0000-0000"));
    assertEquals("+628********00", Mask.phone("+62 812 0000 0000"));
    assertEquals("***", Mask.phone("12345"));
  }

  @Test
  @DisplayName("e-mails keep the first letter and the domain")
  void emails() {
    assertEquals("s***@desa.id", Mask.email("siti@desa.id"));
    assertEquals("***", Mask.email("no-at-sign"));
    assertEquals("***", Mask.email("@desa.id"));
  }

  @Test
  @DisplayName("streets keep only a leading street word")
  void streets() {
    assertEquals("Jl. ***", Mask.street("Jl. Melati No. 5"));
    assertEquals("Gg. ***", Mask.street("Gg. Mawar"));
    assertEquals("***", Mask.street("Perumahan Griya Asri"));
    assertEquals("***(12)", Mask.text("Siti, RT 003"));
  }

  @Test
  @DisplayName("law: a masked name never contains a word of three or more letters of the name")
  void maskedNameHidesWords() {
    qt().forAll(strings().basicLatinAlphabet().ofLengthBetween(3, 12),
        strings().basicLatinAlphabet().ofLengthBetween(3, 12))
        .assuming((a, b) -> !a.isBlank() && !b.isBlank() && !a.contains(" ") && !b.contains(" ") && !a.contains("*")
            && !b.contains("*"))
        .checkAssert((a, b) -> {
          String masked = Mask.name(a + " " + b);
          assertFalse(masked.contains(a) || masked.contains(b), masked);
        });
  }
}
