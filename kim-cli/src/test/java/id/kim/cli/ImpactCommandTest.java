package id.kim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.i18n.Lang;
import id.kim.json.KimJson;
import id.kim.rules.impact.Variant;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code kim impact} on the bundled sample with each shipped variant (kim-examples variants/). */
class ImpactCommandTest {
  private static final Path VARIANTS = Path.of("..", "kim-examples", "src", "main", "resources", "id", "kim",
      "examples", "variants");

  @TempDir
  Path tmp;

  private static String variant(String name) {
    return VARIANTS.resolve(name + ".json").toString();
  }

  @ParameterizedTest
  @CsvSource({"asn-anggota, 1, LAYAK → TIDAK LAYAK, PARTNER-ADMIN-1", "afiliasi-anggota, 0, LAYAK → LAYAK, ''",
      "gerbang-kualifikasi-longgar, 0, LAYAK → LAYAK, ''",
      "tanda-tangan-semua-pengurus, 31, LAYAK → TIDAK LAYAK, PARTNER-ADMIN-DECL"})
  @DisplayName("each shipped variant on the sample: the transition table, the counts and the rule that flips, in text")
  void textOnTheSample(String name, int changed, String transition, String rule) {
    Cli r = Cli.run("impact", "--variant", variant(name), "--format", "text");
    assertEquals(0, r.exit, r::toString);
    assertTrue(r.out.startsWith("Dampak varian " + name + " terhadap 40 KIM (Kelayakan bermitra"), r.out);
    assertTrue(r.out.contains("variant=" + name + "\n"), r.out);
    assertTrue(r.out.contains(changed + " KIM berubah putusan; 0 dengan data tidak valid"), r.out);
    assertTrue(r.out.contains("  " + transition), r.out);
    assertTrue(r.out.contains("Kabupaten Jembrana, Bali: "), r.out);
    if (!rule.isEmpty()) {
      assertTrue(r.out.contains("karena " + rule + " ×"), r.out);
    }
    assertTrue(r.err.isEmpty(), r.err);
  }

  @Test
  @DisplayName("JSON: the tallies sum to the population, the variant's version names it, the changed KIM its rule")
  void jsonOnTheSample() throws IOException {
    Cli r = Cli.run("--lang", "en", "impact", "--variant", variant("asn-anggota"));
    assertEquals(0, r.exit, r::toString);
    @SuppressWarnings("unchecked")
    Map<String, Object> impact = (Map<String, Object>) KimJson.mapper().readValue(r.out, Map.class).get("impact");
    assertEquals(40, impact.get("population"));
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> transitions = (List<Map<String, Object>>) impact.get("transitions");
    assertEquals(40, transitions.stream().mapToInt(t -> (Integer) t.get("count")).sum());
    assertEquals("2022.08.30+asn=BOARD_AND_MEMBERS,variant=asn-anggota",
        ((Map<?, ?>) impact.get("variant")).get("version"));
    List<?> changed = (List<?>) impact.get("changedKim");
    assertEquals(1, changed.size());
    assertEquals(List.of("PARTNER-ADMIN-1"), ((Map<?, ?>) changed.get(0)).get("responsibleRules"));
    assertEquals("ELIGIBLE → NOT ELIGIBLE", ((Map<?, ?>) changed.get(0)).get("label"));
  }

  @Test
  @DisplayName("--report writes the HTML page with the impact section; the answer still goes to standard output")
  void report() throws IOException {
    Path page = tmp.resolve("impact.html");
    Cli r = Cli.run("--lang", "en", "impact", "--variant", variant("tanda-tangan-semua-pengurus"), "--report",
        page.toString(), "--format", "text");
    assertEquals(0, r.exit, r::toString);
    String html = Files.readString(page, StandardCharsets.UTF_8);
    assertTrue(html.contains("<section id=\"impact\""), html);
    assertTrue(html.contains("data-transition=\"ELIGIBLE->NOT_ELIGIBLE\""), html);
    assertTrue(html.contains("data-province=\"Bali\" data-value=\"31\""), html);
    assertTrue(r.out.startsWith("Impact of the variant"), r.out);
    assertTrue(r.err.startsWith("Report written to"), r.err);
  }

  @Test
  @DisplayName("an unknown policy, value or rule in the variant: exit 2, one line naming the file and the JSONPath")
  void badVariant() throws IOException {
    String base = "\"base\": {\"name\": \"juknis-2022\", \"version\": \"2022.08.30\"}";
    for (String[] c : List.of(new String[] {"\"eligibility\": {\"asnScop\": \"BOARD_ONLY\"}", "$.eligibility.asnScop"},
        new String[] {"\"eligibility\": {\"asnScope\": \"EVERYONE\"}", "$.eligibility.asnScope"},
        new String[] {"\"removedRules\": [\"QUAL-99\"]", "$.removedRules[0]"})) {
      Path file = tmp.resolve("v.json");
      Files.writeString(file, "{\"name\": \"x\", " + base + ", " + c[0] + "}");
      Cli r = Cli.run("impact", "--variant", file.toString());
      assertEquals(2, r.exit, r::toString);
      assertTrue(r.oneErrorLine().startsWith("impact: " + file + ": " + c[1] + ": "), r.err);
    }
  }

  @Test
  @DisplayName("a variant compared with itself (--base) changes nothing")
  void baseEqualsVariant() {
    Cli r = Cli.run("impact", "--variant", variant("asn-anggota"), "--base", variant("asn-anggota"), "--format",
        "text");
    assertEquals(0, r.exit, r::toString);
    assertTrue(r.out.contains("0 KIM berubah putusan"), r.out);
    assertTrue(KimJson.read("{\"name\": \"x\", \"base\": {\"name\": \"juknis-2022\", \"version\": \"2022.08.30\"}}",
        Variant.class).isRight(), Lang.EN::name);
  }

  @Test
  @DisplayName("--question mapping_entry compares MAP-ENTRY-1..4: a variant removing MAP-ENTRY-1 only ever helps")
  void mappingEntry() throws IOException {
    Path file = tmp.resolve("tanpa-map-entry-1.json");
    Files.writeString(file, "{\"name\": \"tanpa-map-entry-1\", \"base\": {\"name\": \"juknis-2022\", "
        + "\"version\": \"2022.08.30\"}, \"removedRules\": [\"MAP-ENTRY-1\"]}");
    Cli r = Cli.run("impact", "--variant", file.toString(), "--question", "mapping_entry", "--format", "text");
    assertEquals(0, r.exit, r::toString);
    assertTrue(r.out.contains("(Kelayakan masuk pemetaan KIM, per 2026-01-15)"), r.out);
    assertTrue(r.out.contains("juknis-2022.mapping-entry v2022.08.30+without=MAP-ENTRY-1,variant=tanpa-map-entry-1"),
        r.out);
    assertTrue(!r.out.contains("\n  LAYAK → TIDAK LAYAK") && !r.out.contains("\n  LAYAK → BELUM LENGKAP"), r.out);
    assertTrue(r.out.contains("  BELUM LENGKAP → LAYAK                   1   karena MAP-ENTRY-1 ×1"), r.out);
  }
}
