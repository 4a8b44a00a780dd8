package id.kim.rules.mapping;

import id.kim.core.agency.Dinas;
import id.kim.core.community.KimProfile;
import id.kim.rules.mapping.grid.CategoryDecision;
import id.kim.rules.mapping.grid.GridAssessment;
import id.kim.rules.mapping.issue.PublicIssue;
import java.util.List;
import org.immutables.value.Value;

/**
 * What a Dinas brings to a mapping: its profiles (Tabel 3.1), its issues (Tabel 3.2), its recorded
 * assessments of interest, power and influence, and its category decisions for mixed cases. Order
 * does not matter anywhere.
 */
@Value.Immutable
public abstract class MappingInput implements WithMappingInput {

  /** @return the Dinas that maps */
  public abstract Dinas dinas();

  /** @return the profiles it holds */
  public abstract List<KimProfile> profiles();

  /** @return the public issues it identified */
  public abstract List<PublicIssue> issues();

  /** @return its recorded assessments */
  public abstract List<GridAssessment> assessments();

  /** @return its category decisions (MANUAL policy) */
  public abstract List<CategoryDecision> decisions();

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MappingInput}. */
  public static final class Builder extends ImmutableMappingInput.Builder {}
}
