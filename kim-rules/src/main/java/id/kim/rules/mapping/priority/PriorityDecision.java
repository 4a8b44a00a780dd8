package id.kim.rules.mapping.priority;

import id.kim.core.community.KimRef;
import id.kim.rules.explain.Finding;
import id.kim.rules.mapping.grid.Approach;
import id.kim.rules.mapping.grid.GridCategory;
import id.kim.rules.mapping.grid.GridPlacement;
import io.vavr.collection.Seq;
import org.immutables.value.Value;

/**
 * The decision of stage D about one KIM: its rank, whether it is prioritised and involved
 * (MAP-RULE-e), the approaches to take (the category's, refined by the examples of III.D,
 * PRIORITY-2), and the findings that explain them. Prioritising or involving a KIM is never a
 * partnership by itself (INV-5).
 */
@Value.Immutable
public abstract class PriorityDecision {

  /** @return the rank, from 1, in {@link PriorityOrder} */
  public abstract int rank();

  /** @return the placement of stage C */
  public abstract GridPlacement placement();

  /** @return true if the Dinas prioritises the KIM (diprioritaskan) */
  public abstract boolean prioritised();

  /** @return true if the Dinas involves the KIM (dilibatkan) */
  public abstract boolean involved();

  /** @return the approaches, in the order of {@link Approach} */
  public abstract Seq<Approach> approaches();

  /** @return PRIORITY-1 (rank and decision), then PRIORITY-2 when an example of III.D applies */
  public abstract Seq<Finding> findings();

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the KIM */
  public KimRef kim() {
    return placement().kim();
  }

  /** @return its category */
  public GridCategory category() {
    return placement().category();
  }

  @Override
  public String toString() {
    return "PriorityDecision[" + rank() + ". " + kim() + ", " + category() + (prioritised() ? ", prioritised" : "")
        + (involved() ? ", involved" : "") + ", " + approaches().mkString(", ") + "]";
  }

  /** Builds a {@link PriorityDecision}. */
  public static final class Builder extends ImmutablePriorityDecision.Builder {}
}
