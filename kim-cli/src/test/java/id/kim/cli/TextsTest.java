package id.kim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.i18n.Lang;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Every text key the command line uses exists in Indonesian and in English, and the two bundles agree. */
class TextsTest {
  private static final Pattern KEY = Pattern.compile("\"(cli\\.[A-Za-z.]+[A-Za-z])\"");

  private static Properties bundle(String name) throws IOException {
    try (InputStream in = Texts.class.getResourceAsStream(name)) {
      assertTrue(in != null, name);
      Properties p = new Properties();
      try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        p.load(r);
      }
      return p;
    }
  }

  private static Set<String> keysUsed() throws IOException {
    Set<String> used = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
        Matcher m = KEY.matcher(Files.readString(f, StandardCharsets.UTF_8));
        while (m.find()) {
          used.add(m.group(1));
        }
      }
    }
    return used;
  }

  @Test
  @DisplayName("every cli.* key in the sources of kim-cli is in Messages.properties and Messages_en.properties")
  void everyKeyUsedExistsInBothLanguages() throws IOException {
    Set<String> used = keysUsed();
    assertTrue(used.size() > 20, () -> "the scan found too few keys: " + used);
    Properties id = bundle("Messages.properties");
    Properties en = bundle("Messages_en.properties");
    for (String key : used) {
      assertTrue(id.containsKey(key), () -> key + " is missing in Indonesian");
      assertTrue(en.containsKey(key), () -> key + " is missing in English");
    }
  }

  @Test
  @DisplayName("both bundles hold the same keys, none of them empty, none unused")
  void bundlesAgree() throws IOException {
    Properties id = bundle("Messages.properties");
    Properties en = bundle("Messages_en.properties");
    assertEquals(new TreeSet<>(id.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()));
    Set<String> used = keysUsed();
    for (String key : id.stringPropertyNames()) {
      assertFalse(id.getProperty(key).isBlank(), key);
      assertFalse(en.getProperty(key).isBlank(), key);
      assertTrue(used.contains(key), () -> key + " is in the bundle but no source uses it");
    }
  }

  @Test
  void aTextIsFormattedInTheLanguageAsked() {
    assertEquals("cannot write x.json", Texts.get(Lang.EN, "cli.cannotWrite", "x.json"));
    assertEquals("tidak dapat menulis x.json", Texts.get(Lang.ID, "cli.cannotWrite", "x.json"));
  }
}
