package id.kim.report.html;

/**
 * The value axis of a chart with round ticks ("nice numbers"): a step of 1, 2 or 5 times a power of ten, four to
 * nine ticks, from the largest step multiple at or below the data's minimum (0 when nothing is negative) to the
 * smallest at or above its maximum — so the top of the axis lies near the largest bar, never far above it.
 *
 * @param low the bottom of the axis, a multiple of the step, at most 0
 * @param high the top of the axis, a multiple of the step, above {@code low}
 * @param step the distance between two ticks
 */
record NiceScale(double low, double high, double step) {
  private static final int TARGET_TICKS = 5;

  /**
   * @param min the smallest value drawn
   * @param max the largest value drawn
   * @return the scale
   */
  static NiceScale of(double min, double max) {
    double lo = Math.min(0, min);
    double hi = Math.max(0, max);
    if (hi - lo <= 0) {
      return new NiceScale(0, 1, 1);
    }
    double step = niceStep((hi - lo) / TARGET_TICKS);
    double low = Math.floor(lo / step) * step;
    double high = Math.ceil(hi / step) * step;
    return new NiceScale(low == 0 ? 0 : low, high == 0 ? 0 : high, step);
  }

  /** @return the raw step rounded to 1, 2, 5 or 10 times a power of ten (Heckbert's "nice numbers") */
  static double niceStep(double raw) {
    double power = Math.pow(10, Math.floor(Math.log10(raw)));
    double fraction = raw / power;
    double nice = fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10;
    return nice * power;
  }

  /** @return the number of ticks, from {@code low} to {@code high} inclusive */
  int ticks() {
    return (int) Math.round((high - low) / step) + 1;
  }

  /**
   * @param i the tick, from 0
   * @return its value, rounded to the step's precision
   */
  double tick(int i) {
    double v = low + i * step;
    double scale = Math.pow(10, Math.max(0, -Math.floor(Math.log10(step)) + 1));
    return Math.round(v * scale) / scale;
  }
}
