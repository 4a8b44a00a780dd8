package id.kim.rules.mapping.priority;

import id.kim.rules.mapping.grid.GridCategory;
import id.kim.rules.mapping.grid.GridPlacement;
import java.util.Comparator;

/**
 * The ranking of PRIORITY-1 (PROPOSED — the juknis gives no ordering): a total order on the
 * placements of one grid, documented key by key, so a ranking never depends on input order.
 *
 * <ol>
 *   <li>the category, in Tabel 3.3 row order 1, 2, 3, 4 ({@link GridCategory#UNCLASSIFIED} last);</li>
 *   <li>the number of HIGH values among interest, power and influence, more first;</li>
 *   <li>the total reach of PROFILE-s as of the date (latest figure per medium, combined as the
 *       power policy says), larger first;</li>
 *   <li>the final tie-breaker: the {@link id.kim.core.community.KimRef} — registered KIM by
 *       Nomor Induk Komunitas (as text) and issuer, then KIM not yet registered by name and seat.
 *       Refs are unique in a census, so no two placements of one grid tie.</li>
 * </ol>
 */
public final class PriorityOrder {
  /** The comparator; earlier is higher priority. */
  public static final Comparator<GridPlacement> COMPARATOR = Comparator
      .comparingInt((GridPlacement p) -> p.category().row())
      .thenComparing(Comparator.comparingInt(GridPlacement::highCount).reversed())
      .thenComparing(Comparator.comparingLong((GridPlacement p) -> p.power().figure()).reversed())
      .thenComparing(GridPlacement::kim);

  private PriorityOrder() {}
}
