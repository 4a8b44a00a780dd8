package id.kim.rules.mapping.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.i18n.Lang;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("GridCategory — Tabel 3.3 categories, approaches (GAP-17) and the approach-strength order")
class GridCategoryTest {

  @Test
  @DisplayName("GRID-1..4: the Indonesian category and approach are verbatim from Tabel 3.3")
  void verbatimTable() {
    assertEquals("KIM dengan ketertarikan, kekuatan, dan pengaruh tinggi — Dinas menjadikan KIM sebagai mitra",
        GridCategory.G1_PARTNER.citation().quote());
    assertEquals("III.C, Tabel 3.3 No. 2", GridCategory.G2_PERSUADE.citation().section());
    assertEquals("Dinas melakukan persuasi kepada KIM agar bersedia menjadi mitra",
        Approach.PERSUADE_TO_PARTNER.label(Lang.ID));
    assertEquals("Dinas melakukan pembinaan dan peningkatan kapasitas anggota KIM",
        Approach.GUIDANCE_AND_CAPACITY_BUILDING.label(Lang.ID));
    assertEquals("Dinas melakukan pendataan dan memantau perkembangan KIM", Approach.RECORD_AND_MONITOR.label(Lang.ID));
    assertEquals("KIM dengan ketertarikan kekuatan, dan pengaruh rendah.",
        GridCategory.G4_RECORD_AND_MONITOR.label(Lang.ID));
    assertEquals(List.of("GRID-1", "GRID-2", "GRID-3", "GRID-4", "GRID-VAR"),
        List.of(GridCategory.values()).stream().map(c -> c.ruleId().value()).toList());
  }

  @Test
  @DisplayName("GAP-17: category 3 also keeps the KIM informed (III.D); category 1 is a recommendation to partner")
  void approachLists() {
    assertEquals(List.of(Approach.MAKE_PARTNER), GridCategory.G1_PARTNER.approaches().toJavaList());
    assertEquals(List.of(Approach.PERSUADE_TO_PARTNER), GridCategory.G2_PERSUADE.approaches().toJavaList());
    assertEquals(List.of(Approach.GUIDANCE_AND_CAPACITY_BUILDING, Approach.KEEP_INFORMED),
        GridCategory.G3_BUILD_CAPACITY.approaches().toJavaList());
    assertEquals(List.of(Approach.RECORD_AND_MONITOR), GridCategory.G4_RECORD_AND_MONITOR.approaches().toJavaList());
    assertTrue(GridCategory.UNCLASSIFIED.approaches().isEmpty());
  }

  @Test
  @DisplayName("Approach strength: 4 < 3 < 1 and 4 < 2 < 1; 2 and 3 not comparable; UNCLASSIFIED only with itself")
  void strengthOrder() {
    GridCategory g1 = GridCategory.G1_PARTNER;
    GridCategory g2 = GridCategory.G2_PERSUADE;
    GridCategory g3 = GridCategory.G3_BUILD_CAPACITY;
    GridCategory g4 = GridCategory.G4_RECORD_AND_MONITOR;
    assertTrue(g4.isWeakerThan(g3) && g3.isWeakerThan(g1) && g4.isWeakerThan(g2) && g2.isWeakerThan(g1));
    assertFalse(g2.isAtLeastAsStrongAs(g3) || g3.isAtLeastAsStrongAs(g2));
    assertFalse(g1.isWeakerThan(g1));
    assertTrue(GridCategory.UNCLASSIFIED.isAtLeastAsStrongAs(GridCategory.UNCLASSIFIED));
    assertFalse(GridCategory.UNCLASSIFIED.isAtLeastAsStrongAs(g4) || g1.isAtLeastAsStrongAs(GridCategory.UNCLASSIFIED));
    for (GridCategory a : GridCategory.values()) {
      for (GridCategory b : GridCategory.values()) {
        for (GridCategory c : GridCategory.values()) {
          if (a.isAtLeastAsStrongAs(b) && b.isAtLeastAsStrongAs(c)) {
            assertTrue(a.isAtLeastAsStrongAs(c), "transitive " + a + " " + b + " " + c);
          }
        }
        if (a.isAtLeastAsStrongAs(b) && b.isAtLeastAsStrongAs(a)) {
          assertEquals(a, b, "antisymmetric");
        }
      }
    }
  }
}
