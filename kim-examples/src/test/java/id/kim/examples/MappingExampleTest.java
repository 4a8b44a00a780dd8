package id.kim.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.rules.mapping.grid.GridCategory;
import id.kim.rules.mapping.grid.GridPlacement;
import id.kim.rules.mapping.grid.MixedCasePolicy;
import id.kim.rules.mapping.priority.PriorityDecision;
import id.kim.rules.mapping.report.MappingReport;
import io.vavr.collection.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("MappingExample: Tabel 3.3 (GRID-1..4), the mixed case (GAP-14), priorities (PRIORITY-1, GAP-18)")
class MappingExampleTest {

  @Test
  @DisplayName("BOTH_HIGH: one KIM per row of Tabel 3.3, KIM Pahlawan (high, high, low) in row 3 by the policy")
  void categoriesUnderBothHigh() {
    MappingReport report = MappingExample.report(MixedCasePolicy.BOTH_HIGH);
    assertEquals(List.of("Indonesia Bisa", "KIM Radio Jembrana", "KIM Pahlawan", "KIM Gumbrih", "KIM Makata"),
        report.ranking().decisions().map(d -> d.kim().name()).toList());
    assertEquals(List.of(GridCategory.G1_PARTNER, GridCategory.G2_PERSUADE, GridCategory.G3_BUILD_CAPACITY,
            GridCategory.G3_BUILD_CAPACITY, GridCategory.G4_RECORD_AND_MONITOR),
        report.ranking().decisions().map(PriorityDecision::category).toList());
    GridPlacement pahlawan = placement(report, "KIM Pahlawan");
    assertFalse(pahlawan.juknisExactMatch());
    assertEquals(MixedCasePolicy.BOTH_HIGH, pahlawan.classification().appliedPolicy().get());
    assertTrue(placement(report, "KIM Gumbrih").juknisExactMatch());
  }

  @Test
  @DisplayName("MAP-ENTRY-3: KIM Sinar Pagi, SK revoked, assessed high on all three, is neither placed nor "
      + "prioritised; it is listed apart with its reason")
  void theKimLeftOutIsListedApart() {
    MappingReport report = MappingExample.report(MixedCasePolicy.BOTH_HIGH);
    assertTrue(report.grid().placements().forAll(p -> !p.kim().name().equals("KIM Sinar Pagi")));
    assertEquals(List.of("KIM Sinar Pagi"), report.notAdmitted().map(n -> n.record().profile().name()).toList());
    assertEquals("NOT_ELIGIBLE", report.notAdmitted().head().code());
    assertTrue(MappingExample.run().endsWith("Tidak masuk pemetaan: KIM Sinar Pagi — TIDAK LAYAK (MAP-ENTRY-3)\n"));
  }

  @Test
  @DisplayName("EITHER_HIGH moves only the mixed case, to row 1")
  void eitherHighMovesTheMixedCase() {
    MappingReport either = MappingExample.report(MixedCasePolicy.EITHER_HIGH);
    assertEquals(GridCategory.G1_PARTNER, placement(either, "KIM Pahlawan").category());
    assertEquals(GridCategory.G3_BUILD_CAPACITY, placement(either, "KIM Gumbrih").category());
  }

  @Test
  @DisplayName("categories 1–3 are prioritised, 1 and 3 involved; the REPORT-1 matrix holds the 4 prioritised KIM")
  void priorities() {
    MappingReport report = MappingExample.report(MixedCasePolicy.BOTH_HIGH);
    assertEquals(List.of(true, true, true, true, false), report.ranking().decisions().map(PriorityDecision::prioritised)
        .toList());
    assertEquals(List.of(true, false, true, true, false), report.ranking().decisions().map(PriorityDecision::involved)
        .toList());
    assertEquals(4, report.rows().size());
  }

  @Test
  @DisplayName("it prints the ranking, the policy that placed the mixed case, and the EITHER_HIGH outcome")
  void printsTheRanking() {
    String out = MappingExample.run();
    Printed.assertContains(out,
        "\n3   KIM Pahlawan        tinggi        tinggi    rendah    GRID-3    BOTH_HIGH (GAP-14)  diprioritaskan, "
            + "dilibatkan\n",
        "\n5   KIM Makata          rendah        rendah    rendah    GRID-4    juknis              -\n",
        "Matriks REPORT-1: 4 dari 5 KIM");
    assertTrue(out.contains("EITHER_HIGH: KIM Pahlawan → GRID-1, KIM dengan ketertarikan, kekuatan, dan pengaruh "
        + "tinggi\n"), out);
  }

  private static GridPlacement placement(MappingReport report, String name) {
    return report.grid().placements().find(p -> p.kim().name().equals(name)).get();
  }
}
