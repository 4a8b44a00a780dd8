package id.kim.report;

import id.kim.rules.mapping.grid.GridCategory;
import id.kim.rules.mapping.grid.Level;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One KIM on the grid of Tabel 3.3 as the mapping placed it (GRID-VAR, GRID-1..4): its levels and what
 * decided each, its category — an exact juknis row, or a combination the table does not name placed
 * by the mixed-case policy (GAP-14) — its rank and priority (PRIORITY-1), numbered for the legend.
 */
@Value.Immutable
public abstract class GridPoint {

  /** @return its number on the drawing, in the legend and in every table: the report's number of the KIM */
  public abstract int number();

  /** @return its rank in the priority order (PRIORITY-1), from 1 */
  public abstract int rank();

  /** @return the KIM's name */
  public abstract String kim();

  /** @return interest (ketertarikan) */
  public abstract Level interest();

  /** @return power (kekuatan) */
  public abstract Level power();

  /** @return influence (pengaruh) */
  public abstract Level influence();

  /** @return what decided interest: assessed, suggested, or no evidence */
  public abstract String interestBasis();

  /** @return what decided power, with the figures compared when measured */
  public abstract String powerBasis();

  /** @return what decided influence, with the figures compared when measured */
  public abstract String influenceBasis();

  /** @return the category of Tabel 3.3 (or UNCLASSIFIED under the MANUAL policy) */
  public abstract GridCategory category();

  /** @return the category in a few words, e.g. "GRID-3: guidance and capacity building" */
  public abstract String categoryLabel();

  /** @return the approaches of the category for this KIM (GAP-17, PRIORITY-2), in words */
  public abstract String approaches();

  /** @return the mixed-case policy that placed it (GAP-14), or the Dinas' decision, when not an exact match */
  public abstract Optional<String> placedBy();

  /** @return true if the levels match a Tabel 3.3 row exactly (GRID-1..4): nothing else placed it (GAP-14) */
  public boolean exactMatch() {
    return placedBy().isEmpty();
  }

  /** @return "prioritised and involved", "prioritised", or "not prioritised" (MAP-RULE-e), in words */
  public abstract String priority();

  /** @return true if it is in the matrix of REPORT-1 */
  public abstract boolean inMatrix();

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GridPoint}. */
  public static final class Builder extends ImmutableGridPoint.Builder {}
}
