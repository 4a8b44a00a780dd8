package id.kim.rules.explain;

import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * The stable ID of a rule in the catalogue {@code RULES.md}, e.g. {@code PARTNER-LEGAL-2},
 * {@code QUAL-4}, {@code TERM-1}, {@code GRID-3}. Every finding carries one, so a reader can go from a
 * decision to the catalogue, to the code and to its tests by searching one string.
 */
@Value.Immutable
public abstract class RuleId implements Comparable<RuleId> {
  private static final Pattern SHAPE = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Za-z0-9]+)+");

  /** @return the ID, e.g. {@code "PARTNER-LEGAL-2"} */
  @Value.Parameter
  public abstract String value();

  /**
   * @param value an ID of RULES.md, or of a caller's own rule (same shape: upper-case words joined by hyphens)
   * @return the rule ID
   * @throws IllegalArgumentException if the text is not shaped like a rule ID
   */
  public static RuleId of(String value) {
    if (value == null || !SHAPE.matcher(value).matches()) {
      throw new IllegalArgumentException("rule ID '" + value
          + "' is not of the form FAMILY-PART (upper-case words and a suffix joined by '-', e.g. PARTNER-LEGAL-2)");
    }
    return ImmutableRuleId.of(value);
  }

  @Override
  public int compareTo(RuleId other) {
    return value().compareTo(other.value());
  }

  @Override
  public String toString() {
    return value();
  }
}
