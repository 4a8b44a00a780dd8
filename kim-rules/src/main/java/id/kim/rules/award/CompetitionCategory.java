package id.kim.rules.award;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * A category of a competition (kategori lomba): one of the juknis' examples (COMP-CAT-1..4) or the Dinas' own. Two
 * categories are the same when their names are.
 */
@Value.Immutable
public abstract class CompetitionCategory implements Comparable<CompetitionCategory> {

  /** @return the category's name */
  @Value.Parameter
  public abstract String name();

  /** @return the juknis example it is, if any */
  @Value.Parameter
  @Value.Auxiliary
  public abstract Option<KnownCategory> known();

  /**
   * @param known a juknis example
   * @return the category, named as in the juknis
   */
  public static CompetitionCategory of(KnownCategory known) {
    return ImmutableCompetitionCategory.of(known.label(), Option.some(known));
  }

  /**
   * @param name the Dinas' own category
   * @return the category
   */
  public static CompetitionCategory custom(String name) {
    return ImmutableCompetitionCategory.of(name, Option.none());
  }

  @Override
  public int compareTo(CompetitionCategory other) {
    return name().compareTo(other.name());
  }

  @Override
  public String toString() {
    return name() + known().map(k -> " (" + k.ruleId() + ")").getOrElse("");
  }
}
