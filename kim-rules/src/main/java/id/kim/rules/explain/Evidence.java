package id.kim.rules.explain;

import id.kim.core.privacy.PersonalData;
import org.immutables.value.Value;

/**
 * One fact a rule used to reach its outcome, as a name and a printable value — e.g.
 * {@code decree.validUntil = 2026-06-30}. Personal data is stored masked, so a finding can be
 * logged, stored and shown without disclosing a person.
 */
@Value.Immutable
public abstract class Evidence {

  /** @return what the fact is, e.g. {@code "decree.validUntil"} */
  @Value.Parameter
  public abstract String name();

  /** @return the fact's value as text (masked if personal) */
  @Value.Parameter
  public abstract String value();

  /**
   * @param name what the fact is
   * @param value its value; {@link PersonalData} is masked, {@code Optional}s are unwrapped
   *     ({@code "-"} when empty)
   * @return the evidence
   */
  public static Evidence of(String name, Object value) {
    return ImmutableEvidence.of(name, render(value));
  }

  private static String render(Object value) {
    // Exact-class checks first: most evidence is text or a date, and a failed instanceof against
    // an interface (Option, PersonalData) scans the class's supertypes on every call.
    if (ValueText.isPlain(value)) {
      return ValueText.of(value);
    }
    if (value instanceof java.util.Optional<?>) {
      java.util.Optional<?> optional = (java.util.Optional<?>) value;
      return optional.isPresent() ? render(optional.get()) : "-";
    }
    if (value instanceof io.vavr.control.Option<?>) {
      return ((io.vavr.control.Option<?>) value).map(Evidence::render).getOrElse("-");
    }
    if (value instanceof PersonalData) {
      return ((PersonalData) value).masked();
    }
    return ValueText.of(value);
  }

  @Override
  public String toString() {
    return name() + "=" + value();
  }
}
