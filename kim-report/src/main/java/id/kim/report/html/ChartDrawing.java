package id.kim.report.html;

import static id.kim.report.html.Svg.n;

import id.kim.core.i18n.Lang;
import id.kim.report.BarChart;
import id.kim.report.Numbers;
import java.util.ArrayList;
import java.util.List;

/**
 * The geometry of a {@link BarChart} as SVG: vertical bars from a zero line (a decline goes below it), one colour
 * per series, a value axis with round ticks in the reader's number format and the unit as its title, the
 * category axis titled too; labels rotated when they are long names. The template only writes the shapes.
 *
 * @param title the chart's title
 * @param caption where the numbers come from
 * @param width the drawing's width
 * @param height the drawing's height
 * @param ticks the value axis: a grid line and a label per tick
 * @param bars the bars
 * @param texts the category labels and the two axis titles
 * @param keys the series, when there are more than one
 */
record ChartDrawing(String title, String caption, String width, String height, List<Tick> ticks, List<Bar> bars,
    List<Svg.Text> texts, List<Key> keys) {
  static final double WIDTH = 760;
  private static final double LEFT = 78;
  private static final double RIGHT = 745;
  private static final double TOP = 14;
  private static final double PLOT = 170;

  /** A tick of the value axis: its grid line and its label. */
  record Tick(String y, String x1, String x2, String stroke, Svg.Text label) {}

  /** A bar, with its raw value for machines and its label and value in words for the tooltip. */
  record Bar(String x, String y, String width, String height, String fill, String label, String value, String title) {}

  /** A series in the legend of the chart. */
  record Key(String colour, String text) {}

  static ChartDrawing of(BarChart chart, Lang lang) {
    int n = chart.bars().size();
    int longest = chart.bars().stream().mapToInt(b -> b.label().length()).max().orElse(0);
    boolean rotate = longest * 6.2 > (RIGHT - LEFT) / Math.max(1, n);
    double labels = rotate ? Math.min(150, 12 + longest * 5.4) : 20;
    double height = TOP + PLOT + labels + 24;
    double min = chart.bars().stream().flatMap(b -> b.values().stream()).mapToDouble(Double::doubleValue).min()
        .orElse(0);
    double max = chart.bars().stream().flatMap(b -> b.values().stream()).mapToDouble(Double::doubleValue).max()
        .orElse(0);
    NiceScale scale = NiceScale.of(min, max);
    double perUnit = PLOT / (scale.high() - scale.low());
    double zero = TOP + scale.high() * perUnit;
    List<Tick> ticks = new ArrayList<>();
    for (int i = 0; i < scale.ticks(); i++) {
      double v = scale.tick(i);
      double y = zero - v * perUnit;
      ticks.add(new Tick(n(y), n(LEFT), n(RIGHT), v == 0 ? "#424242" : "#e0e0e0",
          Svg.Text.at(LEFT - 6, y + 4, Numbers.decimal(v, 2, lang), "end", 10.5, false, "#424242")));
    }
    List<Svg.Text> texts = new ArrayList<>();
    List<Bar> bars = new ArrayList<>();
    double group = (RIGHT - LEFT) / Math.max(1, n);
    int series = Math.max(1, chart.series().size());
    double width = group * 0.8 / series;
    for (int i = 0; i < n; i++) {
      BarChart.Bar b = chart.bars().get(i);
      double gx = LEFT + i * group + group * 0.1;
      for (int s = 0; s < b.values().size(); s++) {
        double value = b.values().get(s);
        double h = Math.abs(value) * perUnit;
        String what = b.hint() + (series > 1 ? " · " + chart.series().get(s) : "");
        bars.add(new Bar(n(gx + s * width), n(value >= 0 ? zero - h : zero), n(Math.max(1, width - 1)), n(h),
            Palette.SERIES[s % Palette.SERIES.length], b.label(), n(value),
            what + ": " + valueText(value, chart.unit(), lang)));
      }
      double lx = gx + group * 0.4;
      double base = TOP + PLOT + 4;
      texts.add(rotate ? Svg.Text.rotated(lx + 3, base + 8, b.label(), "end", 10, false, -60)
          : Svg.Text.at(lx, base + 12, b.label(), "middle", n > 24 ? 9 : 10.5, false, "#212121"));
    }
    texts.add(Svg.Text.at((LEFT + RIGHT) / 2, height - 6, chart.categoryAxis(), "middle", 11.5, true, "#212121"));
    double middle = TOP + PLOT / 2;
    texts.add(Svg.Text.rotated(16, middle, chart.unit(), "middle", 11.5, true, -90));
    List<Key> keys = new ArrayList<>();
    if (chart.series().size() > 1) {
      for (int s = 0; s < chart.series().size(); s++) {
        keys.add(new Key(Palette.SERIES[s % Palette.SERIES.length], chart.series().get(s)));
      }
    }
    return new ChartDrawing(chart.title(), chart.caption(), n(WIDTH), n(height), List.copyOf(ticks), List.copyOf(bars),
        List.copyOf(texts), List.copyOf(keys));
  }

  /**
   * A bar's value in the page's locale: percentages as {@link Numbers#percent} (14,9 % / 14.9%), others with their
   * unit.
   */
  private static String valueText(double value, String unit, Lang lang) {
    return "%".equals(unit) ? Numbers.percent(value, lang) : Numbers.decimal(value, 2, lang) + " " + unit;
  }
}
