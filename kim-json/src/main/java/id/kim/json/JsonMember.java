package id.kim.json;

import static id.kim.core.validation.MissingValueException.requireNonNull;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import id.kim.core.validation.MissingValueException;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.io.IOException;

/**
 * Reading one value of the contract inside a larger document the caller streams — e.g. the
 * {@code records} member of an HTTP request's envelope — with no tree and no second copy of its text:
 * the value's tokens are buffered once and read through the codec, exactly as
 * {@link KimJson#readValid(java.io.InputStream, Codec)} reads a document alone. Problems are at paths
 * relative to the value ({@code $[3].profile.name}); the caller prefixes its own place. Thread-safe; no state.
 *
 * <pre>{@code
 * parser.nextToken();                                          // on the member's first token
 * Either<Seq<JsonProblem>, List<KimRecord>> records =
 *     JsonMember.readValid(parser, Field.listOf(KimJson.codec(KimRecord.class)));
 * }</pre>
 */
public final class JsonMember {
  private JsonMember() {}

  /**
   * @param parser a parser on the value's first token ({@code null} included); left on its last token
   * @return the value's tokens, to read later with {@link #readValid(TokenBuffer, Codec)}
   * @throws IOException if the parser's document is not well-formed JSON there (the caller reports it,
   *     with the parser's location)
   */
  public static TokenBuffer buffer(JsonParser parser) throws IOException {
    requireNonNull(parser, "parser");
    TokenBuffer tokens = new TokenBuffer(parser);
    tokens.copyCurrentStructure(parser);
    return tokens;
  }

  /**
   * @param parser a parser on the value's first token ({@code null} included); left on its last token
   * @param codec the codec, e.g. {@code KimJson.codec(KimRecord.class)}
   * @param <T> the type
   * @return the valid value; or the problem of reading; or every constraint it breaks (rule ID, path)
   * @throws IOException if the parser's document is not well-formed JSON there
   */
  public static <T> Either<Seq<JsonProblem>, T> readValid(JsonParser parser, Codec<T> codec) throws IOException {
    requireNonNull(codec, "codec");
    return readValid(buffer(parser), codec);
  }

  /**
   * @param tokens the tokens of exactly one well-formed JSON value, e.g. from {@link #buffer}; read, not changed
   * @param codec the codec
   * @param <T> the type
   * @return the valid value; or the problem of reading; or every constraint it breaks (rule ID, path)
   */
  public static <T> Either<Seq<JsonProblem>, T> readValid(TokenBuffer tokens, Codec<T> codec) {
    requireNonNull(tokens, "tokens");
    requireNonNull(codec, "codec");
    return KimJson.valid(JsonDocument.of(tokens), codec);
  }

}
