package id.kim.rules.capacity;

import id.kim.rules.explain.RuleId;
import io.vavr.collection.Seq;
import org.immutables.value.Value;

/** A form of activity suggested to a KIM, with the needs (CAP-1..5) that led to it (SOLUTION-BASIS). */
@Value.Immutable
public abstract class SuggestedSolution {

  /** @return the form: Bimtek, workshop, sarasehan, forum diskusi … */
  public abstract CapacityBuildingForm form();

  /** @return the CAP elements whose needs it answers, in Tabel 4.1 order */
  public abstract Seq<RuleId> because();

  /** @return what to focus on: skills needed, media not ready … */
  public abstract Seq<String> focus();

  /** @return a builder */
  static ImmutableSuggestedSolution.Builder builder() {
    return ImmutableSuggestedSolution.builder();
  }

  @Override
  public String toString() {
    return form().label() + " (" + form().ruleId() + ") <- " + because().mkString(", ")
        + (focus().isEmpty() ? "" : ": " + focus().mkString(", "));
  }
}
