package id.kim.report;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** One KIM in the eligibility table: its verdicts for mapping entry and partnership, and why. */
@Value.Immutable
public abstract class EligibilityRow {

  /**
   * @return the KIM's number in the report: its place in the Tabel 3.1 import, the same in every table and on the
   * grid
   */
  public abstract int number();

  /** @return the KIM's name */
  public abstract String kim();

  /** @return "Tipe A" or "Tipe B", when recorded */
  public abstract Optional<String> type();

  /** @return the Nomor Induk Komunitas, when issued */
  public abstract Optional<String> communityNumber();

  /** @return the mapping-entry verdict code (ELIGIBLE, NOT_ELIGIBLE, INCOMPLETE, INVALID), when decided */
  public abstract Optional<String> mappingEntry();

  /** @return its label in the report's language */
  public abstract Optional<String> mappingEntryLabel();

  /** @return the partnership verdict code, when decided */
  public abstract Optional<String> partnership();

  /** @return its label */
  public abstract Optional<String> partnershipLabel();

  /** @return the mapping-entry requirements (MAP-ENTRY-1..4) not satisfied or not yet known, or the data problems */
  public abstract List<Reason> entryReasons();

  /** @return the partnership requirements not satisfied or not yet known, or the data problems of an invalid record */
  public abstract List<Reason> reasons();

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EligibilityRow}. */
  public static final class Builder extends ImmutableEligibilityRow.Builder {}
}
