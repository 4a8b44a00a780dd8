package id.kim.json;

import id.kim.core.i18n.Lang;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Fields whose value the SDK computes or fixes rather than the caller: always written; on input
 * either checked against what the SDK computes ({@link #derived}, {@link #derivedOptional},
 * {@link #tag}) or ignored ({@link #informative}, a rendered message for readers without the SDK).
 */
public final class ComputedFields {
  private ComputedFields() {}

  /**
   * @param name JSON name
   * @param get the derived accessor
   * @param codec the value's codec
   * @param <T> owner type
   * @param <E> value type
   * @return a derived field: written, checked when given
   */
  public static <T, E> Field<T, Optional<E>> derived(String name, Function<T, E> get, Codec<E> codec) {
    Field<T, E> req = Field.required(name, get, codec);
    return new Field<>(name, req.writer,
        (node, path) -> Field.absent(node) ? Optional.empty() : Optional.of(codec.read(node, path)),
        (built, decoded, path) -> decoded.ifPresent(d -> {
          if (!Objects.equals(d, get.apply(built))) {
            throw DecodeFailure.of(path, JsonProblem.Kind.INVALID_VALUE, "json.derivedMismatch", name);
          }
        }), (parser, path) -> Field.isNull(parser) ? Optional.empty() : Optional.of(codec.read(parser, path)),
        Field.Shape.of(false, codec));
  }

  /**
   * @param name JSON name
   * @param get the derived accessor, empty when there is nothing to derive
   * @param codec the value's codec
   * @param <T> owner type
   * @param <E> value type
   * @return a derived field that may be absent: written when present; on input it may be omitted, and
   *     if given must agree with what the SDK computes
   */
  public static <T,
      E> Field<T, Optional<E>> derivedOptional(String name, Function<T, Optional<E>> get, Codec<E> codec) {
    Field<T, Optional<E>> opt = Field.optional(name, get, codec);
    return new Field<>(name, opt.writer, opt.reader, (built, decoded, path) -> decoded.ifPresent(d -> {
      if (!Optional.of(d).equals(get.apply(built))) {
        throw DecodeFailure.of(path, JsonProblem.Kind.INVALID_VALUE, "json.derivedMismatch", name);
      }
    }), opt.streamer, opt.shape);
  }

  /**
   * @param name JSON name
   * @param text the text, in the writer's language
   * @param <T> owner type
   * @return an informative text field: written, any string accepted and ignored on input
   */
  public static <T> Field<T, Optional<String>> informative(String name, BiFunction<T, Lang, String> text) {
    return new Field<>(name, (v, out, lang) -> out.writeStringField(name, text.apply(v, lang)),
        (node, path) -> Field.absent(node) ? Optional.empty() : Optional.of(Scalars.TEXT.read(node, path)),
        Field.noCheck(),
        (parser, path) -> Field.isNull(parser) ? Optional.empty() : Optional.of(Scalars.TEXT.read(parser, path)),
        Field.Shape.optional(s -> JsonSchemas.type("string").put("description", "informative; ignored on input")));
  }

  /**
   * The discriminator of a {@link Variants} codec, e.g. {@code "type": "REGISTER"}: always written;
   * on input, when given, it must be this code (the union checks it is present and known).
   *
   * @param name JSON name
   * @param code the code of this variant
   * @param <T> owner type
   * @return the tag field
   */
  public static <T> Field<T, Optional<String>> tag(String name, String code) {
    return new Field<>(name, (v, out, lang) -> out.writeStringField(name, code),
        (node, path) -> Field.absent(node) ? Optional.empty() : Optional.of(Scalars.TEXT.read(node, path)),
        (built, decoded, path) -> decoded.ifPresent(d -> {
          if (!d.equals(code)) {
            throw DecodeFailure.of(path, JsonProblem.Kind.INVALID_VALUE, "json.derivedMismatch", name);
          }
        }), Field.Shape.optional(s -> JsonSchemas.object().put("const", code)));
  }
}
