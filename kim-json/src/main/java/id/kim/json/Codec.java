package id.kim.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import id.kim.core.i18n.Lang;
import java.io.IOException;

/**
 * How one type of the SDK is written as JSON and read back, strictly: reading checks every JSON type
 * and field, never coerces, and reports the first problem as a {@link DecodeFailure} naming its
 * {@link JsonPath}. Codecs are stateless and thread-safe; the codecs of this module are composed
 * from {@link Scalars}, {@link Field} and {@link ObjectCodec}.
 *
 * @param <T> the type
 */
public interface Codec<T> {

  /**
   * @return what the JSON value must be, for messages, e.g. {@code "object KimProfile"},
   * {@code "string (date YYYY-MM-DD)"}
   */
  String expected();

  /**
   * @param value the value, never null
   * @param out where to write it
   * @param lang the language of informative texts (rendered messages)
   * @throws IOException if the generator fails
   */
  void write(T value, JsonGenerator out, Lang lang) throws IOException;

  /**
   * @param node the JSON value (may be a JSON {@code null} node)
   * @param path where it is
   * @return the value
   * @throws DecodeFailure if the JSON does not describe a valid value of this type
   */
  T read(JsonNode node, JsonPath path);

  /**
   * Reads the value straight from a parser, with no tree in between: the parser is on the value's
   * first token ({@code null} included) and is left on its last. It accepts exactly what
   * {@link #read(JsonNode, JsonPath)} accepts; a document it refuses is read again as a tree to
   * report the problem {@link #read(JsonNode, JsonPath)} reports, so a streaming codec only needs to
   * be right about valid documents. The default reads the value as a tree.
   *
   * @param parser the parser, on the value's first token
   * @param path where the value is
   * @return the value
   * @throws DecodeFailure if the JSON does not describe a valid value of this type
   * @throws IOException if the JSON is not well formed or cannot be read
   */
  default T read(JsonParser parser, JsonPath path) throws IOException {
    return read(tree(parser), path);
  }

  /**
   * @param schemas the components of the document being built
   * @return the JSON Schema of what {@link #read(JsonNode, JsonPath)} accepts, as far as reading checks it;
   *     by default any value, described by {@link #expected()}
   */
  default JsonNode schema(JsonSchemas schemas) {
    return schemas.any(expected());
  }

  /**
   * @param parser a parser on the first token of a value
   * @return the value as a tree, {@code null} as a JSON {@code null} node; the parser left on its last token
   * @throws IOException if the JSON is not well formed
   */
  static JsonNode tree(JsonParser parser) throws IOException {
    if (parser.currentToken() == JsonToken.VALUE_NULL) {
      return NullNode.getInstance();
    }
    JsonNode node = parser.readValueAsTree();
    return node == null ? NullNode.getInstance() : node;
  }

  /**
   * @param node a JSON value
   * @return its JSON type in words: {@code string}, {@code number}, {@code object} …
   */
  static String jsonType(JsonNode node) {
    return switch (node.getNodeType()) {
      case STRING -> "string";
      case NUMBER -> "number";
      case BOOLEAN -> "boolean";
      case ARRAY -> "array";
      case OBJECT -> "object";
      case NULL, MISSING -> "null";
      default -> "binary";
    };
  }

  /**
   * @param node the offending JSON value
   * @param path where it is
   * @param codec the codec that expected something else
   * @return the failure to throw
   */
  static DecodeFailure wrongType(JsonNode node, JsonPath path, Codec<?> codec) {
    return node.isNull() || node.isMissingNode()
        ? DecodeFailure.of(path, JsonProblem.Kind.MISSING_FIELD, "json.null", codec.expected())
        : DecodeFailure.of(path, JsonProblem.Kind.WRONG_TYPE, "json.wrongType", codec.expected(), jsonType(node));
  }
}
