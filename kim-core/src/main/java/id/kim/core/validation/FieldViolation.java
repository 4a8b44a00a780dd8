package id.kim.core.validation;

import id.kim.core.i18n.Bundles;
import id.kim.core.i18n.Lang;
import id.kim.core.style.KimStyle;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One problem found in a value by {@link KimValidator}: which field, what is wrong with it, the
 * rejected value (masked when it is personal data) and the juknis rule the field records. Its
 * message is available in Indonesian (default) and English.
 */
@Value.Immutable
@KimStyle
public abstract class FieldViolation {
  static final String BUNDLE = "id.kim.core.validation.Messages";

  /** @return the field's path from the validated value, e.g. {@code "profile.whatsapp"}; empty for the value itself */
  public abstract String path();

  /** @return the constraint that failed, e.g. {@code "MobileNumber"} */
  public abstract String constraint();

  /** @return the stable message key, e.g. {@code "kim.phone.notMobile"} */
  public abstract String messageKey();

  /** @return the rejected value as text, masked if it is personal data */
  public abstract String rejectedValue();

  /** @return the rule ID of RULES.md the field records, e.g. {@code "PROFILE-i"}, when known */
  public abstract Optional<String> ruleId();

  /** @return the constraint's attributes used in the message, e.g. {@code max=150} */
  public abstract Map<String, String> attributes();

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @param lang the language
   * @return what is wrong, e.g. "bukan nomor seluler yang dapat dihubungi melalui WhatsApp"
   */
  public String message(Lang lang) {
    String text = Bundles.format(BUNDLE, messageKey(), lang);
    for (Map.Entry<String, String> a : attributes().entrySet()) {
      text = text.replace("{" + a.getKey() + "}", a.getValue());
    }
    return text;
  }

  /** @return the Indonesian message */
  public String message() {
    return message(Lang.ID);
  }

  /**
   * @param lang the language
   * @return one line: path, message, rejected value and rule, e.g.
   *     {@code profile.whatsapp: … (nilai: 0361***67; PROFILE-i)}
   */
  public String describe(Lang lang) {
    String field = path().isEmpty() ? "(value)" : path();
    String rule = ruleId().map(r -> "; " + r).orElse("");
    String valueWord = lang == Lang.ID ? "nilai" : "value";
    return field + ": " + message(lang) + " (" + valueWord + ": " + rejectedValue() + rule + ")";
  }

  @Override
  public String toString() {
    return describe(Lang.EN);
  }

  /** Builds a {@link FieldViolation}. */
  public static final class Builder extends ImmutableFieldViolation.Builder {}
}
