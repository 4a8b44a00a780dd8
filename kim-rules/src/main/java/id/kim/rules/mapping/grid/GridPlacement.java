package id.kim.rules.mapping.grid;

import id.kim.core.community.KimRef;
import id.kim.core.validation.MissingValueException;
import id.kim.rules.explain.Finding;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * Where one KIM stands in Tabel 3.3 as of a date, and why: its three levels with what decided each,
 * the category and whether it is a juknis row matched exactly or the result of the mixed-case policy
 * (GAP-14) or of a Dinas decision, the approaches (GAP-17), the policy in force with the numbers it
 * compared, and a finding that explains it all (GRID-1..4, or GRID-VAR while unclassified).
 */
@Value.Immutable
public abstract class GridPlacement {

  /** @return the KIM */
  public abstract KimRef kim();

  /** @return the as-of date */
  public abstract LocalDate asOf();

  /** @return ketertarikan */
  public abstract VariableLevel interest();

  /** @return kekuatan */
  public abstract VariableLevel power();

  /** @return pengaruh */
  public abstract VariableLevel influence();

  /** @return the category the three levels give under the policy */
  public abstract Classification classification();

  /** @return the Dinas' decision, used only when the classification is UNCLASSIFIED (MANUAL) */
  @Value.Default
  public Option<CategoryDecision> decision() {
    return Option.none();
  }

  /** @return the policy in force */
  public abstract LevelPolicy policy();

  /**
   * @return the explanation of the placement, derived from the levels so it cannot disagree with
   *     them; built when first read (a function of the other attributes, so equal placements have
   *     equal findings), so placing a whole population does not render texts nobody reads
   */
  @Value.Lazy
  public Finding finding() {
    return PlacementExplanation.of(this);
  }

  /** @return warnings: one per variable with nothing to go by (GRID-VAR, UNKNOWN); built when first read */
  @Value.Lazy
  public Seq<Finding> notes() {
    return List.of(interest(), power(), influence()).filter(v -> v.basis() == LevelBasis.NO_EVIDENCE)
        .map(v -> PlacementExplanation.noEvidence(kim(), v, asOf()));
  }

  /**
   * A placement from three levels as the Dinas assessed them, under {@link LevelPolicy#standard()} — for
   * tests and worked examples of stages C and D, with no assessment record, figure or issue behind the levels.
   *
   * @param kim the KIM
   * @param asOf the as-of date
   * @param interest ketertarikan
   * @param power kekuatan
   * @param influence pengaruh
   * @return the placement: each level with basis {@link LevelBasis#ASSESSED}, the category of Tabel 3.3 under
   *     the policy's {@link MixedCasePolicy} (GRID-1..4, GAP-14)
   * @throws MissingValueException if an argument is null, naming it
   */
  public static GridPlacement of(KimRef kim, LocalDate asOf, Level interest, Level power, Level influence) {
    return of(kim, asOf, interest, power, influence, LevelPolicy.standard());
  }

  /**
   * @param kim the KIM
   * @param asOf the as-of date
   * @param interest ketertarikan
   * @param power kekuatan
   * @param influence pengaruh
   * @param policy the level policy; its {@link MixedCasePolicy} places the combinations Tabel 3.3 does not name
   * @return the placement, as {@link #of(KimRef, LocalDate, Level, Level, Level)} under {@code policy}
   * @throws MissingValueException if an argument is null, naming it
   */
  public static GridPlacement of(KimRef kim, LocalDate asOf, Level interest, Level power, Level influence,
      LevelPolicy policy) {
    MissingValueException.requireNonNull(kim, "kim");
    MissingValueException.requireNonNull(asOf, "asOf");
    MissingValueException.requireNonNull(policy, "policy");
    Classification classification = Classification.of(interest, power, influence, policy.mixedCase());
    return builder().kim(kim).asOf(asOf).interest(assessed(GridVariable.INTEREST, interest))
        .power(assessed(GridVariable.POWER, power)).influence(assessed(GridVariable.INFLUENCE, influence))
        .classification(classification).policy(policy).build();
  }

  private static VariableLevel assessed(GridVariable variable, Level level) {
    return VariableLevel.builder().variable(variable).level(level).basis(LevelBasis.ASSESSED).build();
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return exactly one category: the decision's for an unclassified KIM, else the classification's */
  public GridCategory category() {
    GridCategory classified = classification().category();
    return classified == GridCategory.UNCLASSIFIED ? decision().map(CategoryDecision::category).getOrElse(classified)
        : classified;
  }

  /** @return the category's approaches (GAP-17) */
  public Seq<Approach> approaches() {
    return category().approaches();
  }

  /** @return true if the levels match a Tabel 3.3 row exactly */
  public boolean juknisExactMatch() {
    return classification().juknisExactMatch();
  }

  /** @return how many of interest, power and influence are HIGH (0–3) */
  public int highCount() {
    return List.of(interest(), power(), influence()).count(v -> v.level().isHigh());
  }

  /** The decision is kept only where it applies. */
  @Value.Check
  protected void check() {
    if (decision().isDefined() && classification().category() != GridCategory.UNCLASSIFIED) {
      throw new IllegalArgumentException("GridPlacement of " + kim() + ": a CategoryDecision applies only to an "
          + "UNCLASSIFIED KIM (GAP-14), but it is " + classification());
    }
  }

  @Override
  public String toString() {
    return "GridPlacement[" + kim() + ": " + interest().level() + "/" + power().level() + "/" + influence().level()
        + " -> " + category() + (juknisExactMatch() ? ", juknis" : ", " + classification().appliedPolicy().get()) + "]";
  }

  /** Builds a {@link GridPlacement}. */
  public static final class Builder extends ImmutableGridPlacement.Builder {}
}
