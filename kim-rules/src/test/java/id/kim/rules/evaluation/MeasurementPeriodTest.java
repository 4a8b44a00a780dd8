package id.kim.rules.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MeasurementPeriodTest {

  @Test
  @DisplayName("ISO weeks: 2026-W01 starts Monday 29 Dec 2025; 2026 has 53 weeks, 2025 only 52")
  void isoWeeks() {
    MeasurementPeriod w1 = MeasurementPeriod.isoWeek(2026, 1);
    assertEquals(LocalDate.of(2025, 12, 29), w1.start());
    assertEquals(LocalDate.of(2026, 1, 4), w1.end());
    assertEquals("2026-W01", w1.label());
    assertEquals("2026-W53", MeasurementPeriod.isoWeek(2026, 53).label());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () ->
        MeasurementPeriod.isoWeek(2025, 53));
    assertTrue(e.getMessage().contains("1..52"), e.getMessage());
    assertEquals(MeasurementPeriod.isoWeek(2027, 1), MeasurementPeriod.isoWeek(2026, 53).next());
    assertEquals(w1, MeasurementPeriod.weekOf(LocalDate.of(2026, 1, 1)));
  }

  @Test
  @DisplayName("Months and years are calendar periods; next/previous are adjacent")
  void monthsAndYears() {
    MeasurementPeriod feb = MeasurementPeriod.month(YearMonth.of(2028, 2));
    assertEquals(29, feb.span().lengthInDays());
    assertEquals("2028-02", feb.label());
    assertEquals(feb.end().plusDays(1), feb.next().start());
    assertEquals(feb.start().minusDays(1), feb.previous().end());
    assertEquals("2026", MeasurementPeriod.year(2026).label());
    assertEquals(365, MeasurementPeriod.year(2026).span().lengthInDays());
    assertEquals(MeasurementPeriod.year(2025), MeasurementPeriod.year(2026).previous());
    MeasurementPeriod custom = MeasurementPeriod.custom(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 10));
    assertEquals(LocalDate.of(2026, 3, 20), custom.next().end());
    assertEquals(LocalDate.of(2026, 2, 19), custom.previous().start());
    assertThrows(IllegalArgumentException.class, () ->
        MeasurementPeriod.custom(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1)));
  }
}
