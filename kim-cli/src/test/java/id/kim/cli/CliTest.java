package id.kim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.kim.core.community.KimProfile;
import id.kim.json.KimJson;
import id.kim.rules.evaluation.CollaborationEvaluation;
import id.kim.rules.mapping.report.MappingReport;
import id.kim.rules.explain.Decision;
import id.kim.rules.explain.Finding;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line end to end, in process: exit codes, outputs, one-line reasons. */
class CliTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode json(Cli r) throws Exception {
    assertEquals(ExitCode.OK, r.exit, r::toString);
    return JSON.readTree(r.out);
  }

  @Test
  void withoutASubcommandItPrintsTheUsage() {
    Cli r = Cli.run();
    assertEquals(0, r.exit);
    assertTrue(r.out.contains("Usage: kim"), r.out);
    for (String command : List.of("import", "evaluate", "review", "map", "evaluate-dissemination", "report")) {
      assertTrue(r.out.contains(command), command);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"import", "evaluate", "review", "map", "evaluate-dissemination", "report"})
  void everySubcommandHasHelp(String command) {
    Cli r = Cli.run(command, "--help");
    assertEquals(0, r.exit);
    assertTrue(r.out.contains("Usage: kim " + command), r.out);
    assertTrue(r.out.contains("--lang"), r.out);
  }

  @Test
  @DisplayName("evaluate answers for every sample KIM with decisions that read back through the JSON contract")
  void evaluateTheSample() throws Exception {
    JsonNode results = json(Cli.run("evaluate")).get("results");
    assertEquals(40, results.size());
    for (JsonNode result : results) {
      Decision d = KimJson.fromTree(result.get("partnership"),
          Decision.class).getOrElseThrow(p -> new AssertionError(p));
      assertEquals(result.get("partnership").get("verdict").asText(), d.verdict().name());
      assertTrue(KimJson.fromTree(result.get("mappingEntry"), Decision.class).isRight());
    }
  }

  @Test
  @DisplayName("an expired SK makes a KIM not eligible to partner (PARTNER-LEGAL-1), in English text")
  void evaluateOneKimAsText() {
    Cli r = Cli.run("evaluate", "--kim", "KIM Sinar Pagi", "--question", "partnership", "--format", "text",
        "--lang", "en");
    assertEquals(0, r.exit, r::toString);
    assertTrue(r.out.contains("NOT ELIGIBLE"), r.out);
    assertTrue(r.out.contains("PARTNER-LEGAL-1"), r.out);
    assertTrue(r.err.isEmpty(), r.err);
  }

  @Test
  @DisplayName("the as-of date decides: the SK of KIM Sinar Pagi is in force on its last day, 2025-06-30, not "
      + "after (PARTNER-LEGAL-1)")
  void theAsOfDateDecides() throws Exception {
    assertEquals("SATISFIED", legal1("2025-06-30"));
    assertEquals("NOT_SATISFIED", legal1("2025-07-01"));
  }

  private static String legal1(String asOf) throws Exception {
    JsonNode doc = json(Cli.run("evaluate", "--kim", "KIM Sinar Pagi", "--as-of", asOf, "--question", "partnership"));
    assertEquals(asOf, doc.get("asOf").asText());
    for (JsonNode f : doc.get("results").get(0).get("partnership").get("findings")) {
      if (f.get("ruleId").asText().equals("PARTNER-LEGAL-1")) {
        return f.get("outcome").asText();
      }
    }
    throw new AssertionError("no PARTNER-LEGAL-1 finding");
  }

  @Test
  @DisplayName("review lists the partners and the grounds their data indicate (TERM-1..7)")
  void reviewPartners() throws Exception {
    JsonNode reviews = json(Cli.run("review", "--partners-only")).get("reviews");
    assertTrue(reviews.size() >= 10);
    for (JsonNode review : reviews) {
      assertTrue(review.get("partner").asBoolean());
      assertEquals(7, review.get("findings").size());
      if (review.get("kim").asText().equals("KIM Sinar Pagi")) {
        Finding term1 = KimJson.fromTree(review.get("findings").get(0), Finding.class).get();
        assertEquals("TERM-1", term1.ruleId().value());
        assertEquals("NOT_SATISFIED", term1.outcome().name());
      }
    }
    Cli text = Cli.run("review", "--kim", "KIM Sejahtera", "--format", "text");
    assertTrue(text.out.contains("TERM-7"), text.out);
  }

  @Test
  @DisplayName("map: every sample KIM placed in a Tabel 3.3 category (GRID-1..4), mixed cases by the policy "
      + "(GAP-14), REPORT-1 matrix")
  void mapTheSample() throws Exception {
    JsonNode doc = json(Cli.run("map", "--lang", "en"));
    MappingReport report = KimJson.fromTree(doc.get("report"),
        MappingReport.class).getOrElseThrow(p -> new AssertionError(p));
    assertEquals(35, report.grid().placements().size(), "only KIM that entered the mapping (MAP-ENTRY-1..4)");
    JsonNode left = doc.get("notEntered");
    assertEquals(5, left.size());
    assertEquals("KIM Bintang Timur", left.get(0).get("name").asText(), "in the order of the data (by name)");
    assertEquals("INCOMPLETE", left.get(0).get("verdict").asText(), "no officer assessment yet");
    assertEquals("MAP-ENTRY-1", left.get(0).get("rules").get(0).asText());
    assertEquals("KIM Sinar Pagi", left.get(3).get("name").asText());
    assertEquals("NOT_ELIGIBLE", left.get(3).get("verdict").asText(), "its SK was revoked");
    assertEquals("MAP-ENTRY-3", left.get(3).get("rules").get(0).asText());
    assertEquals(left.size(), report.notAdmitted().size(), "notEntered indexes report.notAdmitted");
    for (int i = 0; i < left.size(); i++) {
      assertEquals(left.get(i).get("name").asText(), report.notAdmitted().get(i).record().profile().name());
      assertEquals(left.get(i).get("verdict").asText(), report.notAdmitted().get(i).code());
    }
    for (JsonNode kim : left) {
      assertTrue(report.grid().placements().forAll(p -> !p.kim().name().equals(kim.get("name").asText())),
          kim + " is placed on the grid");
      assertTrue(kim.get("rules").size() > 0, kim + " names no rule");
    }
    assertTrue(report.grid().placements().exists(p -> !p.juknisExactMatch()), "the sample has mixed cases");
    assertEquals(report.rows().size(), doc.get("report").get("matrix").size());
    Cli text = Cli.run("map", "--format", "text", "--lang", "en");
    assertTrue(text.out.startsWith("KIM MAPPING REPORT (REPORT-1)"), text.out);
    assertTrue(text.out.contains("\nE. NOT ADMITTED TO THE MAPPING (MAP-ENTRY-1..4): 5 KIM, not placed in Tabel 3.3 "
        + "and not prioritised\n  KIM Bintang Timur: INCOMPLETE\n    MAP-ENTRY-1 Unknown: "),
        "as docs/cli.md shows it: " + text.out);
    assertTrue(text.out.contains("\n  KIM Sinar Pagi: NOT ELIGIBLE\n    MAP-ENTRY-3 Not satisfied: Village head decree "
        + "(SK Kepala Desa/Lurah) no. 160/02/KEP/2024 expired on 2025-06-30.\n      -> "), text.out);
    assertFalse(text.out.contains("did not enter the mapping"), "listed once, in the report's section E");
    Cli teks = Cli.run("map", "--format", "text");
    assertTrue(teks.out.contains("\nE. TIDAK MASUK PEMETAAN (MAP-ENTRY-1..4): 5 KIM, tidak ditempatkan pada Tabel 3.3 "
        + "dan tidak diprioritaskan\n  KIM Bintang Timur: BELUM LENGKAP\n    MAP-ENTRY-1 "), teks.out);
  }

  /** @return the options naming a provincial Dinas (Jawa Tengah) and one KIM, written to the directory */
  private static List<String> provincialData(Path dir) throws Exception {
    Path dinas = dir.resolve("dinas.json");
    Files.writeString(dinas, "{\"name\": \"Dinas Kominfo Provinsi Jawa Tengah\", \"level\": \"PROVINCIAL\", "
        + "\"province\": {\"name\": \"Jawa Tengah\"}}");
    Path records = dir.resolve("records.json");
    Files.writeString(records, "[{\"profile\": {\"name\": \"KIM Contoh\"}}]");
    return List.of("--dinas", dinas.toString(), "--records", records.toString(), "--as-of", "2026-01-15");
  }

  @Test
  @DisplayName("evaluate and report: a provincial Dinas decides no eligibility (ARCH-4, MAP-RULE-a) — exit 2, one line")
  void provincialDinasDecidesNoEligibility(@TempDir Path dir) throws Exception {
    List<String> data = provincialData(dir);
    for (String command : List.of("evaluate", "report")) {
      List<String> args = new ArrayList<>(List.of(command, "--lang", "en", "--out",
          dir.resolve(command + ".out").toString()));
      args.addAll(data);
      Cli r = Cli.run(args.toArray(new String[0]));
      assertEquals(ExitCode.BAD_INPUT, r.exit, r::toString);
      assertTrue(r.oneErrorLine().contains("(ARCH-4, MAP-RULE-a)"), r::toString);
      assertTrue(r.oneErrorLine().startsWith(command + ": Dinas 'Dinas Kominfo Provinsi Jawa Tengah' is not"),
          r::toString);
    }
  }

  @Test
  @DisplayName("map: a provincial Dinas may not map (MAP-RULE-a) — an answer, exit 0, with the rejection")
  void provincialDinasIsRefused(@TempDir Path dir) throws Exception {
    Path grid = dir.resolve("grid.json");
    Files.writeString(grid, "[]");
    List<String> args = new ArrayList<>(List.of("map", "--grid", grid.toString()));
    args.addAll(provincialData(dir));
    JsonNode doc = json(Cli.run(args.toArray(new String[0])));
    assertEquals("MAP-RULE-a", doc.get("rejection").get("reasons").get(0).get("ruleId").asText());
    assertEquals(0, doc.get("notEntered").size(), "a provincial Dinas decides no mapping entry: nobody is listed");
  }

  @Test
  @DisplayName("evaluate-dissemination: every sample KIM evaluated for 2025 (MEASURE-1..3); the recommendation "
      + "for the partners only, the others get MONITOR-PURPOSE NOT_EVALUATED instead")
  void evaluateTheDissemination() throws Exception {
    JsonNode doc = json(Cli.run("evaluate-dissemination"));
    assertEquals("2025", doc.get("period").get("label").asText());
    JsonNode evaluations = doc.get("evaluations");
    assertEquals(40, evaluations.size());
    Set<String> kinds = new TreeSet<>();
    int partners = 0;
    for (JsonNode e : evaluations) {
      ObjectNode contract = ((ObjectNode) e).deepCopy();
      if (contract.remove("partner").asBoolean()) {
        partners++;
        kinds.add(KimJson.fromTree(contract,
            CollaborationEvaluation.class).getOrElseThrow(p -> new AssertionError(p)).recommendation().name());
      } else {
        assertFalse(e.has("recommendation"), e::toString);
        assertEquals("MONITOR-PURPOSE", e.get("withheld").get("ruleId").asText());
        assertEquals("NOT_EVALUATED", e.get("withheld").get("outcome").asText());
        contract.remove("withheld");
        assertTrue(KimJson.fromTree(contract, CollaborationEvaluation.class).isRight(), "the measures stay");
      }
    }
    assertEquals(16, partners, "the sample KIM holding a partnership period on 2026-01-15 (PROFILE-r)");
    assertFalse(kinds.isEmpty());
    Cli gunungAsri = Cli.run("evaluate-dissemination", "--kim", "KIM Gunung Asri", "--period", "2025-03", "--format",
        "text", "--lang", "en");
    assertTrue(gunungAsri.out.contains("Recommendation: - (MONITOR-PURPOSE Not evaluated: Not a partner on 2026-01-15"),
        gunungAsri.out);
    Cli month = Cli.run("evaluate-dissemination", "--kim", "KIM Mekar Sari", "--period", "2025-03", "--format",
        "text", "--lang", "en");
    assertEquals(0, month.exit, month::toString);
    assertTrue(month.out.contains("MEASURE-1"), month.out);
  }

  @Test
  @DisplayName("every shipped family runs, and --help lists the exit codes 0, 1, 2 and 3")
  void noUnavailableFamily() {
    Cli help = Cli.run("--help");
    assertFalse(help.out.contains("not in this build"), help.out);
    for (String code : List.of("0   done", "1   --fail-on-ineligible", "2   bad input or usage", "3   "
        + "internal error")) {
      assertTrue(help.out.contains(code), () -> code + "\n" + help.out);
    }
    for (String command : List.of("evaluate", "review", "map", "evaluate-dissemination")) {
      assertEquals(ExitCode.OK, Cli.run(command, "--lang", "en").exit, command);
    }
  }

  @Test
  void importTheSampleStreamsRowsAndASummary() throws Exception {
    Cli r = Cli.run("import");
    JsonNode doc = json(r);
    JsonMapper strict = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    assertEquals(doc, strict.readTree(r.out), "no member written twice (a rejected row's \"row\" once)");
    assertEquals(42, doc.get("rows").size());
    assertEquals(2, doc.get("summary").get("rejected").asInt());
    assertEquals("UTF-8", doc.get("summary").get("encoding").asText(), "the encoding the file was read in");
    JsonNode rejected = doc.get("rows").get(40);
    assertEquals(42, rejected.get("row").asInt());
    assertEquals("Tipe KIM", rejected.get("problems").get(0).get("column").asText());
    assertEquals("PROFILE-b", rejected.get("problems").get(0).get("ruleId").asText());
    assertTrue(KimJson.fromTree(doc.get("rows").get(0).get("profile"),
        KimProfile.class).isRight());
    assertEquals("42 baris dibaca: 40 diterima, 2 ditolak (0 baris kosong dilewati)", r.oneErrorLine());
    assertEquals(ExitCode.BAD_INPUT, Cli.run("import", "--strict").exit);
  }

  @Test
  @EnabledOnOs(OS.LINUX)
  @DisplayName("import: output that cannot be written (a full disk, /dev/full) is an output failure, not blamed on "
      + "the CSV")
  void aFullDiskIsNotTheCsvsFault() {
    Cli r = Cli.run("import", "--out", "/dev/full", "--lang", "en");
    assertEquals(ExitCode.BAD_INPUT, r.exit, r::toString);
    assertEquals("import: input or output failed (IOException)", r.oneErrorLine());
  }

  @Test
  void reportWritesTheHtmlAndSummarises(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("sub/report.html");
    Cli r = Cli.run("report", "--out", out.toString(), "--lang", "en");
    assertEquals(0, r.exit, r::toString);
    assertTrue(Files.readString(out, StandardCharsets.UTF_8).contains("KIM Mapping and Partnership Report"));
    assertTrue(r.out.contains("40 KIM judged as of 2026-01-15"), r.out);
    assertTrue(r.out.contains("35 KIM mapped"), r.out);
    assertTrue(r.out.contains("5 KIM did not enter the mapping (MAP-ENTRY-1..4): 21, 22, 23, 29, 34"), r.out);
    assertTrue(r.out.contains("6 partners under review"), r.out);
    assertTrue(r.out.contains("Evaluation of dissemination 2025"), r.out);
    assertTrue(r.out.contains("Report written to"), r.out);
  }

  @Test
  @DisplayName("your own data: --dinas and --as-of are required (no clock), and problems name the file and JSON path")
  void ownDataNeedsDinasAndDate(@TempDir Path dir) throws Exception {
    Path dinas = dir.resolve("dinas.json");
    Files.writeString(dinas, "{\"name\": \"Dinas Kominfo Kabupaten Contoh\", \"level\": \"REGENCY_CITY\", "
        + "\"province\": {\"name\": \"Bali\"},"
        + " \"regencyCity\": {\"name\": \"Contoh\", \"kind\": \"KABUPATEN\", \"province\": {\"name\": \"Bali\"}}}");
    Path records = dir.resolve("records.json");
    Files.writeString(records, "[{\"profile\": {\"name\": \"KIM Contoh\", \"contactPerson\": {\"name\": "
        + "\"Siti Aminah\", \"role\": \"KETUA\"}}}]");
    assertTrue(Cli.run("evaluate", "--records", records.toString()).oneErrorLine().contains("--dinas"));
    Cli noDate = Cli.run("evaluate", "--dinas", dinas.toString(), "--records", records.toString());
    assertEquals(ExitCode.BAD_INPUT, noDate.exit);
    assertTrue(noDate.oneErrorLine().contains("--as-of"), noDate.err);
    Cli bad = Cli.run("evaluate", "--dinas", dinas.toString(), "--records", records.toString(), "--as-of",
        "2026-01-15", "--lang", "en");
    assertEquals(ExitCode.BAD_INPUT, bad.exit);
    String line = bad.oneErrorLine();
    assertTrue(line.contains("records.json: $[0].profile.contactPerson.role: unknown ContactRole code"), line);
    assertFalse(line.contains("Siti"), line);
    Files.writeString(records, "[{\"profile\": {\"name\": \"KIM Contoh\"}}]");
    JsonNode ok = json(Cli.run("evaluate", "--dinas", dinas.toString(), "--records", records.toString(), "--as-of",
        "2026-01-15"));
    assertEquals("INCOMPLETE", ok.get("results").get(0).get("partnership").get("verdict").asText());
  }

  @Test
  void badUsageIsOneLineAndExitTwo(@TempDir Path dir) throws Exception {
    for (String[] args : List.of(new String[] {"evaluate", "--as-of", "2026-13-01"}, new String[] {"--lang", "fr",
        "evaluate"},
        new String[] {"evaluate", "--no-such-option"}, new String[] {"evaluate", "--kim", "KIM Tidak Ada"},
        new String[] {"nonsense"}, new String[] {"report", "--out", dir.toString()},
        new String[] {"evaluate-dissemination", "--period", "2025-13"}, new String[] {"evaluate-dissemination",
            "--period", "last year"},
        new String[] {"map", "--kim", "x"}, new String[] {"evaluate-dissemination", "--kim", "KIM Tidak Ada"},
        new String[] {"review", "--kim", "KIM Tidak Ada"}, new String[] {"review", "--as-of", "2026-02-30"},
        new String[] {"report", "--period", "2025-00"}, new String[] {"map", "--grid",
            dir.resolve("missing.json").toString()})) {
      Cli r = Cli.run(args);
      assertEquals(ExitCode.BAD_INPUT, r.exit, () -> String.join(" ", args) + "\n" + r);
      r.oneErrorLine();
    }
    Path grid = dir.resolve("grid.json");
    Files.writeString(grid, "[{\"kim\": {\"name\": \"KIM Tidak Ada\"}, \"variable\": \"INTEREST\", \"level\": "
        + "\"HIGH\", \"assessedBy\": "
        + "{\"name\": \"Rina\", \"dinas\": {\"name\": \"D\", \"level\": \"PROVINCIAL\", \"province\": "
        + "{\"name\": \"Bali\"}}}, "
        + "\"assessedOn\": \"2025-12-01\", \"rationale\": \"x\"}]");
    Cli unknown = Cli.run("map", "--grid", grid.toString(), "--lang", "en");
    assertEquals(ExitCode.BAD_INPUT, unknown.exit);
    assertEquals("map: " + grid + ": $[0].kim: there is no KIM named \"KIM Tidak Ada\" in the data",
        unknown.oneErrorLine());
    Path monitoring = dir.resolve("monitoring.json");
    Files.writeString(monitoring, "[{\"kim\": {\"name\": \"KIM Mekar Sari\"}, \"tallies\": [{\"kind\": "
        + "\"VISITORS\", \"count\": \"12\", "
        + "\"on\": \"2025-03-01\"}]}]");
    Cli wrong = Cli.run("evaluate-dissemination", "--monitoring", monitoring.toString(), "--lang", "en");
    assertEquals(ExitCode.BAD_INPUT, wrong.exit);
    assertTrue(wrong.oneErrorLine().contains("$[0].tallies[0].count: must be integer, not string"), wrong.err);
    Path empty = dir.resolve("empty.csv");
    Files.write(empty, new byte[0]);
    Cli r = Cli.run("import", "--profiles", empty.toString(), "--dinas", dir.resolve("missing.json").toString());
    assertEquals(ExitCode.BAD_INPUT, r.exit);
    assertTrue(r.oneErrorLine().contains("missing.json"), r.err);
  }
}
