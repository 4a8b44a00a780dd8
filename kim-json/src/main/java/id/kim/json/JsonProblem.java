package id.kim.json;

import id.kim.core.i18n.Bundles;
import id.kim.core.i18n.Lang;
import id.kim.core.style.KimStyle;
import id.kim.core.validation.FieldViolation;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Why a JSON document is not a valid KIM SDK value: where ({@link #path()}, a JSONPath such as
 * {@code $.profile.seat.district.name}), what kind of problem, and a message in Indonesian (default)
 * or English.
 *
 * <p>A problem never repeats a value of the document — only field names, expected types and allowed
 * codes — so it can be logged or shown without disclosing personal data (RULES.md GAP-49).
 */
@Value.Immutable
@KimStyle
public abstract class JsonProblem {
  static final String BUNDLE = "id.kim.json.Messages";
  /** The prefix of kim-core's validation message keys. */
  private static final String CONSTRAINT_KEYS = "kim.";

  /** The kinds of problem, stable codes for callers that react per kind. */
  public enum Kind {
    /** The text is not well-formed JSON (syntax, duplicate field, trailing content, empty input). */
    MALFORMED,
    /** A field the type does not have. */
    UNKNOWN_FIELD,
    /** A required field is absent or {@code null}. */
    MISSING_FIELD,
    /** A value of the wrong JSON type, e.g. a number where text is expected; never coerced. */
    WRONG_TYPE,
    /**
     * A value of the right JSON type that the SDK cannot accept: an unknown code, a bad date, an
     * inconsistent combination, or — from {@link KimJson#readValid} — a value that breaks a kim-core
     * constraint (its {@link #ruleId()} then names the rule).
     */
    INVALID_VALUE
  }

  /** @return where the problem is, e.g. {@code $.profile.whatsapp} */
  public abstract String path();

  /** @return the kind of problem */
  public abstract Kind kind();

  /**
   * @return the stable message key: in {@code id/kim/json/Messages.properties}, or — for a value
   *     refused by validation — the kim-core constraint's key ({@code kim.…}, e.g.
   *     {@code kim.count.tooLarge}), the same as {@code FieldViolation.messageKey()}
   */
  public abstract String messageKey();

  /** @return the message arguments: field names, type names, allowed codes — never document values */
  public abstract List<String> args();

  /** @return the line of a syntax problem (1-based), when known */
  public abstract Optional<Integer> line();

  /** @return the column of a syntax problem (1-based), when known */
  public abstract Optional<Integer> column();

  /**
   * @return the RULES.md ID of the refused field (e.g. {@code PROFILE-s}), for a value refused by
   *     validation ({@link KimJson#readValid}), or {@code REGION-CODE-1} for a region code that is
   *     malformed or of another level; empty for other problems of reading
   */
  public abstract Optional<String> ruleId();

  /** @return the refused constraint's attributes in its message, e.g. {@code value=100000000}; none when read */
  public abstract Map<String, String> attributes();

  /**
   * @param path where
   * @param kind what kind
   * @param messageKey message key
   * @param args message arguments (no document values)
   * @return the problem
   */
  public static JsonProblem of(JsonPath path, Kind kind, String messageKey, String... args) {
    return builder().path(path.toString()).kind(kind).messageKey(messageKey).addArgs(args).build();
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @param lang the language
   * @return what is wrong, e.g. "must be text, not a number"
   */
  public String message(Lang lang) {
    if (messageKey().startsWith(CONSTRAINT_KEYS)) {
      return FieldViolation.builder().path(path()).constraint("-").messageKey(messageKey()).rejectedValue("-")
          .putAllAttributes(attributes()).build().message(lang);
    }
    return Bundles.format(BUNDLE, messageKey(), lang, args().toArray());
  }

  /**
   * @param lang the language
   * @return one line: the path, the message and the rule of a refused field, e.g.
   *     {@code $.profile.type: unknown code …} or {@code $.profile.reach[0].value: … (PROFILE-s)}
   */
  public String describe(Lang lang) {
    return path() + ": " + message(lang) + ruleId().map(r -> " (" + r + ")").orElse("");
  }

  @Override
  public String toString() {
    return describe(Lang.EN);
  }

  /** Builds a {@link JsonProblem}. */
  public static final class Builder extends ImmutableJsonProblem.Builder {}
}
