package id.kim.testkit.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.community.KimProfile;
import id.kim.core.i18n.Bundles;
import id.kim.core.i18n.Lang;
import id.kim.core.validation.FieldViolation;
import id.kim.core.validation.KimValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Languages and message bundles: Indonesian by default whatever the JVM's locale (surefire runs
 * with {@code -Duser.language=en}), English on request; every message key a kim-core constraint
 * uses exists in both bundles.
 */
class MessagesTest {
  private static final String VALIDATION = "id.kim.core.validation.Messages";
  private static final String GREETINGS = "id.kim.testkit.proof.Greetings";

  @Test
  @DisplayName("Lang.ID reads the Indonesian base file even when the JVM's default locale is English")
  void indonesianIsTheDefaultEvenOnAnEnglishJvm() {
    Locale before = Locale.getDefault();
    try {
      for (Locale jvm : new Locale[] {Locale.ENGLISH, Locale.US, Locale.GERMANY, Locale.forLanguageTag("id-ID")}) {
        Locale.setDefault(jvm);
        assertEquals("tidak boleh kosong", Bundles.format(VALIDATION, "kim.text.blank", Lang.ID), jvm::toString);
        assertEquals("must not be blank", Bundles.format(VALIDATION, "kim.text.blank", Lang.EN), jvm::toString);
        assertEquals("Selamat datang, Siti", Bundles.format(GREETINGS, "greeting", Lang.ID, "Siti"));
        assertEquals("Welcome, Siti", Bundles.format(GREETINGS, "greeting", Lang.EN, "Siti"));
      }
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  @DisplayName("an English text missing from _en falls back to the base file; a key missing everywhere shows as [key]")
  void missingTranslations() {
    assertEquals("hanya di berkas dasar", Bundles.format(GREETINGS, "onlyHere", Lang.EN));
    assertEquals("[no.such.key]", Bundles.format(GREETINGS, "no.such.key", Lang.ID));
    assertEquals("[kim.text.blank]", Bundles.format("id.kim.no.such.Bundle", "kim.text.blank", Lang.EN));
  }

  @Test
  @DisplayName("a finding renders in both languages, its attributes filled in")
  void findingRendersInBothLanguages() {
    FieldViolation v = KimValidator.standard().validate(KimProfile.builder().name("K".repeat(151)).build()).getError()
        .single();
    assertEquals("terlalu panjang: paling banyak 150 karakter", v.message());
    assertEquals("terlalu panjang: paling banyak 150 karakter", v.message(Lang.ID));
    assertEquals("too long: at most 150 characters", v.message(Lang.EN));
    assertTrue(v.describe(Lang.ID).startsWith("name: terlalu panjang: paling banyak 150 karakter (nilai: KKK"),
        v.describe(Lang.ID));
    assertTrue(v.describe(Lang.ID).endsWith("...; PROFILE-a)"), v.describe(Lang.ID));
    assertTrue(v.describe(Lang.EN).contains("(value: KKK"), v.describe(Lang.EN));
  }

  @Test
  @DisplayName("Lang.parse reads id/en in any case and rejects anything else, null included")
  void langParse() {
    assertEquals(Lang.ID, Lang.parse("id"));
    assertEquals(Lang.ID, Lang.parse(" ID "));
    assertEquals(Lang.EN, Lang.parse("En"));
    for (String bad : new String[] {"in", "ind", "english", "", null}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Lang.parse(bad));
      assertTrue(e.getMessage().contains("use 'id' (Bahasa Indonesia) or 'en' (English)"));
    }
    assertEquals(Locale.forLanguageTag("id"), Lang.ID.locale());
    assertEquals(Locale.ENGLISH, Lang.EN.locale());
  }

  @Test
  @DisplayName(
      "every message key kim-core's constraints use exists in both bundles, and the bundles have the same keys")
  void everyConstraintKeyIsInBothBundles() {
    Set<String> used = keysUsedByKimCore();
    Properties id = load("/id/kim/core/validation/Messages.properties");
    Properties en = load("/id/kim/core/validation/Messages_en.properties");
    assertTrue(used.size() >= 18, () -> "found only " + used);
    assertEquals(new TreeSet<>(id.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()),
        "same keys in id and en");
    Set<String> missing = new TreeSet<>(used);
    missing.removeAll(id.stringPropertyNames());
    assertEquals(Set.of(), missing, "keys used by constraints but missing from the bundles");
    Set<String> unused = new TreeSet<>(id.stringPropertyNames());
    unused.removeAll(keysIn(KimCoreClasses.allClassFiles()));
    assertEquals(Set.of(), unused, "keys in the bundles that no constraint uses");
    for (String key : id.stringPropertyNames()) {
      assertFalse(id.getProperty(key).isBlank() || en.getProperty(key).isBlank(), key);
      assertFalse(id.getProperty(key).equals(en.getProperty(key)), () -> key + " is not translated");
    }
  }

  /**
   * @return every {@code {kim.…}} message template found in kim-core's class files — annotation
   *     attributes ({@code message = "{kim.text.blank}"}) and templates built by custom validators
   *     alike — so that no key is missed
   */
  static Set<String> keysUsedByKimCore() {
    return keysIn(KimCoreClasses.classFiles());
  }

  private static Set<String> keysIn(List<byte[]> classFiles) {
    Pattern template = Pattern.compile("\\{(kim\\.[A-Za-z0-9.]+)}");
    Set<String> keys = new TreeSet<>();
    for (byte[] classFile : classFiles) {
      Matcher m = template.matcher(new String(classFile, StandardCharsets.ISO_8859_1));
      while (m.find()) {
        keys.add(m.group(1));
      }
    }
    return keys;
  }

  private static Properties load(String resource) {
    Properties p = new Properties();
    try (InputStream in = KimProfile.class.getResourceAsStream(resource)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }
}
