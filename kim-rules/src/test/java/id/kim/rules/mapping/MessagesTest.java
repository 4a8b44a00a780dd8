package id.kim.rules.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Messages of the mapping family — the same stable keys in Indonesian and English")
class MessagesTest {
  private static final Pattern ARGUMENT = Pattern.compile("\\{\\d}");

  private static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = MessagesTest.class.getResourceAsStream("/id/kim/rules/mapping/" + name)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  @DisplayName("Both bundles have exactly the same keys; patterns with arguments hold no bare apostrophe")
  void sameKeys() throws IOException {
    Properties id = load("Messages.properties");
    Properties en = load("Messages_en.properties");
    assertEquals(new TreeSet<>(id.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()));
    for (Properties p : new Properties[] {id, en}) {
      for (String key : p.stringPropertyNames()) {
        String pattern = p.getProperty(key);
        assertFalse(pattern.isBlank(), key);
        if (ARGUMENT.matcher(pattern).find()) {
          assertFalse(pattern.contains("'"), key + ": MessageFormat would drop a bare apostrophe");
        }
      }
    }
  }
}
