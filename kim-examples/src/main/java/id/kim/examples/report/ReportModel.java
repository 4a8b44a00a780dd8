package id.kim.examples.report;

import id.kim.core.i18n.Lang;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Everything the HTML report shows, already computed and in one language. A section whose rule family
 * is not in this build carries a note saying so instead of results.
 */
@Value.Immutable
public abstract class ReportModel {

  /** @return the language of the report */
  public abstract Lang lang();

  /** @return the Dinas whose report it is */
  public abstract String dinas();

  /** @return the date the data and rules are judged as of */
  public abstract LocalDate asOf();

  /** @return the inputs read, by name */
  public abstract List<String> sources();

  /** @return the Tabel 3.1 import: summary line, when a CSV was read */
  public abstract Optional<String> importSummary();

  /** @return the rejected rows, one line each */
  public abstract List<String> importErrors();

  /** @return the eligibility table, sorted by KIM name */
  public abstract List<EligibilityRow> eligibility();

  /** @return why the eligibility section is empty or partial, if it is */
  public abstract Optional<String> eligibilityNote();

  /** @return the KIM placed on the grid */
  public abstract List<GridPoint> grid();

  /** @return a note on the grid section (e.g. categories pending) */
  public abstract Optional<String> gridNote();

  /** @return the dissemination charts */
  public abstract List<BarChart> charts();

  /** @return a note on the charts section */
  public abstract Optional<String> chartsNote();

  /** @return the termination reviews, partners first */
  public abstract List<ReviewRow> reviews();

  /** @return a note on the reviews section */
  public abstract Optional<String> reviewsNote();

  /** @return registered KIM per province, when the national table was read */
  public abstract Optional<BarChart> national();

  /** @return provinces the national source does not list (unknown, not 0) */
  public abstract List<String> nationalUnknown();

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReportModel}. */
  public static final class Builder extends ImmutableReportModel.Builder {}
}
