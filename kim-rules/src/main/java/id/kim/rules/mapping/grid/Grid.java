package id.kim.rules.mapping.grid;

import static id.kim.core.validation.MissingValueException.requireNonNull;

import id.kim.core.community.KimRef;
import id.kim.rules.explain.Citation;
import id.kim.rules.explain.Finding;
import id.kim.rules.explain.RuleId;
import id.kim.rules.mapping.issue.IssueMatrix;
import id.kim.rules.mapping.profiling.Census;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The result of mapping stage C: every KIM of the census placed in exactly one category of Tabel 3.3
 * (MAP-RULE-d, GRID-VAR, GRID-1..4), under one {@link LevelPolicy}, as of one date.
 */
@Value.Immutable
public abstract class Grid {
  /** MAP-RULE-d — the Dinas maps KIM by interest, power and influence. */
  public static final RuleId MAP_RULE_D = RuleId.of("MAP-RULE-d");
  /** Citation of MAP-RULE-d. */
  public static final Citation MAP_RULE_D_CITATION = Citation.of("II.B.3.d",
      "Dinas Kominfo memetakan KIM berdasarkan ketertarikan, kekuatan, dan pengaruhnya.");

  /** @return the as-of date */
  public abstract LocalDate asOf();

  /** @return the policy in force */
  public abstract LevelPolicy policy();

  /** @return one placement per KIM of the census, ordered by ref */
  public abstract Seq<GridPlacement> placements();

  /** @return warnings about assessments or decisions for KIM that are not in the census */
  public abstract Seq<Finding> findings();

  /**
   * Places every KIM of a census.
   *
   * @param census the census of stage A
   * @param issues the issue matrix of stage B (for the suggested interest)
   * @param assessments the Dinas' recorded assessments, in any order
   * @param decisions the Dinas' category decisions (MANUAL policy), in any order
   * @param policy the level policy
   * @param asOf the as-of date
   * @return the grid
   */
  public static Grid place(Census census, IssueMatrix issues, Iterable<GridAssessment> assessments,
      Iterable<CategoryDecision> decisions, LevelPolicy policy, LocalDate asOf) {
    requireNonNull(census, "census");
    requireNonNull(issues, "issues");
    requireNonNull(assessments, "assessments");
    requireNonNull(decisions, "decisions");
    requireNonNull(policy, "policy");
    requireNonNull(asOf, "asOf");
    return new GridPlacer(census, issues, assessments, decisions, policy, asOf).place();
  }

  /**
   * @param kim a KIM
   * @return its placement, if it is in the census
   */
  public Option<GridPlacement> placementOf(KimRef kim) {
    return placements().find(p -> p.kim().equals(kim));
  }

  /**
   * @return a builder — the SDK makes a grid with {@code Grid.place}; the builder is public to reload a stored
   *     mapping report (kim-json), not to make one up
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String toString() {
    return "Grid[" + asOf() + ", " + placements().size() + " KIM, " + policy().code() + "]";
  }

  /** Builds a {@link Grid}. */
  public static final class Builder extends ImmutableGrid.Builder {}
}
