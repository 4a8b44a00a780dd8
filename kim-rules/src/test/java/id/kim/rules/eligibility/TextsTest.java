package id.kim.rules.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.lists;

import id.kim.core.region.District;
import id.kim.core.region.RegencyCity;
import id.kim.core.region.RegencyCityKind;
import id.kim.core.region.Village;
import id.kim.core.region.VillageKind;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Names and villages compared as a Dinas officer compares them: case and spacing ignored, letters
 * outside ASCII too (PARTNER-ADMIN-1..4 signatories, PARTNER-LEGAL-1 issuing village, GAP-22).
 */
@DisplayName("Texts: names and villages compared ignoring case and spacing (PARTNER-ADMIN, PARTNER-LEGAL-1, GAP-22)")
class TextsTest {

  /** Short texts of few letters, so that two of them often normalise alike. */
  private static Gen<String> texts() {
    Gen<String> piece = arbitrary().pick(List.of("a", "A", "b", "B", " ", "  ", "\t", "é", "É", "z", "Z"));
    return lists().of(piece).ofSizeBetween(0, 5).map(l -> String.join("", l));
  }

  @Test
  @DisplayName("law: sameText(a, b) is exactly normalise(a).equals(normalise(b)), ASCII or not")
  void sameTextIsEqualityOfNormalForms() {
    qt().withExamples(3000).forAll(texts(), texts())
        .check((a, b) -> Texts.sameText(a, b) == Texts.normalise(a).equals(Texts.normalise(b)));
  }

  @Test
  @DisplayName("law: normalise upper-cases, collapses inner whitespace to one space and trims")
  void normaliseForm() {
    qt().withExamples(1000).forAll(texts()).check(t -> {
      String n = Texts.normalise(t);
      return n.equals(n.trim()) && !n.contains("  ") && !n.contains("\t")
          && n.equals(n.toUpperCase(Locale.ROOT))
          && n.replace(" ", "").equals(t.replaceAll("\\s", "").toUpperCase(Locale.ROOT));
    });
  }

  @Test
  @DisplayName("examples: a signatory's name as written on the letter and in the board list")
  void names() {
    assertTrue(Texts.sameText("Siti  Aminah ", "siti aminah"));
    assertTrue(Texts.sameText("\tI Made Wirawan", "I MADE WIRAWAN"));
    assertTrue(Texts.sameText("Ni Luh Désak", "NI LUH DÉSAK"));
    assertFalse(Texts.sameText("Siti Aminah", "Siti Aminah Putri"));
    assertFalse(Texts.sameText("Siti Aminah Putri", "Siti Aminah"));
    assertFalse(Texts.sameText("SitiAminah", "Siti Aminah"));
    assertFalse(Texts.sameText("Siti Aminah", "Siti Amina"));
    assertFalse(Texts.sameText("Désak", "Desak"));
    // the root locale upper-cases the dotless ı to I: one non-ASCII side must take the general path
    assertTrue(Texts.sameText("Fıtri", "FITRI"));
    assertTrue(Texts.sameText("fitri", "FıTRI"));
    assertEquals("NI LUH DÉSAK", Texts.normalise("  ni   luh\tdésak "));
  }

  @Test
  @DisplayName("GAP-22: villages match on kind, name and district, and on the regency/city only where both record it")
  void villages() {
    Village negara = Village.of("Baler Bale Agung", VillageKind.KELURAHAN, District.of("Negara", Kims.JEMBRANA));
    Village noArea = Village.of("baler  bale agung", VillageKind.KELURAHAN, District.of("NEGARA"));
    RegencyCity buleleng = RegencyCity.of("Buleleng", RegencyCityKind.KABUPATEN, Kims.BALI);
    Village elsewhere = Village.of("Baler Bale Agung", VillageKind.KELURAHAN, District.of("Negara", buleleng));
    assertTrue(Texts.sameVillage(negara, noArea));
    assertTrue(Texts.sameVillage(noArea, negara));
    assertTrue(Texts.sameVillage(negara, negara));
    assertFalse(Texts.sameVillage(negara, elsewhere));
    assertFalse(Texts.sameVillage(negara, Village.of("Baler Bale Agung", VillageKind.DESA, District.of("Negara"))));
    assertFalse(Texts.sameVillage(negara,
        Village.of("Baler Bale Agung", VillageKind.KELURAHAN, District.of("Mendoyo"))));
  }

  @Test
  @DisplayName("an absent value is shown as a dash, a present one as its text")
  void orDash() {
    assertEquals("-", Texts.orDash(Optional.empty()));
    assertEquals("12", Texts.orDash(Optional.of(12)));
  }
}
