package id.kim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kim.core.community.KimProfile;
import id.kim.core.community.KimRecord;
import id.kim.core.i18n.Lang;
import id.kim.core.region.RegionCode;
import id.kim.json.KimJson;
import id.kim.report.data.Dataset;
import id.kim.report.data.Inputs;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --regions bundled|none}: by default every command checks region codes against kim-regions' published
 * register (REGION-CODE-2, -4) — {@code kim import} row by row, {@code kim evaluate} record by record;
 * {@code --regions none} checks only a code's level and nesting (REGION-CODE-1, -3).
 */
class RegionsOptionTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SEAT = "No;Nama KIM;Kelurahan/Desa;Kode Kelurahan/Desa;Kecamatan;Kode Kecamatan\r\n";

  @TempDir
  static Path dir;

  @BeforeAll
  static void dinas() throws IOException {
    try (InputStream in = Inputs.sample().dinas().open()) {
      Files.copy(in, dir.resolve("dinas.json"));
    }
  }

  private static Cli importRow(String name, String row, String... more) throws IOException {
    Path csv = dir.resolve(name);
    Files.writeString(csv, SEAT + row + "\r\n", StandardCharsets.UTF_8);
    List<String> args = new ArrayList<>(List.of("import", "--profiles", csv.toString(), "--dinas",
        dir.resolve("dinas.json").toString(), "--lang", "en"));
    args.addAll(List.of(more));
    return Cli.run(args.toArray(new String[0]));
  }

  /** @return each problem of the only row, as "column ruleId" */
  private static List<String> problems(Cli r) throws IOException {
    assertEquals(ExitCode.OK, r.exit, r::toString);
    JsonNode row = JSON.readTree(r.out).path("rows").get(0);
    assertTrue(row.path("rejected").asBoolean(), row::toString);
    List<String> out = new ArrayList<>();
    row.path("problems").forEach(p -> out.add(p.path("column").asText() + " " + p.path("ruleId").asText()));
    return out;
  }

  @Test
  @DisplayName("kim import: Kecamatan Pekutatan coded 51.02.03 beside Desa Gumbrih is a row error, REGION-CODE-3")
  void aMisplacedKecamatanCodeIsARowError() throws IOException {
    Cli r = importRow("misplaced.csv", "1;KIM Gumbrih Sejahtera;Desa Gumbrih;51.01.03.2006;Pekutatan;51.02.03");
    assertEquals(List.of("Kode Kelurahan/Desa REGION-CODE-3", "Kode Kecamatan REGION-CODE-3"), problems(r));
  }

  @Test
  @DisplayName(
      "kim import: Kecamatan Negara beside Desa Gumbrih (51.01.03.2006) is REGION-CODE-4, unless --regions none")
  void aKecamatanWrongByNameNeedsTheRegister() throws IOException {
    String row = "1;KIM Gumbrih Sejahtera;Desa Gumbrih;51.01.03.2006;Negara;";
    Cli checked = importRow("named.csv", row);
    assertEquals(List.of("Kecamatan REGION-CODE-4"), problems(checked));
    assertTrue(checked.out.contains("Pekutatan"), "the message gives the official name: " + checked.out);
    Cli unchecked = importRow("named.csv", row, "--regions", "none");
    assertEquals(ExitCode.OK, unchecked.exit, unchecked::toString);
    assertFalse(JSON.readTree(unchecked.out).path("rows").get(0).path("rejected").asBoolean(), unchecked.out);
  }

  @Test
  @DisplayName("kim evaluate: a record seated in an unknown village code is answered with REGION-CODE-2 at its path")
  void anUnknownVillageCodeIsInvalidData() throws Exception {
    KimRecord r = Dataset.load(Inputs.sample(), Lang.EN).get().records().get(0);
    KimProfile p = r.profile();
    KimRecord moved = KimRecord.builder().from(r).profile(KimProfile.builder().from(p).seat(p.seat().orElseThrow()
        .withCode(RegionCode.parse(p.seat().orElseThrow().district().code().orElseThrow() + ".2999"))).build())
        .build();
    Path records = dir.resolve("records.json");
    Files.writeString(records, "[" + KimJson.write(moved) + "]", StandardCharsets.UTF_8);
    String[] args = {"evaluate", "--dinas", dir.resolve("dinas.json").toString(), "--records", records.toString(),
        "--as-of", "2026-01-15", "--question", "partnership", "--lang", "en"};
    Cli checked = Cli.run(args);
    assertEquals(ExitCode.OK, checked.exit, checked::toString);
    JsonNode violations = JSON.readTree(checked.out).path("results").get(0).path("partnership").path("violations");
    assertEquals(1, violations.size(), checked.out);
    assertEquals("record.profile.seat.code", violations.get(0).path("path").asText());
    assertEquals("REGION-CODE-2", violations.get(0).path("ruleId").asText());
    List<String> none = new ArrayList<>(List.of(args));
    none.addAll(List.of("--regions", "none"));
    Cli unchecked = Cli.run(none.toArray(new String[0]));
    assertEquals(ExitCode.OK, unchecked.exit, unchecked::toString);
    assertTrue(JSON.readTree(unchecked.out).path("results").get(0).path("partnership").has("verdict"), unchecked.out);
  }

  @Test
  @DisplayName("kim report: the bundled sample runs clean against the register — the same summary as with none")
  void theSampleRunsCleanThroughTheReport() {
    Cli checked = Cli.run("report", "--out", dir.resolve("a.html").toString(), "--lang", "en");
    Cli unchecked = Cli.run("report", "--out", dir.resolve("a.html").toString(), "--lang", "en", "--regions", "none");
    assertEquals(ExitCode.OK, checked.exit, checked::toString);
    assertEquals(unchecked.out, checked.out, "no record or row of the sample is refused by the register");
    assertTrue(checked.out.contains("42"), checked.out);
  }

  @Test
  @DisplayName("--regions takes bundled or none; anything else is a usage error (exit 2)")
  void anotherRegisterIsAUsageError() {
    Cli r = Cli.run("evaluate", "--regions", "kemendagri");
    assertEquals(ExitCode.BAD_INPUT, r.exit, r::toString);
    assertTrue(r.err.contains("--regions"), r.err);
  }
}
