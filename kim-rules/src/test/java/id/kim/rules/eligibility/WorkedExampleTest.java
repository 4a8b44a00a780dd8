package id.kim.rules.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.community.KimRecord;
import id.kim.core.i18n.Lang;
import id.kim.rules.explain.Decision;
import id.kim.rules.explain.Verdict;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The worked example of {@code docs/eligibility.md}: KIM Gumbrih, whose SK Kepala Desa expired on
 * 30 June 2026, asks on 1 July 2026 to partner. The explanation printed in the document must be
 * exactly what the SDK prints, so it never drifts; run with {@code -Dkim.docs.update=true} to
 * rewrite the blocks after an intended change of wording.
 */
class WorkedExampleTest {
  private static final Path DOC = Path.of("..", "docs", "eligibility.md");
  private static final Path README = Path.of("..", "README.md");

  /** @return the example exactly as the document shows it in code */
  static Decision example() {
    KimRecord record = Kims.record().withDecree(Kims.decree().withValidUntil(LocalDate.of(2026, 6, 30)));
    return Eligibility.partnership(EligibilityFacts.of(record, Kims.DINAS), LocalDate.of(2026, 7, 1)).get();
  }

  @Test
  @DisplayName(
      "PARTNER-LEGAL-1 worked example: an expired SK — the documented explanation is what the SDK prints (id, en)")
  void documentShowsTheExplanationVerbatim() throws IOException {
    Decision d = example();
    assertEquals(Verdict.NOT_ELIGIBLE, d.verdict());
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    String updated = doc;
    for (Lang lang : Lang.values()) {
      updated = replaceBlock(updated, lang, d.explain(lang));
    }
    if (Boolean.getBoolean("kim.docs.update")) {
      Files.writeString(DOC, updated, StandardCharsets.UTF_8);
    }
    for (Lang lang : Lang.values()) {
      assertEquals(d.explain(lang), block(doc, lang),
          "docs/eligibility.md is out of date; rerun with -Dkim.docs.update=true and review the diff");
    }
  }

  @Test
  @DisplayName("PARTNER-LEGAL-1 worked example: README shows the Indonesian explanation verbatim")
  void readmeShowsTheIndonesianExplanationVerbatim() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    if (Boolean.getBoolean("kim.docs.update")) {
      Files.writeString(README, replaceBlock(readme, Lang.ID, example().explain(Lang.ID)), StandardCharsets.UTF_8);
      readme = Files.readString(README, StandardCharsets.UTF_8);
    }
    assertEquals(example().explain(Lang.ID), block(readme, Lang.ID),
        "README.md's worked example is out of date; rerun with -Dkim.docs.update=true and review the diff");
  }

  @Test
  void theExampleReadsAsAnOfficerWouldSayIt() {
    String id = example().explain(Lang.ID);
    assertTrue(
        id.startsWith("Kelayakan bermitra dengan Dinas Kominfo: KIM Gumbrih (KIM/5101/0007)\nHasil: TIDAK LAYAK\n"));
    assertTrue(
        id.contains(
            "[x] PARTNER-LEGAL-1 — Tidak terpenuhi: SK Kepala Desa/Lurah nomor 141/12/KEP/2025 telah berakhir pada "
                + "2026-06-30."));
    assertTrue(id.contains(
        "Yang perlu dilengkapi: Bawa SK Kepala Desa/Lurah yang masih berlaku (SK baru atau perpanjangan)."));
    assertTrue(id.contains("[-] QUAL-1 — Tidak dinilai: menurut QUAL-ORDER (juknis II.B.5)"));
  }

  private static String marker(Lang lang) {
    return "<!-- worked-example:" + lang.name().toLowerCase(Locale.ROOT) + " -->";
  }

  private static String block(String doc, Lang lang) {
    int start = doc.indexOf(marker(lang));
    assertTrue(start >= 0, "docs/eligibility.md lacks " + marker(lang));
    int open = doc.indexOf("```text\n", start) + "```text\n".length();
    int close = doc.indexOf("```", open);
    return doc.substring(open, close);
  }

  private static String replaceBlock(String doc, Lang lang, String text) {
    int start = doc.indexOf(marker(lang));
    if (start < 0) {
      return doc;
    }
    int open = doc.indexOf("```text\n", start) + "```text\n".length();
    int close = doc.indexOf("```", open);
    return doc.substring(0, open) + text + doc.substring(close);
  }
}
