package id.kim.rules.mapping.grid;

import id.kim.rules.mapping.threshold.ThresholdDecision;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * The level of one variable of one KIM, and everything that decided it: the recorded assessment, if
 * any; for power and influence, the figures compared with the threshold (always computed, so an
 * official sees what the numbers say even when an assessment prevails); for interest, the current
 * priority issues its fields or issues meet (the suggestion, GAP-16).
 */
@Value.Immutable
public abstract class VariableLevel {

  /** @return the variable */
  public abstract GridVariable variable();

  /** @return the level that counts */
  public abstract Level level();

  /** @return what decided it */
  public abstract LevelBasis basis();

  /** @return the assessment that decided, when {@link LevelBasis#ASSESSED} */
  @Value.Default
  public Option<GridAssessment> assessment() {
    return Option.none();
  }

  /** @return for power and influence: the threshold decision on the figures */
  @Value.Default
  public Option<ThresholdDecision<?>> measurement() {
    return Option.none();
  }

  /** @return for interest: the suggested level (HIGH when {@link #overlappingIssues()} is not empty) */
  @Value.Default
  public Option<Level> suggestion() {
    return Option.none();
  }

  /** @return for interest: titles of current priority or crisis issues the KIM's PROFILE-m/-n meet */
  @Value.Default
  public Seq<String> overlappingIssues() {
    return List.empty();
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the level the figures or issues point to, whether or not it decided */
  public Option<Level> indicated() {
    return measurement().filter(ThresholdDecision::hasEvidence).map(m -> Level.of(m.high())).orElse(suggestion());
  }

  /** @return the total figure measured (0 without figures) — for power, the reach used by PRIORITY-1 */
  public long figure() {
    return measurement().map(m -> m.figures().total()).getOrElse(0L);
  }

  @Override
  public String toString() {
    return variable() + "=" + level() + " (" + basis() + measurement().map(m -> ", " + m.comparison()).getOrElse("") + ")";
  }

  /** Builds a {@link VariableLevel}. */
  public static final class Builder extends ImmutableVariableLevel.Builder {}
}
