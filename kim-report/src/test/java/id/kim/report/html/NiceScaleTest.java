package id.kim.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The value axis of the charts has round ticks (1, 2 or 5 times a power of ten) and ends near the data. */
class NiceScaleTest {

  @Test
  void examples() {
    assertEquals(new NiceScale(0, 14000, 2000), NiceScale.of(0, 13860));
    assertEquals(new NiceScale(0, 100, 20), NiceScale.of(12, 91.5));
    assertEquals(new NiceScale(-200, 1000, 200), NiceScale.of(-150, 950));
    assertEquals(new NiceScale(0, 1, 1), NiceScale.of(0, 0));
    assertEquals(8, NiceScale.of(0, 13860).ticks());
    assertEquals(14000, NiceScale.of(0, 13860).tick(7));
  }

  @Test
  @DisplayName(
      "for any data: the step is 1, 2 or 5 × 10^k, the axis covers the data and ends less than a step above it")
  void niceAndNear() {
    qt().forAll(doubles().between(-1e6, 0), doubles().between(0, 1e7)).checkAssert((min, max) -> {
      if (min == 0 && max == 0) {
        return;
      }
      NiceScale s = NiceScale.of(min, max);
      double mantissa = s.step() / Math.pow(10, Math.floor(Math.log10(s.step())));
      boolean round = Math.abs(mantissa - 1) < 1e-9 || Math.abs(mantissa - 2) < 1e-9 || Math.abs(mantissa - 5) < 1e-9;
      if (!round || s.high() < max || s.low() > min || s.high() - max >= s.step() + 1e-9 * s.step()
          || min - s.low() >= s.step() + 1e-9 * s.step() || s.ticks() < 2 || s.ticks() > 12) {
        throw new AssertionError(min + ".." + max + " gave " + s);
      }
    });
  }
}
