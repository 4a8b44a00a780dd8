package id.kim.report.pipeline;

import id.kim.core.region.RegionDirectory;
import id.kim.core.validation.MissingValueException;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The rule families the pipeline runs — every family of the SDK, each behind a small step interface so
 * a caller (or a test) can put another implementation in its place.
 */
@Value.Immutable
public abstract class RuleFamilies {

  /** @return eligibility (id.kim.rules.eligibility) */
  @Value.Default
  public EligibilityStep eligibility() {
    return EligibilityStep.juknis2022();
  }

  /** @return termination grounds (id.kim.rules.termination) */
  @Value.Default
  public ReviewStep review() {
    return ReviewStep.juknis2022();
  }

  /** @return mapping (id.kim.rules.mapping) */
  @Value.Default
  public MappingStep mapping() {
    return MappingStep.juknis2022();
  }

  /** @return evaluation of dissemination (id.kim.rules.evaluation) */
  @Value.Default
  public DisseminationStep evaluation() {
    return DisseminationStep.juknis2022();
  }

  /**
   * @param regions the register the data's region codes are checked against ({@code Dataset.regions()}), or
   *     empty for none
   * @return these families, eligibility also checking each record's region codes against the register
   *     ({@link EligibilityStep#checkingRegions}); these same families when {@code regions} is empty
   */
  public RuleFamilies checkingRegions(Optional<RegionDirectory> regions) {
    MissingValueException.requireNonNull(regions, "regions");
    return regions.<RuleFamilies>map(r -> builder().from(this).eligibility(eligibility().checkingRegions(r)).build())
        .orElse(this);
  }

  /** @return the families of the juknis 2022 */
  public static RuleFamilies available() {
    return builder().build();
  }

  /** @return a builder, to replace a family */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link RuleFamilies}. */
  public static final class Builder extends ImmutableRuleFamilies.Builder {}
}
