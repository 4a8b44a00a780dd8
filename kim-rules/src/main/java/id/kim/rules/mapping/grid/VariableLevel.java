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

  /** @return the assessment that decided, when {@link LevelBasis#ASSESSED} (none by default) */
  public abstract Option<GridAssessment> assessment();

  /** @return for power and influence: the threshold decision on the figures (none by default) */
  public abstract Option<ThresholdDecision<?>> measurement();

  /**
   * @return for interest: the suggested level (HIGH when {@link #overlappingIssues()} is not empty; none by default)
   */
  public abstract Option<Level> suggestion();

  /** @return for interest: titles of current priority or crisis issues the KIM's PROFILE-m/-n meet (none by default) */
  public abstract Seq<String> overlappingIssues();

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
    return variable() + "=" + level() + " (" + basis() + measurement().map(m -> ", " + m.comparison()).getOrElse("")
        + ")";
  }

  /**
   * Builds a {@link VariableLevel}: no assessment, measurement, suggestion or overlapping issue
   * unless set. (Defaults are set here rather than as Immutables defaults, so a level carries no
   * initialisation state: a grid builds three per KIM.)
   */
  public static final class Builder extends ImmutableVariableLevel.Builder {
    public Builder() {
      assessment(Option.none());
      measurement(Option.none());
      suggestion(Option.none());
      overlappingIssues(List.empty());
    }
  }
}
