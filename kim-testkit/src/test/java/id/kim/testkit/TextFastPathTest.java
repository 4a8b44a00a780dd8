package id.kim.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import id.kim.core.community.KimType;
import id.kim.core.contact.PersonName;
import id.kim.core.region.RegencyCity;
import id.kim.core.region.RegencyCityKind;
import id.kim.core.region.Province;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The generators build their texts without regular expressions or {@code String.format} (compiled
 * or parsed on every call); each fast path gives exactly what the former expression gave, so the
 * same seeds still give the same data.
 */
class TextFastPathTest {

  @Test
  @DisplayName("slug: lower-case letters and digits only, as replaceAll(\"[^a-z0-9]\", \"\") after toLowerCase(ROOT)")
  void slugAsTheRegex() {
    qt().forAll(strings().allPossible().ofLengthBetween(0, 40)).checkAssert(text ->
        assertEquals(text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", ""), Vocabulary.slug(text), text));
    qt().forAll(strings().basicLatinAlphabet().ofLengthBetween(0, 40)).checkAssert(text ->
        assertEquals(text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", ""), Vocabulary.slug(text), text));
    assertEquals("kimmajubersama", Vocabulary.slug("KIM Maju Bersama"));
  }

  @Test
  @DisplayName("RT/RW numbers (PROFILE-e): padded to three digits as %03d, else as written")
  void rtRwAsFormat() {
    qt().forAll(integers().between(0, 5_000)).checkAssert(n -> {
      assertEquals(String.format(Locale.ROOT, "%03d", n), RegionSamplers.rtRwNumber(n, true));
      assertEquals(Integer.toString(n), RegionSamplers.rtRwNumber(n, false));
    });
  }

  @Test
  @DisplayName("short codes of community numbers (PROFILE-c): the first three ASCII letters, upper case")
  void shortCodeAsTheRegex() {
    qt().forAll(strings().allPossible().ofLengthBetween(1, 30)).assuming(s -> !s.isBlank()).checkAssert(name -> {
      RegionTable.Regency r = new RegionTable.Regency(RegencyCity.of(name.strip().isEmpty() ? "X" : name,
          RegencyCityKind.KABUPATEN, Province.of("Bali")), "5101", "0361");
      String letters = r.value().name().replaceAll("[^A-Za-z]", "").toUpperCase(Locale.ROOT);
      assertEquals(letters.substring(0, Math.min(3, letters.length())), r.shortCode(), name);
    });
    for (RegionTable.Regency r : RegionTable.REGENCIES) {
      String letters = r.value().name().replaceAll("[^A-Za-z]", "").toUpperCase(Locale.ROOT);
      assertEquals(letters.substring(0, Math.min(3, letters.length())), r.shortCode());
    }
  }

  @Test
  @DisplayName("e-mail of a person (PROFILE-j): the slugs of the last two words of the name, as split(\" \") gave them")
  void emailOfLastTwoWords() {
    for (long seed = 0; seed < 2_000; seed++) {
      PersonName name = KimSamples.personName(new SplittableRandom(seed));
      String[] words = name.value().split(" ");
      String expected = Vocabulary.slug(words[words.length - 2]) + "." + Vocabulary.slug(words[words.length - 1]);
      String local = ContactSamplers.emailOf(name).from(new SplittableRandom(seed)).value().split("@")[0];
      assertEquals(expected, local.replaceAll("[0-9]+$", ""), name::value);
    }
  }

  @Test
  @DisplayName("powers of ten and enum constants are the values Math.pow and getEnumConstants give")
  void tables() {
    for (int e = 0; e <= 12; e++) {
      assertEquals((long) Math.pow(10, e), PowersOfTen.of(e));
    }
    assertArrayEquals(KimType.class.getEnumConstants(), EnumConstants.of(KimType.class));
  }
}
