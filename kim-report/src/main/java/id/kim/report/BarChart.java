package id.kim.report;

import java.util.List;
import org.immutables.value.Value;

/** A bar chart: bars with one value per series (e.g. before/after), a unit and a caption. */
@Value.Immutable
public abstract class BarChart {

  /** @return the title */
  public abstract String title();

  /** @return the unit of the values, e.g. "kegiatan" */
  public abstract String unit();

  /** @return what the bars stand for, the title of the category axis, e.g. "KIM (nomor daftar)" or "bulan" */
  @Value.Default
  public String categoryAxis() {
    return "";
  }

  /** @return where the numbers come from and how to read them */
  public abstract String caption();

  /** @return the names of the series; one series needs no legend */
  public abstract List<String> series();

  /** @return the bars, in order */
  public abstract List<Bar> bars();

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /** One bar (group): a label and one value per series. */
  @Value.Immutable
  public abstract static class Bar {
    /** @return the label under the bar */
    @Value.Parameter
    public abstract String label();

    /** @return one value per series; a negative value (a decline) is drawn below the zero line */
    @Value.Parameter
    public abstract List<Double> values();

    /** @return what the label stands for when it is short, e.g. the KIM's name behind its number; shown as a tooltip */
    @Value.Default
    public String hint() {
      return label();
    }

    /**
     * @param label the label
     * @param values one value per series
     * @return the bar
     */
    public static Bar of(String label, Double... values) {
      return ImmutableBar.of(label, List.of(values));
    }

    /**
     * @param label the short label, e.g. a KIM's number
     * @param hint what it stands for, e.g. the KIM's name
     * @param values one value per series
     * @return the bar
     */
    public static Bar of(String label, String hint, Double... values) {
      return ImmutableBar.builder().label(label).hint(hint).values(List.of(values)).build();
    }
  }

  /** Builds a {@link BarChart}. */
  public static final class Builder extends ImmutableBarChart.Builder {}
}
