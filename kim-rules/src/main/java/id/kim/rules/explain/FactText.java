package id.kim.rules.explain;

import id.kim.core.contact.EmailAddress;
import id.kim.core.contact.PersonName;
import id.kim.core.contact.PhoneNumber;
import id.kim.core.privacy.PersonalData;
import id.kim.core.region.Address;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;

/**
 * How a fact of {@link Evidence} is written: personal data masked, {@code Optional}/{@code Option}
 * unwrapped ({@code "-"} when empty), anything else as {@code String.valueOf}. Also says which
 * facts may be kept and written later — values that cannot change after the rule saw them.
 */
final class FactText {
  private FactText() {}

  /** @return the fact as evidence text */
  static String of(Object fact) {
    // Exact-class checks first: most evidence is text or a date, and a failed instanceof against
    // an interface (Option, PersonalData) scans the class's supertypes on every call.
    if (ValueText.isPlain(fact)) {
      return ValueText.of(fact);
    }
    if (fact instanceof java.util.Optional<?>) {
      java.util.Optional<?> optional = (java.util.Optional<?>) fact;
      return optional.isPresent() ? of(optional.get()) : "-";
    }
    if (fact instanceof Enum<?> || fact instanceof RuleId) {
      return fact.toString();
    }
    if (fact instanceof io.vavr.control.Option<?>) {
      io.vavr.control.Option<?> option = (io.vavr.control.Option<?>) fact;
      return option.isDefined() ? of(option.get()) : "-";
    }
    if (fact instanceof PersonalData) {
      return ((PersonalData) fact).masked();
    }
    return ValueText.of(fact);
  }

  /**
   * @return what evidence keeps of a fact: the fact itself if it is settled (an {@code Optional} or
   *     {@code Option} unwrapped — its value, or {@code "-"} when empty), otherwise its text
   */
  static Object kept(Object fact) {
    if (fact == null) {
      return of(null);
    }
    // Exact classes first: a failed instanceof against an interface (Option) scans the class's
    // supertypes, and most facts are text, dates and counts — measured at ~1.5 µs per decision.
    Class<?> type = fact.getClass();
    if (isSettledClass(type)) {
      return fact;
    }
    if (type == java.util.Optional.class) {
      java.util.Optional<?> optional = (java.util.Optional<?>) fact;
      return optional.isPresent() ? kept(optional.get()) : "-";
    }
    if (isSettledValue(fact)) {
      return fact;
    }
    if (fact instanceof io.vavr.control.Option<?>) {
      io.vavr.control.Option<?> option = (io.vavr.control.Option<?>) fact;
      return option.isDefined() ? kept(option.get()) : "-";
    }
    return of(fact);
  }

  /**
   * @return true if the fact is an immutable value whose text cannot change: text, a date, a
   *     number, a boolean, an enum constant, a rule ID, kim-core's personal data ({@code PersonName},
   *     {@code PhoneNumber}, {@code EmailAddress}, {@code Address}: immutable values that mask
   *     themselves), a masked free text, or an {@code Optional}/{@code Option} of one of these
   */
  static boolean isSettled(Object fact) {
    if (fact == null) {
      return false;
    }
    Class<?> type = fact.getClass();
    if (isSettledClass(type)) {
      return true;
    }
    if (type == java.util.Optional.class) {
      java.util.Optional<?> optional = (java.util.Optional<?>) fact;
      return optional.isEmpty() || isSettled(optional.get());
    }
    if (isSettledValue(fact)) {
      return true;
    }
    if (fact instanceof io.vavr.control.Option<?>) {
      io.vavr.control.Option<?> option = (io.vavr.control.Option<?>) fact;
      return option.isEmpty() || isSettled(option.get());
    }
    return false;
  }

  /** @return true for the final classes of settled facts (checked by identity, the cheapest test) */
  private static boolean isSettledClass(Class<?> type) {
    return type == String.class || type == LocalDate.class || type == Integer.class || type == Boolean.class
        || type == Long.class || type == MaskedText.class || type == BigDecimal.class || type == BigInteger.class;
  }

  /** @return true for enum constants, rule IDs and kim-core's personal data (class, not interface, tests) */
  private static boolean isSettledValue(Object fact) {
    return fact instanceof Enum<?> || fact instanceof RuleId || fact instanceof PersonName
        || fact instanceof PhoneNumber || fact instanceof EmailAddress || fact instanceof Address;
  }
}
