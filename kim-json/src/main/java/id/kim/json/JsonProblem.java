package id.kim.json;

import id.kim.core.i18n.Bundles;
import id.kim.core.i18n.Lang;
import id.kim.core.style.KimStyle;
import java.util.List;
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
    /** A value of the right JSON type that the SDK cannot accept: an unknown code, a bad date, an inconsistent combination. */
    INVALID_VALUE
  }

  /** @return where the problem is, e.g. {@code $.profile.whatsapp} */
  public abstract String path();

  /** @return the kind of problem */
  public abstract Kind kind();

  /** @return the stable message key in {@code id/kim/json/Messages.properties} */
  public abstract String messageKey();

  /** @return the message arguments: field names, type names, allowed codes — never document values */
  public abstract List<String> args();

  /** @return the line of a syntax problem (1-based), when known */
  public abstract Optional<Integer> line();

  /** @return the column of a syntax problem (1-based), when known */
  public abstract Optional<Integer> column();

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
    return Bundles.format(BUNDLE, messageKey(), lang, args().toArray());
  }

  /**
   * @param lang the language
   * @return one line: the path and the message, e.g. {@code $.profile.type: unknown code …}
   */
  public String describe(Lang lang) {
    return path() + ": " + message(lang);
  }

  @Override
  public String toString() {
    return describe(Lang.EN);
  }

  /** Builds a {@link JsonProblem}. */
  public static final class Builder extends ImmutableJsonProblem.Builder {}
}
