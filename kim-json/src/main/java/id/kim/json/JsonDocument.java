package id.kim.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.vavr.control.Option;
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
  /** Opens a parser on the document. */
  private final Source<JsonParser> parser;
  /** Reads the document as a tree. */
  private final Source<JsonNode> tree;

  private JsonDocument(Source<JsonParser> parser, Source<JsonNode> tree) {
    this.parser = parser;
    this.tree = tree;
  }

  /** @return the document of a text */
  static JsonDocument of(String text) {
    return new JsonDocument(mapper -> mapper.createParser(text), mapper -> mapper.readTree(text));
  }

  /** @return the document of one value's tokens, already well-formed (the buffer is only read) */
  static JsonDocument of(TokenBuffer tokens) {
    return new JsonDocument(tokens::asParser, mapper -> {
      try (JsonParser parser = tokens.asParser(mapper)) {
        return mapper.readTree(parser);
      }
    });
  }

  /** @return the document of a stream, read to its end (not closed) */
  static JsonDocument of(InputStream in) {
    byte[] bytes;
    try {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the JSON input", e);
    }
    return new JsonDocument(mapper -> mapper.createParser(bytes), mapper -> mapper.readTree(bytes));
  }

  /**
   * @param mapper the contract's mapper (strict duplicate detection on its parsers)
   * @return the document as a tree, {@code null} or a missing node when empty
   * @throws IOException if it is not well-formed JSON, or has trailing content
   */
  JsonNode tree(ObjectMapper mapper) throws IOException {
    return tree.read(mapper);
  }

  /**
   * @param mapper the contract's mapper
   * @param codec the codec of the whole document
   * @param <T> the type
   * @return the value, when the document is one well-formed JSON value the codec accepts; else
   *     empty: read it as a tree to learn the problem
   */
  <T> Option<T> streamed(ObjectMapper mapper, Codec<T> codec) {
    try (JsonParser in = parser.read(mapper)) {
      // a repeated field is refused by the object codecs (and by the mapper in a value read as a tree)
      in.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
      if (in.nextToken() == null) {
        return Option.none();
      }
      T value = codec.read(in, JsonPath.root());
      return in.nextToken() == null ? Option.of(value) : Option.none();
    } catch (DecodeFailure | IOException e) {
      return Option.none();
    }
  }

  /** Reads the document with the contract's mapper. */
  @FunctionalInterface
  private interface Source<R> {
    R read(ObjectMapper mapper) throws IOException;
  }
}
