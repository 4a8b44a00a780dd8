package id.kim.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A JSON document given to {@link KimJson}, as text or as UTF-8 bytes, read in one of two ways: the
 * fast way, streamed through the codecs with no tree in between ({@link #streamed}), which only
 * answers whether the document is a valid value; and as a tree ({@link #tree}), for the problem of a
 * document the fast way refuses and for the paths of validation problems. Both accept exactly the
 * same documents, so a problem is always the one the tree reading reports.
 */
final class JsonDocument {
  private final String text;
  private final byte[] bytes;

  private JsonDocument(String text, byte[] bytes) {
    this.text = text;
    this.bytes = bytes;
  }

  /** @return the document of a text */
  static JsonDocument of(String text) {
    return new JsonDocument(text, null);
  }

  /** @return the document of a stream, read to its end (not closed) */
  static JsonDocument of(InputStream in) {
    try {
      return new JsonDocument(null, in.readAllBytes());
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
    try (JsonParser parser = text != null ? mapper.createParser(text) : mapper.createParser(bytes)) {
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
}
