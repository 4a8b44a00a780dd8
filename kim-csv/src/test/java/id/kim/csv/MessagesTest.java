package id.kim.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The import's texts exist in Indonesian and English, for every key the code names, and no key is left unused. */
class MessagesTest {
  private static final Pattern KEY = Pattern.compile("\"(csv\\.[A-Za-z0-9.]*[A-Za-z0-9])\"");
  private static final Pattern ARGUMENT = Pattern.compile("\\{\\d");
  private static final Pattern BARE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

  private static Properties bundle(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = MessagesTest.class.getResourceAsStream("/id/kim/csv/" + name)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  private static Set<String> keysInCode() throws IOException {
    Set<String> used = new TreeSet<>();
    List<Path> sources;
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      sources = files.filter(f -> f.toString().endsWith(".java")).toList();
    }
    for (Path source : sources) {
      Matcher m = KEY.matcher(Files.readString(source));
      while (m.find()) {
        used.add(m.group(1));
      }
    }
    return used;
  }

  @Test
  @DisplayName("both languages have the same keys, exactly the keys the code names")
  void everyKeyInBothLanguagesAndNoneUnused() throws IOException {
    Set<String> id = new TreeSet<>(bundle("Messages.properties").stringPropertyNames());
    Set<String> en = new TreeSet<>(bundle("Messages_en.properties").stringPropertyNames());
    Set<String> used = keysInCode();
    assertTrue(used.contains("csv.quote.unterminated"), "the sources are read: " + used);
    assertEquals(id, en);
    assertEquals(used, id);
  }

  @Test
  @DisplayName("no text is blank, and a pattern with arguments has no bare apostrophe (MessageFormat would drop it)")
  void patternsAreWellFormed() throws IOException {
    for (String name : List.of("Messages.properties", "Messages_en.properties")) {
      Properties p = bundle(name);
      for (String key : p.stringPropertyNames()) {
        String pattern = p.getProperty(key);
        assertFalse(pattern.isBlank(), name + ": " + key);
        if (ARGUMENT.matcher(pattern).find()) {
          assertFalse(BARE_APOSTROPHE.matcher(pattern).find(), name + ": " + key + " has a bare apostrophe");
        }
      }
    }
  }
}
