package id.kim.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Inclusive date spans, e.g. the partnership period of PROFILE-r. */
class PeriodTest {
  private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);

  @Test
  @DisplayName("both ends belong to the period; a one-day period has length 1")
  void inclusiveEnds() {
    Period p = Period.of(JAN_1, JAN_1.plusDays(30));
    assertTrue(p.contains(JAN_1));
    assertTrue(p.contains(JAN_1.plusDays(30)));
    assertFalse(p.contains(JAN_1.minusDays(1)));
    assertFalse(p.contains(JAN_1.plusDays(31)));
    assertEquals(31, p.lengthInDays());
    assertEquals(1, Period.of(JAN_1, JAN_1).lengthInDays());
    assertEquals("2026-01-01..2026-01-31", p.toString());
  }

  @Test
  @DisplayName("periods touching on one day overlap; consecutive ones do not")
  void overlapBoundaries() {
    Period jan = Period.of(JAN_1, LocalDate.of(2026, 1, 31));
    assertTrue(jan.overlaps(Period.of(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 28))));
    assertFalse(jan.overlaps(Period.of(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28))));
  }

  @Test
  @DisplayName("law: overlap is symmetric and means a shared day")
  void overlapIsSymmetric() {
    qt().forAll(periods(), periods()).checkAssert((a, b) -> {
      assertEquals(a.overlaps(b), b.overlaps(a));
      boolean shared = a.contains(b.start()) || b.contains(a.start());
      assertEquals(shared, a.overlaps(b));
    });
  }

  @Test
  @DisplayName("law: a period contains exactly lengthInDays days")
  void lengthCountsContainedDays() {
    qt().withExamples(200).forAll(periods()).checkAssert(p -> {
      long contained = p.start().minusDays(2).datesUntil(p.end().plusDays(3)).filter(p::contains).count();
      assertEquals(p.lengthInDays(), contained);
    });
  }

  private static Gen<Period> periods() {
    return integers().between(0, 400)
        .zip(integers().between(0, 60), (s, len) -> Period.of(JAN_1.plusDays(s), JAN_1.plusDays(s + len)));
  }
}
