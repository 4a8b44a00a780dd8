package id.kim.report;

import id.kim.core.validation.MissingValueException;
import java.util.List;
import org.immutables.value.Value;

/**
 * A KIM that did not enter the mapping (juknis III.A, MAP-ENTRY-1..4): it is neither placed on the grid of
 * Tabel 3.3 nor prioritised, and the report lists it apart with the mapping-entry verdict and the
 * requirements that kept it out.
 */
@Value.Immutable
public abstract class NotMappedRow {

  /** @return the KIM's number in the report (the order of the Tabel 3.1 import) */
  public abstract int number();

  /** @return the KIM's name */
  public abstract String kim();

  /** @return the mapping-entry verdict code: NOT_ELIGIBLE, INCOMPLETE or INVALID */
  public abstract String verdict();

  /** @return the verdict in the report's language, e.g. "TIDAK LAYAK" */
  public abstract String verdictLabel();

  /** @return the MAP-ENTRY-1..4 requirements not satisfied or not known, or the data problems of an invalid record */
  public abstract List<Reason> reasons();

  /**
   * @param row a row of the eligibility table whose mapping-entry verdict is known
   * @return the row's KIM as left out of the mapping: its number, name, mapping-entry verdict and the reasons
   * @throws MissingValueException if {@code row} is null
   * @throws IllegalArgumentException if the row has no mapping-entry verdict
   */
  public static NotMappedRow of(EligibilityRow row) {
    MissingValueException.requireNonNull(row, "row");
    String verdict = row.mappingEntry().orElseThrow(() -> new IllegalArgumentException(
        "eligibility row " + row.number() + " has no mapping-entry verdict (MAP-ENTRY-1..4)"));
    return builder().number(row.number()).kim(row.kim()).verdict(verdict)
        .verdictLabel(row.mappingEntryLabel().orElse(verdict)).reasons(row.entryReasons()).build();
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link NotMappedRow}. */
  public static final class Builder extends ImmutableNotMappedRow.Builder {}
}
