package id.kim.rules.mapping.grid;

import static id.kim.core.validation.MissingValueException.requireNonNull;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * The category that three levels give under a mixed-case policy, and how: by an exact match of a
 * Tabel 3.3 row (juknis) or by the policy (PROPOSED, GAP-14).
 */
@Value.Immutable
public abstract class Classification {

  /** @return the category */
  @Value.Parameter
  public abstract GridCategory category();

  /** @return true if the levels are exactly one of the four rows of Tabel 3.3 */
  @Value.Parameter
  public abstract boolean juknisExactMatch();

  /** @return the policy that decided, none on an exact match */
  @Value.Parameter
  public abstract Option<MixedCasePolicy> appliedPolicy();

  /**
   * @param interest interest (ketertarikan)
   * @param power power (kekuatan)
   * @param influence influence (pengaruh)
   * @param policy the policy for combinations the table does not name
   * @return the classification; total over all eight combinations and all policies
   */
  public static Classification of(Level interest, Level power, Level influence, MixedCasePolicy policy) {
    requireNonNull(interest, "interest");
    requireNonNull(power, "power");
    requireNonNull(influence, "influence");
    requireNonNull(policy, "policy");
    if (power == influence) {
      return ImmutableClassification.of(GridCategory.of(interest, power), true, Option.none());
    }
    GridCategory category = policy.axis(power, influence).map(axis -> GridCategory.of(interest, axis))
        .getOrElse(GridCategory.UNCLASSIFIED);
    return ImmutableClassification.of(category, false, Option.of(policy));
  }

  @Override
  public String toString() {
    return category() + (juknisExactMatch() ? " (juknis)" : " (" + appliedPolicy().get() + ", GAP-14)");
  }
}
