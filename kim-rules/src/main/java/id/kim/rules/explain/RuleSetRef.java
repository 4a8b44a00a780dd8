package id.kim.rules.explain;

import org.immutables.value.Value;

/**
 * The name and version of the rule set that produced a result, e.g. {@code juknis-2022} version
 * {@code 2022.08.30}. Stored with every decision, so a decision can be re-checked later under the
 * same rules even after a later juknis sits beside this one.
 */
@Value.Immutable
public abstract class RuleSetRef {

  /** @return the rule set's name */
  @Value.Parameter
  public abstract String name();

  /** @return its version */
  @Value.Parameter
  public abstract String version();

  /**
   * @param name the name
   * @param version the version
   * @return the reference
   */
  public static RuleSetRef of(String name, String version) {
    return ImmutableRuleSetRef.of(name, version);
  }

  @Override
  public String toString() {
    return name() + " v" + version();
  }
}
