package id.kim.rules.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.i18n.Lang;
import id.kim.rules.mapping.report.MappingReport;
import id.kim.rules.mapping.report.ReportOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Keeps docs/mapping.md honest: the report printed in the worked example is exactly what the SDK
 * renders for {@link WorkedExample}, in Indonesian and in English. When the rendering changes on
 * purpose, regenerate the blocks with
 * {@code mvn -q -pl kim-rules -am verify -Dtest=MappingDocExampleTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dkim.docs.update=true}
 * and review the diff of docs/mapping.md.
 */
@DisplayName(
    "docs/mapping.md — the worked example (Tabel 3.2 health-protocol issue, Tabel 3.3 rows) is generated output")
class MappingDocExampleTest {
  private static final Path DOC = Path.of("..", "docs", "mapping.md");

  private static String check(String name, String generated) throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    if (Boolean.getBoolean("kim.docs.update")) {
      String begin = "<!-- example:" + name + " -->\n```text\n";
      doc = doc.substring(0, doc.indexOf(begin) + begin.length()) + generated
          + doc.substring(doc.indexOf("```\n<!-- /example:" + name + " -->"));
      Files.writeString(DOC, doc, StandardCharsets.UTF_8);
    }
    return block(doc, name);
  }

  private static String block(String doc, String name) {
    String begin = "<!-- example:" + name + " -->\n```text\n";
    String end = "```\n<!-- /example:" + name + " -->";
    int from = doc.indexOf(begin);
    int to = doc.indexOf(end);
    assertTrue(from >= 0 && to > from, "docs/mapping.md has no block " + name);
    return doc.substring(from + begin.length(), to);
  }

  private static MappingReport report() {
    return Mapping.run(WorkedExample.input(), MappingPolicy.standard(), WorkedExample.asOf()).get();
  }

  @Test
  @DisplayName("REPORT-1: the Indonesian report in the document is the generated one")
  void indonesianReport() throws IOException {
    String generated = report().toText(Lang.ID);
    assertEquals(check("report-id", generated), generated, "generated:\n" + generated);
  }

  @Test
  @DisplayName("REPORT-1: the English report in the document is the generated one")
  void englishReport() throws IOException {
    String generated = report().toText(Lang.EN);
    assertEquals(check("report-en", generated), generated, "generated:\n" + generated);
  }

  @Test
  @DisplayName("The example covers the juknis: every row of Tabel 3.3 and the Tabel 3.2 issue with KIM Indonesia Bisa")
  void exampleCoversTheJuknis() {
    MappingReport r =
        Mapping.run(
                WorkedExample.input(),
                MappingPolicy.standard().withReport(ReportOptions.allKim()),
                WorkedExample.asOf())
            .get();
    assertEquals(Set.of(1, 2, 3, 4), r.rows().map(row -> row.category().row()).toJavaSet());
    assertTrue(r.rows().exists(row -> !row.juknisExactMatch()));
    assertEquals("Indonesia Bisa", r.issues().rows().head().links().find(l -> l.isRecorded()).get().kim().name());
  }
}
