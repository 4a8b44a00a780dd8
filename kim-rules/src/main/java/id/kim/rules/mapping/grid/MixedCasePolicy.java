package id.kim.rules.mapping.grid;

import id.kim.rules.explain.Citation;
import io.vavr.control.Option;

/**
 * How to place a KIM whose power and influence differ — the four combinations (interest, power,
 * influence) = HHL, HLH, LHL, LLH that Tabel 3.3 does not name (GAP-14, PROPOSED). The juknis pairs
 * power and influence throughout ("pengaruh (influence) atau kekuatan (power)"), so both policies
 * that classify read them as one axis and then apply the table; {@link #MANUAL} leaves the decision
 * to the Dinas.
 */
public enum MixedCasePolicy {
  /**
   * The default: the power/influence axis is high only when both are high — the literal reading of
   * "kekuatan, dan pengaruh tinggi", and the careful one, since category 1 leads towards partnership.
   * HHL, HLH → category 3; LHL, LLH → category 4.
   */
  BOTH_HIGH,
  /** The axis is high when either is high. HHL, HLH → category 1; LHL, LLH → category 2. */
  EITHER_HIGH,
  /** No automatic placement: UNCLASSIFIED until the Dinas records a {@link CategoryDecision}. */
  MANUAL;

  /**
   * The SDK's resolution of the four combinations Tabel 3.3 does not name (PROPOSED, GAP-14): cited by
   * every placement these policies decide and by {@link GridCategory#UNCLASSIFIED}.
   */
  static final Citation CITATION = Citation.proposed("III.C, Tabel 3.3", "Pemetaan dilakukan berdasarkan "
      + "ketertarikan (interest) dan pengaruh (influence) atau kekuatan (power)", "GAP-14");

  /**
   * @param power the power level
   * @param influence the influence level
   * @return the level of the combined axis, none under {@link #MANUAL} when they differ
   */
  public Option<Level> axis(Level power, Level influence) {
    if (power == influence) {
      return Option.of(power);
    }
    return switch (this) {
      case BOTH_HIGH -> Option.of(Level.LOW);
      case EITHER_HIGH -> Option.of(Level.HIGH);
      default -> Option.none();
    };
  }
}
