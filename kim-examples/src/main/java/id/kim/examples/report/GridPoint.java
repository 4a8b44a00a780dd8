package id.kim.examples.report;

import id.kim.examples.data.Level;
import java.util.Optional;
import org.immutables.value.Value;

/** One KIM on the interest × power/influence grid (Tabel 3.3, GRID-VAR), numbered for the legend. */
@Value.Immutable
public abstract class GridPoint {

  /** @return its number on the drawing and in the legend, from 1 */
  public abstract int number();

  /** @return the KIM's name */
  public abstract String kim();

  /** @return interest (ketertarikan) */
  public abstract Level interest();

  /** @return power (kekuatan) */
  public abstract Level power();

  /** @return influence (pengaruh) */
  public abstract Level influence();

  /** @return the category (GRID-1..4) with its approach, once the mapping family classifies it */
  public abstract Optional<String> category();

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return true if power and influence agree, the four combinations Tabel 3.3 names */
  public boolean isNamedCombination() {
    return power() == influence();
  }

  /** Builds a {@link GridPoint}. */
  public static final class Builder extends ImmutableGridPoint.Builder {}
}
