package id.kim.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.i18n.Lang;
import id.kim.rules.explain.Decision;
import id.kim.rules.explain.Outcome;
import id.kim.rules.explain.Verdict;
import io.vavr.collection.List;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("WorkedExample: KIM Gumbrih's SK expired on 2026-06-30 — TIDAK LAYAK by PARTNER-LEGAL-1 (QUAL-ORDER)")
class WorkedExampleTest {
  private static final Path README = Path.of("..", "README.md");
  private static final String MARKER = "<!-- worked-example:id -->";

  @Test
  @DisplayName("NOT_ELIGIBLE: PARTNER-LEGAL-1 is the one failure; QUAL-1..7 are NOT_EVALUATED by QUAL-ORDER")
  void verdictAndRules() {
    Decision d = WorkedExample.decision(WorkedExample.AS_OF);
    assertEquals(Verdict.NOT_ELIGIBLE, d.verdict());
    assertEquals(List.of("PARTNER-LEGAL-1"), d.failures().map(f -> f.ruleId().value()).toList());
    assertEquals(List.range(1, 8).map(n -> "QUAL-" + n), QuickStartTest.ids(d, Outcome.NOT_EVALUATED));
  }

  @Test
  @DisplayName("on the SK's last valid day the same record is ELIGIBLE (inclusive dates)")
  void dayBeforeIsEligible() {
    assertEquals(Verdict.ELIGIBLE, WorkedExample.decision(LocalDate.of(2026, 6, 30)).verdict());
  }

  @Test
  @DisplayName("it prints README's worked example verbatim, the failure in English and the day before")
  void printsReadmeBlock() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    int start = readme.indexOf(MARKER);
    assertTrue(start >= 0, "README.md lacks " + MARKER);
    int open = readme.indexOf("```text\n", start) + "```text\n".length();
    String block = readme.substring(open, readme.indexOf("```", open));
    assertEquals(block, WorkedExample.decision(WorkedExample.AS_OF).explain(Lang.ID),
        "README's worked example and WorkedExample differ");
    String out = WorkedExample.run();
    assertTrue(out.startsWith(block), out);
    Printed.assertContains(out, "Gagal / failed: PARTNER-LEGAL-1 — Village head decree (SK Kepala Desa/Lurah) no. "
        + "141/12/KEP/2025 expired on 2026-06-30.\n", "Tidak dinilai (QUAL-ORDER) / not evaluated: 7");
    assertTrue(out.endsWith("Per 2026-06-30: LAYAK / ELIGIBLE\n"), out);
  }
}
