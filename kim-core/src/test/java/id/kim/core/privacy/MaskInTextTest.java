package id.kim.core.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Masking inside a text about to be shown (GAP-49, GAP-12): the personal data that has a shape — a
 * population-NIK-shaped number, a mobile number, an e-mail address — is masked wherever it sits; the
 * facts decisions print (dates, periods, counts, rule IDs, community numbers, links) pass unchanged.
 */
class MaskInTextTest {

  @Test
  @DisplayName("a population-NIK-shaped number, a mobile number and an e-mail are masked inside a text")
  void shapedDataIsMasked() {
    assertEquals("KIM Gumbrih (****************)", Mask.inText("KIM Gumbrih (5101012345678901)"));
    assertEquals("nik=****************, x", Mask.inText("nik=5101.0123.4567.8901, x"));
    assertEquals("hubungi 0812******00 atau s***@desa.id", Mask.inText("hubungi 0812-0000-0000 atau siti@desa.id"));
    assertEquals("+628********00", Mask.inText("+6281200000000"));
  }

  @Test
  @DisplayName("dates, periods, counts, rule IDs, community numbers and links pass unchanged")
  void factsPassUnchanged() {
    for (String text : new String[] {"2026-06-30", "2026-01-01/2026-12-31", "2147483648", "4294967296",
        "PARTNER-LEGAL-2", "KIM/5101/0007", "https://www.tiktok.com/@kim.gumbrih", "@kim.gumbrih",
        "1000000000000000000", "(0361) 000000", ""}) {
      assertEquals(text, Mask.inText(text), text);
    }
  }

  @Test
  @DisplayName("a community number in population-NIK shape prints as sixteen stars, any other as issued")
  void communityNumbers() {
    assertEquals("****************", Mask.communityNumber("5101 0123 4567 8901"));
    assertEquals("KIM/5101/0007", Mask.communityNumber("KIM/5101/0007"));
    assertEquals("510101234567890", Mask.communityNumber("510101234567890"));
  }

  @Test
  @DisplayName("property: any 16-digit number and any mobile number vanish from a text, and masking is idempotent")
  void property() {
    qt().forAll(longs().between(1_000_000_000_000_000L, 9_999_999_999_999_999L), integers().between(0, 999_999_999))
        .checkAssert((nik, subscriber) -> {
          String phone = "0812" + String.format("%09d", subscriber).substring(0, 8);
          String text = "KIM A (" + nik + ") wa " + phone + " sejak 2026-01-15";
          String shown = Mask.inText(text);
          assertFalse(shown.contains(Long.toString(nik)), shown);
          assertFalse(shown.contains(phone), shown);
          assertEquals(shown, Mask.inText(shown), "idempotent");
        });
  }
}
