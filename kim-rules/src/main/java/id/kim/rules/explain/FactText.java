package id.kim.rules.explain;

import id.kim.core.contact.EmailAddress;
import id.kim.core.contact.PersonName;
import id.kim.core.contact.PhoneNumber;
import id.kim.core.privacy.Mask;
import id.kim.core.privacy.PersonalData;
import id.kim.core.region.Address;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How a fact of {@link Evidence} is written: personal data masked, {@code Optional}/{@code Option}
 * unwrapped ({@code "-"} when empty), anything else as {@code String.valueOf} with the personal data
 * of a recognisable shape masked ({@link Mask#inText}: a population-NIK-shaped number, a mobile
 * number, an e-mail address), so a raw string a rule hands over cannot leak. Also says which
 * facts may be kept and written later — values that cannot change after the rule saw them.
 *
 * <p>What a fact is depends only on its class, so the answer is worked out once per class
 * ({@link FactKind}); a test such as {@code fact instanceof Option} costs a scan of the class's
 * supertypes whenever it fails, and rules hand over dozens of facts per decision.
 */
final class FactText {
  private static final ClassValue<FactKind> KINDS = new ClassValue<>() {
    @Override
    protected FactKind computeValue(Class<?> type) {
      return FactKind.of(type);
    }
  };

  /** What an empty {@code Optional} or {@code Option} holds, for {@link #content}. */
  private static final Object EMPTY = new Object();

  private FactText() {}

  /** @return the fact as evidence text */
  static String of(@Nullable Object fact) {
    if (fact == null) {
      return "null";
    }
    FactKind kind = kindOf(fact);
    switch (kind) {
      case OPTIONAL, OPTION -> {
        Object content = content(fact, kind);
        return content == EMPTY ? "-" : of(content);
      }
      case PERSONAL, OTHER_PERSONAL -> {
        return ((PersonalData) fact).masked();
      }
      default -> {
        return Mask.inText(ValueText.of(fact));
      }
    }
  }

  /**
   * @return what evidence keeps of a fact: the fact itself if it is settled (an {@code Optional} or
   *     {@code Option} unwrapped — its value, or {@code "-"} when empty), otherwise its text
   */
  static Object kept(@Nullable Object fact) {
    if (fact == null) {
      return of(null);
    }
    FactKind kind = kindOf(fact);
    switch (kind) {
      case SETTLED, PERSONAL -> {
        return fact;
      }
      case OPTIONAL, OPTION -> {
        Object content = content(fact, kind);
        return content == EMPTY ? "-" : kept(content);
      }
      default -> {
        return of(fact);
      }
    }
  }

  /**
   * @return true if the fact is an immutable value whose text cannot change: text, a date, a
   *     number, a boolean, an enum constant, a rule ID, a kim-core value (its personal data —
   *     {@code PersonName}, {@code PhoneNumber}, {@code EmailAddress}, {@code Address} — masks
   *     itself), a masked free text, or an {@code Optional}/{@code Option} of one of these
   */
  static boolean isSettled(Object fact) {
    if (fact == null) {
      return false;
    }
    FactKind kind = kindOf(fact);
    switch (kind) {
      case SETTLED, PERSONAL -> {
        return true;
      }
      case OPTIONAL, OPTION -> {
        Object content = content(fact, kind);
        return content == EMPTY || isSettled(content);
      }
      default -> {
        return false;
      }
    }
  }

  /** @return the value inside an {@code Optional} or {@code Option} fact, or {@link #EMPTY} */
  private static Object content(Object fact, FactKind kind) {
    if (kind == FactKind.OPTIONAL) {
      Optional<?> optional = (Optional<?>) fact;
      return optional.isPresent() ? optional.get() : EMPTY;
    }
    Option<?> option = (Option<?>) fact;
    return option.isDefined() ? option.get() : EMPTY;
  }

  private static FactKind kindOf(Object fact) {
    Class<?> type = fact.getClass();
    // the commonest facts by identity, before the per-class lookup
    if (type == String.class || type == LocalDate.class || type == Integer.class) {
      return FactKind.SETTLED;
    }
    return KINDS.get(type);
  }

  /** What a class of fact is, for writing and keeping it. */
  enum FactKind {
    /** Immutable (including kim-core's values), written with {@code String.valueOf}: kept as is. */
    SETTLED,
    /** kim-core's own personal data: immutable, written masked, kept as is. */
    PERSONAL,
    /** Another implementation of {@link PersonalData}: written masked at once. */
    OTHER_PERSONAL,
    /** {@code java.util.Optional}: unwrapped. */
    OPTIONAL,
    /** Vavr's {@code Option}: unwrapped. */
    OPTION,
    /** Anything else: written with {@code String.valueOf} at once. */
    OTHER;

    static FactKind of(Class<?> type) {
      if (type == String.class || type == LocalDate.class || type == Integer.class || type == Boolean.class
          || type == Long.class || type == MaskedText.class || type == BigDecimal.class || type == BigInteger.class
          || Enum.class.isAssignableFrom(type) || RuleId.class.isAssignableFrom(type)) {
        return SETTLED;
      }
      if (PersonName.class.isAssignableFrom(type) || PhoneNumber.class.isAssignableFrom(type)
          || EmailAddress.class.isAssignableFrom(type) || Address.class.isAssignableFrom(type)) {
        return PERSONAL;
      }
      if (isKimCoreValue(type)) {
        return SETTLED;
      }
      if (type == Optional.class) {
        return OPTIONAL;
      }
      if (Option.class.isAssignableFrom(type)) {
        return OPTION;
      }
      return PersonalData.class.isAssignableFrom(type) ? OTHER_PERSONAL : OTHER;
    }

    /**
     * @return true for the immutable implementations Immutables generates for kim-core's values
     *     ({@code ImmutableVillage}, {@code ImmutablePeriod}, …): their text is a function of
     *     values that never change (personal data among them is recognised before this)
     */
    private static boolean isKimCoreValue(Class<?> type) {
      return type.getName().startsWith("id.kim.core.") && type.getSimpleName().startsWith("Immutable")
          && !PersonalData.class.isAssignableFrom(type);
    }
  }
}
