package id.kim.rules.mapping.report;

import id.kim.rules.explain.Citation;
import org.immutables.value.Value;

/**
 * What the mapping report covers. REPORT-1 speaks of "seluruh KIM yang menjadi prioritas Dinas",
 * ambiguous between all KIM and the priority KIM (GAP-18): by default the matrix holds the priority
 * KIM only (the literal reading); {@link #includeAll()} adds every KIM of the census — for a
 * provincial overview, or to keep category-4 KIM ("record and monitor") in view.
 */
@Value.Immutable
public abstract class ReportOptions {
  /** The scope of the report: priority KIM by default, all with {@code includeAll} (PROPOSED, GAP-18). */
  static final Citation SCOPE_CITATION = Citation.proposed("III.E",
      "seluruh KIM yang menjadi prioritas Dinas Kominfo", "GAP-18");

  /** @return true to put every KIM of the census in the matrix, not only the prioritised */
  @Value.Default
  public boolean includeAll() {
    return false;
  }

  /** @return the default: priority KIM only */
  public static ReportOptions standard() {
    return ImmutableReportOptions.builder().build();
  }

  /** @return every KIM in the matrix */
  public static ReportOptions allKim() {
    return ImmutableReportOptions.builder().includeAll(true).build();
  }

  /** @return {@code "priority"} or {@code "all"} */
  public String code() {
    return includeAll() ? "all" : "priority";
  }
}
