package id.kim.rules.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Every message of the evaluation, capacity, award and checklist families exists in Indonesian and English. */
class BundleCompletenessTest {

  static Properties load(String path) throws IOException {
    Properties p = new Properties();
    try (InputStream in = BundleCompletenessTest.class.getResourceAsStream(path)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  @DisplayName("MONITOR-*, MEASURE-*, CAP-*, SOLUTION-*, COMP-*, AWARD-* messages: same keys in id and en, none empty")
  void sameKeysInBothLanguages() throws IOException {
    for (String family : List.of("evaluation", "capacity", "award", "checklist")) {
      Properties id = load("/id/kim/rules/" + family + "/Messages.properties");
      Properties en = load("/id/kim/rules/" + family + "/Messages_en.properties");
      assertEquals(new TreeSet<>(id.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()), family);
      id.forEach((k, v) -> assertFalse(v.toString().isBlank(), family + " " + k));
      en.forEach((k, v) -> assertFalse(v.toString().isBlank(), family + " " + k));
    }
  }
}
