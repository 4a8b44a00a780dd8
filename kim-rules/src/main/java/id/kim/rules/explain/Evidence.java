package id.kim.rules.explain;

import id.kim.core.privacy.PersonalData;
import id.kim.core.validation.MissingValueException;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One fact a rule used to reach its outcome, as a name and a printable value — e.g.
 * {@code decree.validUntil = 2026-06-30}. Personal data is only ever shown masked, so a finding can
 * be logged, stored and shown without disclosing a person.
 *
 * <p>Evidence is written when it is read. A rule hands over the fact itself (a date, a count, a
 * masked-on-display {@link PersonalData}, an {@code Optional} of one); {@link #value()} renders it
 * when it is asked for — a decision that is only acted on never pays for text no one
 * reads. Facts that are not immutable values the SDK knows are rendered at once, so later changes
 * to a caller's object can never change recorded evidence. Two evidences are equal when their names
 * and rendered values are: {@code Evidence.of("d", LocalDate.of(2026, 6, 30))} equals
 * {@code Evidence.of("d", "2026-06-30")}, as it equals the same evidence read back from JSON.
 */
@Value.Immutable
public abstract class Evidence {

  /** @return what the fact is, e.g. {@code "decree.validUntil"} */
  @Value.Parameter
  public abstract String name();

  /** @return the fact as given (immutable), or its text when it was rendered at once */
  @Value.Parameter
  @Value.Auxiliary
  abstract Object fact();

  /**
   * @return the fact's value as text (masked if personal; {@code "-"} when absent), written on each
   *     read — evidence is read rarely (to explain or store a decision) and held by the thousand
   */
  public String value() {
    return FactText.of(fact());
  }

  /**
   * @param name what the fact is
   * @param value its value, not null (absent is an empty {@code Optional}); {@link PersonalData}
   *     is masked, {@code Optional}s are unwrapped ({@code "-"} when empty)
   * @return the evidence
   * @throws MissingValueException if the name or the value is null
   */
  public static Evidence of(String name, Object value) {
    MissingValueException.requireNonNull(name, "name");
    MissingValueException.requireNonNull(value, "value");
    return ImmutableEvidence.of(name, FactText.kept(value));
  }

  /**
   * The same as {@link #of(String, Object)} for a fact that may be absent — chosen by the compiler
   * whenever the value is typed {@code Optional}, as a kim-core accessor returns it. The
   * {@code Optional} is only looked into, never kept, so the JIT compiler can leave out the one an
   * accessor creates on each call (rules record dozens of such facts per decision).
   *
   * @param name what the fact is
   * @param value the fact, or empty ({@code "-"})
   * @return the evidence
   * @throws MissingValueException if the name or the value is null
   */
  public static Evidence of(String name, Optional<?> value) {
    MissingValueException.requireNonNull(name, "name");
    MissingValueException.requireNonNull(value, "value");
    return ImmutableEvidence.of(name, value.isPresent() ? FactText.kept(value.get()) : "-");
  }

  /**
   * @param name what the fact is, e.g. {@code "assessment.note"}
   * @param text a free text that may name people (a note, a report), if any
   * @return evidence showing only the text's length ({@code Mask.text}, e.g. {@code ***(42)}), or
   *     {@code "-"} when there is no text; the text itself is never written
   */
  public static Evidence ofFreeText(String name, Optional<String> text) {
    MissingValueException.requireNonNull(text, "text");
    return ImmutableEvidence.of(name, text.isPresent() ? new MaskedText(text.get()) : "-");
  }

  /** Evidences are equal when their names and rendered values are. */
  @Override
  public final boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Evidence that)) {
      return false;
    }
    return name().equals(that.name()) && value().equals(that.value());
  }

  @Override
  public final int hashCode() {
    return 31 * name().hashCode() + value().hashCode();
  }

  @Override
  public String toString() {
    return name() + "=" + value();
  }
}
