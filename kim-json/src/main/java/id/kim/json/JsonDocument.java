package id.kim.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A JSON document given to {@link KimJson}, as text, as UTF-8 bytes or as the buffered tokens of one
 * value (a member of a larger document its caller streams), read in one of two ways: the
 * fast way, streamed through the codecs with no tree in between ({@link #streamed}), which only
 * answers whether the document is a valid value; and as a tree ({@link #tree}), for the problem of a
 * document the fast way refuses and for the paths of validation problems. Both accept exactly the
 * same documents, so a problem is always the one the tree reading reports.
 */
final class JsonDocument {
  private final String text;
  private final byte[] bytes;
  private final TokenBuffer tokens;

  private JsonDocument(String text, byte[] bytes, TokenBuffer tokens) {
    this.text = text;
    this.bytes = bytes;
    this.tokens = tokens;
  }

  /** @return the document of a text */
  static JsonDocument of(String text) {
    return new JsonDocument(text, null, null);
  }

  /** @return the document of one value's tokens, already well-formed (the buffer is only read) */
  static JsonDocument of(TokenBuffer tokens) {
    return new JsonDocument(null, null, tokens);
  }

  /** @return the document of a stream, read to its end (not closed) */
  static JsonDocument of(InputStream in) {
    try {
      return new JsonDocument(null, in.readAllBytes(), null);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the JSON input", e);
    }
  }

  /**
   * @param mapper the contract's mapper (strict duplicate detection on its parsers)
   * @return the document as a tree, {@code null} or a missing node when empty
   * @throws IOException if it is not well-formed JSON, or has trailing content
   */
  JsonNode tree(ObjectMapper mapper) throws IOException {
    if (tokens != null) {
      try (JsonParser parser = tokens.asParser(mapper)) {
        return mapper.readTree(parser);
      }
    }
    return text != null ? mapper.readTree(text) : mapper.readTree(bytes);
  }

  /**
   * @param mapper the contract's mapper
   * @param codec the codec of the whole document
   * @param <T> the type
   * @return the value, when the document is one well-formed JSON value the codec accepts; else
   *     {@code null}: read it as a tree to learn the problem
   */
  <T> T streamed(ObjectMapper mapper, Codec<T> codec) {
    try (JsonParser parser = parser(mapper)) {
      // a repeated field is refused by the object codecs (and by the mapper in a value read as a tree)
      parser.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
      if (parser.nextToken() == null) {
        return null;
      }
      T value = codec.read(parser, JsonPath.root());
      return parser.nextToken() == null ? value : null;
    } catch (DecodeFailure | IOException e) {
      return null;
    }
  }

  private JsonParser parser(ObjectMapper mapper) throws IOException {
    if (tokens != null) {
      return tokens.asParser(mapper);
    }
    return text != null ? mapper.createParser(text) : mapper.createParser(bytes);
  }
}
