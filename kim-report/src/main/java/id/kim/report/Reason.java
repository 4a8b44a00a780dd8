package id.kim.report;

import java.util.Optional;
import org.immutables.value.Value;

/** One finding as the report shows it: rule ID, outcome, why, and what to bring. */
@Value.Immutable
public abstract class Reason {

  /** @return the RULES.md ID, e.g. {@code PARTNER-LEGAL-1} */
  public abstract String ruleId();

  /** @return the outcome code, e.g. {@code NOT_SATISFIED} */
  public abstract String outcome();

  /** @return the outcome in words, e.g. "Tidak terpenuhi" */
  public abstract String outcomeLabel();

  /** @return the message */
  public abstract String message();

  /** @return what to bring or do, if anything */
  public abstract Optional<String> remedy();

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Reason}. */
  public static final class Builder extends ImmutableReason.Builder {}
}
