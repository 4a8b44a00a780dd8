package id.kim.report;

import static id.kim.report.XmlOut.n;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * Draws a {@link BarChart} as SVG: vertical bars from a zero line (a decline, such as a loss of
 * followers, goes below it), one colour per series, a scale with round numbers, labels rotated when
 * there are many bars.
 */
final class BarChartSvg {
  static final double WIDTH = 760;
  static final String[] COLOURS = {"#1565c0", "#f9a825", "#2e7d32", "#c62828"};
  private static final double LEFT = 70;
  private static final double RIGHT = 740;
  private static final double TOP = 20;
  private static final double PLOT = 200;
  private static final int TICKS = 4;

  private BarChartSvg() {}

  static void write(XmlOut x, BarChart chart, Locale locale) {
    int n = chart.bars().size();
    boolean rotate = n > 12;
    double longest = chart.bars().stream().mapToInt(b -> b.label().length()).max().orElse(0);
    double height = TOP + PLOT + (rotate ? Math.min(170, 20 + longest * 5.6) : 40);
    double max = chart.bars().stream().flatMap(b -> b.values().stream()).mapToDouble(Double::doubleValue).max().orElse(0);
    double min = chart.bars().stream().flatMap(b -> b.values().stream()).mapToDouble(Double::doubleValue).min().orElse(0);
    double top = niceMax(Math.max(0, max));
    double step = top / TICKS;
    int below = min < 0 ? (int) Math.ceil(-min / step) : 0;
    double bottomValue = -below * step;
    double scale = PLOT / (top - bottomValue);
    double zero = TOP + top * scale;
    NumberFormat format = NumberFormat.getIntegerInstance(locale);
    x.start("svg", "xmlns", "http://www.w3.org/2000/svg", "class", "chart", "viewBox", "0 0 " + n(WIDTH) + " " + n(height),
        "width", n(WIDTH), "height", n(height), "role", "img", "aria-label", chart.title()).newline();
    for (int t = -below; t <= TICKS; t++) {
      double value = t * step;
      double y = zero - value * scale;
      x.empty("line", "x1", n(LEFT), "x2", n(RIGHT), "y1", n(y), "y2", n(y), "stroke", t == 0 ? "#424242" : "#e0e0e0");
      x.element("text", format.format(value), "x", n(LEFT - 6), "y", n(y + 4), "text-anchor", "end", "font-size", "11");
    }
    double group = (RIGHT - LEFT) / Math.max(1, n);
    int series = Math.max(1, chart.series().size());
    double bar = group * 0.8 / series;
    double labelTop = TOP + PLOT;
    for (int i = 0; i < n; i++) {
      BarChart.Bar b = chart.bars().get(i);
      double gx = LEFT + i * group + group * 0.1;
      for (int s = 0; s < b.values().size(); s++) {
        double value = b.values().get(s);
        double h = Math.abs(value) * scale;
        x.start("rect", "class", "bar", "data-label", b.label(), "data-value", n(value), "x", n(gx + s * bar),
            "y", n(value >= 0 ? zero - h : zero), "width", n(Math.max(1, bar - 1)), "height", n(h), "fill", COLOURS[s % COLOURS.length]);
        x.element("title", b.label() + (series > 1 ? " · " + chart.series().get(s) : "") + ": " + format.format(value) + " " + chart.unit());
        x.end();
      }
      double lx = gx + group * 0.4;
      if (rotate) {
        x.element("text", b.label(), "x", n(lx + 3), "y", n(labelTop + 10), "text-anchor", "end", "font-size", "10.5",
            "transform", "rotate(-60 " + n(lx + 3) + " " + n(labelTop + 10) + ")");
      } else {
        x.element("text", b.label(), "x", n(lx), "y", n(labelTop + 16), "text-anchor", "middle", "font-size", "11");
      }
      x.newline();
    }
    x.end().newline();
  }

  /** @return the smallest 1, 2 or 5 times a power of ten at or above the value (1 for 0) */
  static double niceMax(double value) {
    if (value <= 0) {
      return 1;
    }
    double power = Math.pow(10, Math.floor(Math.log10(value)));
    for (double step : new double[] {1, 2, 5, 10}) {
      if (step * power >= value) {
        return step * power;
      }
    }
    return 10 * power;
  }
}
