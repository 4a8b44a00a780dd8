package id.kim.rules.explain;

import id.kim.core.privacy.PersonalData;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
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
    if (value instanceof String) {
      return (String) value;
    }
    if (value != null && value.getClass() == LocalDate.class) {
      return isoDate((LocalDate) value);
    }
    if (value instanceof java.util.Optional<?>) {
      return ((java.util.Optional<?>) value).map(Evidence::render).orElse("-");
    }
    if (value instanceof io.vavr.control.Option<?>) {
      return ((io.vavr.control.Option<?>) value).map(Evidence::render).getOrElse("-");
    }
    if (value instanceof PersonalData) {
      return ((PersonalData) value).masked();
    }
    return String.valueOf(value);
  }

  /** @return {@code date.toString()} ({@code yyyy-MM-dd}), written directly for four-digit years */
  static String isoDate(LocalDate date) {
    int year = date.getYear();
    if (year < 1000 || year > 9999) {
      return date.toString();
    }
    int month = date.getMonthValue();
    int day = date.getDayOfMonth();
    byte[] text = {
        digit(year / 1000), digit(year / 100 % 10), digit(year / 10 % 10), digit(year % 10), '-',
        digit(month / 10), digit(month % 10), '-', digit(day / 10), digit(day % 10)};
    return new String(text, StandardCharsets.ISO_8859_1);
  }

  private static byte digit(int d) {
    return (byte) ('0' + d);
  }

  @Override
  public String toString() {
    return name() + "=" + value();
  }
}
