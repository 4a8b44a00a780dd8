package id.kim.rules.impact;

import id.kim.core.i18n.Lang;
import id.kim.rules.explain.Verdict;
import org.immutables.value.Value;

/**
 * A KIM's verdict under the base rules and under the variant, e.g. {@code ELIGIBLE → NOT_ELIGIBLE}
 * (LAYAK → TIDAK LAYAK). A transition whose two verdicts are equal is a KIM the variant leaves as it
 * is; it is tallied too, so the tallies sum to the population. Ordered by the base verdict, then the
 * variant's, in the order of {@link Verdict}.
 */
@Value.Immutable(builder = false)
public abstract class Transition implements Comparable<Transition> {

  /** @return the verdict under the base rules */
  @Value.Parameter
  public abstract Verdict from();

  /** @return the verdict under the variant */
  @Value.Parameter
  public abstract Verdict to();

  /**
   * @param from the verdict under the base rules
   * @param to the verdict under the variant
   * @return the transition
   */
  public static Transition of(Verdict from, Verdict to) {
    return ImmutableTransition.of(from, to);
  }

  /** @return true if the variant changes the verdict */
  public boolean changed() {
    return from() != to();
  }

  /** @return the stable code, e.g. {@code ELIGIBLE->NOT_ELIGIBLE} */
  public String code() {
    return from().name() + "->" + to().name();
  }

  /**
   * @param lang the language
   * @return e.g. {@code "LAYAK → TIDAK LAYAK"}
   */
  public String label(Lang lang) {
    return from().label(lang) + " → " + to().label(lang);
  }

  @Override
  public int compareTo(Transition other) {
    int c = from().compareTo(other.from());
    return c != 0 ? c : to().compareTo(other.to());
  }

  @Override
  public String toString() {
    return code();
  }
}
