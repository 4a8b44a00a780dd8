package id.kim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.metric.ReachMetric;
import id.kim.core.metric.ResponseMetric;
import id.kim.rules.mapping.grid.GridCategory;
import id.kim.rules.mapping.grid.InterestPolicy;
import id.kim.rules.mapping.grid.LevelBasis;
import id.kim.rules.mapping.grid.MixedCasePolicy;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The texts of the report exist in Indonesian and English, for every key the code and the templates use, and the
 * bundles hold no key twice and no key nothing uses.
 */
class TextsTest {
  private static Properties bundle(String resource) throws IOException {
    List<String> duplicates = new ArrayList<>();
    Properties p = new Properties() {
      @Override
      public synchronized Object put(Object key, Object value) {
        Object before = super.put(key, value);
        if (before != null) {
          duplicates.add(String.valueOf(key));
        }
        return before;
      }
    };
    try (var in = TextsTest.class.getResourceAsStream(resource)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    assertEquals(List.of(), duplicates, resource + ": keys written twice (the last one wins)");
    return p;
  }

  @Test
  @DisplayName("both languages have the same keys, every key the code names or composes exists, and no other")
  void everyKeyInBothLanguages() throws IOException {
    Properties id = bundle("/id/kim/report/Messages.properties");
    Properties en = bundle("/id/kim/report/Messages_en.properties");
    assertEquals(id.keySet(), en.keySet());
    List<String> used = new ArrayList<>();
    Pattern literal = Pattern.compile("\"((?:report|input|merge|national)\\.[A-Za-z0-9.]*[A-Za-z0-9])\"");
    List<Path> files = new ArrayList<>();
    for (String dir : List.of("src/main/java", "src/main/jte")) {
      try (Stream<Path> sources = Files.walk(Path.of(dir))) {
        sources.filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".jte")).forEach(files::add);
      }
    }
    assertTrue(files.stream().anyMatch(f -> f.toString().endsWith(".jte")), "the templates are read too");
    for (Path source : files) {
      Matcher m = literal.matcher(Files.readString(source));
      while (m.find()) {
        used.add(m.group(1));
      }
    }
    for (LevelBasis b : LevelBasis.values()) {
      used.add("report.basis." + b.name());
    }
    for (GridCategory c : GridCategory.values()) {
      used.add("report.grid.cell." + c.name());
    }
    for (InterestPolicy p : InterestPolicy.values()) {
      used.add("report.policy.interest." + p.name());
    }
    for (MixedCasePolicy p : MixedCasePolicy.values()) {
      used.add("report.policy.mixed." + p.name());
      used.add("report.policy.name." + p.name());
    }
    for (Enum<?> m : List.of(ReachMetric.values())) {
      used.add("report.metric." + m.name());
    }
    for (Enum<?> m : List.of(ResponseMetric.values())) {
      used.add("report.metric." + m.name());
    }
    for (String chart : List.of("output.kim", "outtakes.kim", "outcome.kim", "output.month", "outtakes.month")) {
      for (String part : List.of("title", "unit", "caption")) {
        used.add("report.chart." + chart + "." + part);
      }
    }
    for (String key : used) {
      assertTrue(id.containsKey(key), key + " is used but has no text");
    }
    Set<Object> unused = new TreeSet<>(id.keySet());
    unused.removeAll(used);
    assertEquals(Set.of(), unused, "keys nothing in src/main uses");
  }
}
