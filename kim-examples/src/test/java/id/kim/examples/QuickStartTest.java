package id.kim.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.rules.explain.Decision;
import id.kim.rules.explain.Finding;
import id.kim.rules.explain.Outcome;
import id.kim.rules.explain.Verdict;
import io.vavr.collection.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("QuickStart: README's quick start — documents pass, assessments missing, BELUM LENGKAP (QUAL-ORDER)")
class QuickStartTest {

  @Test
  @DisplayName("the facts are valid and the verdict is INCOMPLETE: PARTNER-* satisfied, QUAL-1/2/3/5/7 unknown")
  void verdictAndRules() {
    Decision d = QuickStart.ask().get();
    assertEquals(Verdict.INCOMPLETE, d.verdict());
    assertEquals(List.of("QUAL-1", "QUAL-2", "QUAL-3", "QUAL-5", "QUAL-7"), ids(d, Outcome.UNKNOWN));
    assertEquals(List.of("PARTNER-LEGAL-1", "PARTNER-LEGAL-2", "PARTNER-LEGAL-3", "PARTNER-ADMIN-1", "PARTNER-ADMIN-2",
        "PARTNER-ADMIN-3", "PARTNER-ADMIN-4", "PARTNER-ADMIN-DECL", "QUAL-4", "QUAL-6"), ids(d, Outcome.SATISFIED));
    assertTrue(d.failures().isEmpty(), d::toString);
  }

  @Test
  @DisplayName("it prints the explanation in Indonesian, then in English")
  void printsBothLanguages() {
    String out = QuickStart.run();
    assertTrue(out.startsWith("Kelayakan bermitra dengan Dinas Kominfo: KIM Gumbrih (KIM/5101/0007)\n"
        + "Hasil: BELUM LENGKAP\n"), out);
    Printed.assertContains(out,
        "[v] PARTNER-LEGAL-1 — Terpenuhi: SK Kepala Desa/Lurah nomor 141/12/KEP/2025 berlaku",
        "[?] QUAL-3 — Belum diketahui:",
        "\nEligibility to partner with the Dinas Kominfo: KIM Gumbrih (KIM/5101/0007)\nVerdict: INCOMPLETE\n",
        "[?] QUAL-3 — Unknown:");
  }

  @Test
  @DisplayName("personal data stays masked in what it prints")
  void masksPersons() {
    Printed.assertLacks(QuickStart.run(), "Siti", "Aminah", "0812-0000-0000");
  }

  static List<String> ids(Decision d, Outcome outcome) {
    return d.findings().filter(f -> f.outcome() == outcome).map(Finding::ruleId).map(r -> r.value()).toList();
  }
}
