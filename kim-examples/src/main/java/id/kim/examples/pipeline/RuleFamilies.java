package id.kim.examples.pipeline;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Which rule families this build of the examples runs. A family that lands is wired with one line in
 * {@link #available()}: e.g. {@code .mapping(MappingStep.juknis2022())}.
 */
@Value.Immutable
public abstract class RuleFamilies {

  /** @return eligibility (id.kim.rules.eligibility) */
  public abstract Optional<EligibilityStep> eligibility();

  /** @return termination review (id.kim.rules.termination) */
  public abstract Optional<ReviewStep> review();

  /** @return mapping (id.kim.rules.mapping) — not in this build yet */
  public abstract Optional<MappingStep> mapping();

  /** @return evaluation of dissemination (id.kim.rules.evaluation) — not in this build yet */
  public abstract Optional<DisseminationStep> evaluation();

  /** @return the families of this build */
  public static RuleFamilies available() {
    return builder().eligibility(EligibilityStep.juknis2022()).review(ReviewStep.juknis2022()).build();
  }

  /** @return none: every section shows its raw data or a "pending" note */
  public static RuleFamilies none() {
    return builder().build();
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link RuleFamilies}. */
  public static final class Builder extends ImmutableRuleFamilies.Builder {}
}
