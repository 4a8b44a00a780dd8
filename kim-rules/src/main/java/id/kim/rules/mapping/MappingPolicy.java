package id.kim.rules.mapping;

import id.kim.rules.mapping.grid.LevelPolicy;
import id.kim.rules.mapping.priority.PriorityPolicy;
import id.kim.rules.mapping.report.ReportOptions;
import org.immutables.value.Value;

/**
 * Every choice the juknis leaves to the Dinas in mapping, in one value — all PROPOSED, all recorded
 * in the report: the levels of stage C (thresholds, interest, mixed cases; GAP-14..16), the priority
 * policy of stage D (GAP-18), the scope of the report (GAP-18), and whether a provincial Dinas may
 * map (off: MAP-RULE-a; on only for a province without regency/city Dinas, GAP-50).
 *
 * <pre>{@code
 * MappingPolicy policy = MappingPolicy.standard().withReport(ReportOptions.allKim());
 * }</pre>
 */
@Value.Immutable
public abstract class MappingPolicy implements WithMappingPolicy {

  /** @return the policy of stage C */
  @Value.Default
  public LevelPolicy level() {
    return LevelPolicy.standard();
  }

  /** @return the policy of stage D */
  @Value.Default
  public PriorityPolicy priority() {
    return PriorityPolicy.standard();
  }

  /** @return the scope of the report */
  @Value.Default
  public ReportOptions report() {
    return ReportOptions.standard();
  }

  /** @return true to let a provincial Dinas map (GAP-50); false by default (MAP-RULE-a) */
  @Value.Default
  public boolean provincialMappingAllowed() {
    return false;
  }

  /** @return the defaults */
  public static MappingPolicy standard() {
    return builder().build();
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MappingPolicy}. */
  public static final class Builder extends ImmutableMappingPolicy.Builder {}
}
