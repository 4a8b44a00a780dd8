package id.kim.report;

import id.kim.core.i18n.Lang;
import id.kim.rules.explain.Verdict;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Everything the HTML report shows, already computed and in one language. A section without input data
 * carries a note saying what to give instead of results.
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

  /** @return the eligibility table, by number */
  public abstract List<EligibilityRow> eligibility();

  /** @return every KIM of the report, by number: the numbering of every table, the grid and its legend */
  public abstract List<KimEntry> kims();

  /**
   * @return the KIM that did not enter the mapping (MAP-ENTRY-1..4), by number, with the requirements that kept them
   *     out: the rows of {@link #eligibility()} whose mapping-entry verdict is not {@code ELIGIBLE} (derived, not
   *     given to the builder)
   */
  @Value.Derived
  public List<NotMappedRow> notMapped() {
    return eligibility().stream()
        .filter(row -> row.mappingEntry().filter(v -> !v.equals(Verdict.ELIGIBLE.name())).isPresent())
        .map(NotMappedRow::of).toList();
  }

  /** @return every KIM placed on the grid — those that entered the mapping — by rank (REPORT-1, PRIORITY-1) */
  public abstract List<GridPoint> grid();

  /** @return the mapping's policies in words: thresholds, interest, mixed cases (GAP-14..16), priority (GAP-18) */
  public abstract List<String> mappingPolicy();

  /** @return the mapping's open points: variables without evidence, unknown KIM, issues without source */
  public abstract List<String> mappingNotes();

  /** @return the public issues of Tabel 3.2 with their links */
  public abstract List<IssueRow> issues();

  /** @return why there is no grid (no mapping input, or the mapping was refused), if there is none */
  public abstract Optional<String> gridNote();

  /** @return the period the dissemination was evaluated over, e.g. "2025" */
  public abstract Optional<String> evaluationPeriod();

  /** @return the continuation policy applied, in words */
  public abstract Optional<String> evaluationPolicy();

  /** @return the evaluation per KIM, by number */
  public abstract List<EvaluationRow> evaluations();

  /** @return the Output, Outtakes and Outcome charts, per KIM and per month */
  public abstract List<BarChart> charts();

  /** @return a note on the dissemination section (no monitoring data) */
  public abstract Optional<String> chartsNote();

  /** @return the termination reviews, partners first, then by number */
  public abstract List<ReviewRow> reviews();

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
