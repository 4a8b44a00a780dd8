package id.kim.examples.report;

import static id.kim.examples.report.XmlOut.n;

import java.text.NumberFormat;
import java.util.Locale;

/** Draws a {@link BarChart} as SVG: vertical bars, one colour per series, a scale with round numbers. */
final class BarChartSvg {
  static final double WIDTH = 760;
  private static final double LEFT = 70;
  private static final double RIGHT = 740;
  private static final double TOP = 20;
  private static final double PLOT = 200;
  private static final String[] COLOURS = {"#1565c0", "#f9a825", "#2e7d32", "#c62828"};

  private BarChartSvg() {}

  static void write(XmlOut x, BarChart chart, Locale locale) {
    int n = chart.bars().size();
    boolean rotate = n > 12;
    double height = TOP + PLOT + (rotate ? 120 : 40);
    double max = niceMax(chart.bars().stream().flatMap(b -> b.values().stream()).mapToDouble(Double::doubleValue).max().orElse(0));
    NumberFormat format = NumberFormat.getIntegerInstance(locale);
    x.start("svg", "xmlns", "http://www.w3.org/2000/svg", "class", "chart", "viewBox", "0 0 " + n(WIDTH) + " " + n(height),
        "width", n(WIDTH), "height", n(height), "role", "img", "aria-label", chart.title()).newline();
    double bottom = TOP + PLOT;
    for (int t = 0; t <= 4; t++) {
      double value = max * t / 4;
      double y = bottom - PLOT * t / 4;
      x.empty("line", "x1", n(LEFT), "x2", n(RIGHT), "y1", n(y), "y2", n(y), "stroke", t == 0 ? "#424242" : "#e0e0e0");
      x.element("text", format.format(value), "x", n(LEFT - 6), "y", n(y + 4), "text-anchor", "end", "font-size", "11");
    }
    double group = (RIGHT - LEFT) / Math.max(1, n);
    int series = Math.max(1, chart.series().size());
    double bar = group * 0.8 / series;
    for (int i = 0; i < n; i++) {
      BarChart.Bar b = chart.bars().get(i);
      double gx = LEFT + i * group + group * 0.1;
      for (int s = 0; s < b.values().size(); s++) {
        double value = b.values().get(s);
        double h = max == 0 ? 0 : PLOT * value / max;
        x.start("rect", "class", "bar", "data-label", b.label(), "data-value", n(value), "x", n(gx + s * bar), "y", n(bottom - h),
            "width", n(Math.max(1, bar - 1)), "height", n(h), "fill", COLOURS[s % COLOURS.length]);
        x.element("title", b.label() + (series > 1 ? " · " + chart.series().get(s) : "") + ": " + format.format(value) + " " + chart.unit());
        x.end();
      }
      double lx = gx + group * 0.4;
      if (rotate) {
        x.element("text", b.label(), "x", n(lx), "y", n(bottom + 12), "text-anchor", "end", "font-size", "11",
            "transform", "rotate(-45 " + n(lx) + " " + n(bottom + 12) + ")");
      } else {
        x.element("text", b.label(), "x", n(lx), "y", n(bottom + 16), "text-anchor", "middle", "font-size", "11");
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
