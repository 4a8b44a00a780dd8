package id.kim.rules.mapping.priority;

import id.kim.rules.mapping.grid.GridCategory;
import io.vavr.collection.SortedSet;
import io.vavr.collection.TreeSet;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Which KIM the Dinas prioritises (diprioritaskan) and involves (dilibatkan) — MAP-RULE-e gives the
 * decision to the Dinas and no criterion, so it is a policy value (PROPOSED, GAP-18).
 *
 * <p>{@link #standard()}: prioritise categories 1, 2 and 3 — those where Tabel 3.3 asks the Dinas to
 * act beyond recording (partner, persuade, build capacity) — and involve categories 1 and 3 — the
 * KIM that take part now (as partners, or in capacity building while kept informed); a category-2
 * KIM is prioritised for persuasion but involved only once it is willing ("agar bersedia").
 * Category 4 is recorded and monitored, not prioritised. An optional limit keeps the first N by
 * rank (e.g. the number of partners a budget allows).
 */
@Value.Immutable
public abstract class PriorityPolicy implements WithPriorityPolicy {

  /** @return the categories to prioritise */
  @Value.Default
  public SortedSet<GridCategory> prioritised() {
    return TreeSet.of(GridCategory.G1_PARTNER, GridCategory.G2_PERSUADE, GridCategory.G3_BUILD_CAPACITY);
  }

  /** @return the categories, among the prioritised, to involve */
  @Value.Default
  public SortedSet<GridCategory> involved() {
    return TreeSet.of(GridCategory.G1_PARTNER, GridCategory.G3_BUILD_CAPACITY);
  }

  /** @return at most this many KIM are prioritised, the first by rank */
  public abstract Optional<Integer> maxPrioritised();

  /** @return the default policy */
  public static PriorityPolicy standard() {
    return builder().build();
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a stable code, e.g. {@code "prioritise=[1,2,3]; involve=[1,3]; max=-"} */
  public String code() {
    return "prioritise=" + prioritised().map(GridCategory::row).mkString("[", ",", "]")
        + "; involve=" + involved().map(GridCategory::row).mkString("[", ",", "]")
        + "; max=" + maxPrioritised().map(String::valueOf).orElse("-");
  }

  /** Only the four rows; involve only what is prioritised; a limit is not negative. */
  @Value.Check
  protected void check() {
    if (prioritised().contains(GridCategory.UNCLASSIFIED) || involved().contains(GridCategory.UNCLASSIFIED)) {
      throw new IllegalArgumentException("PriorityPolicy: UNCLASSIFIED cannot be prioritised or involved before the "
          + "Dinas decides its category (GAP-14)");
    }
    if (!prioritised().containsAll(involved())) {
      throw new IllegalArgumentException("PriorityPolicy: involved " + involved() + " must be among prioritised "
          + prioritised() + " (MAP-RULE-e 'diprioritaskan dan dilibatkan')");
    }
    if (maxPrioritised().filter(m -> m < 0).isPresent()) {
      throw new IllegalArgumentException("PriorityPolicy.maxPrioritised must not be negative, was "
          + maxPrioritised().get());
    }
  }

  @Override
  public String toString() {
    return "PriorityPolicy[" + code() + "]";
  }

  /** Builds a {@link PriorityPolicy}. */
  public static final class Builder extends ImmutablePriorityPolicy.Builder {}
}
