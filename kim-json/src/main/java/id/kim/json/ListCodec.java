package id.kim.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.kim.core.i18n.Lang;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The codec of a JSON array whose elements share a codec ({@link Field#listOf}); a {@code null}
 * element is a missing value.
 *
 * @param <E> element type
 */
final class ListCodec<E> implements Codec<List<E>> {
  private final Codec<E> element;

  ListCodec(Codec<E> element) {
    this.element = element;
  }

  @Override
  public String expected() {
    return "array of " + element.expected();
  }

  @Override
  public JsonNode schema(JsonSchemas schemas) {
    ObjectNode array = JsonSchemas.type("array");
    array.set("items", element.schema(schemas));
    return array;
  }

  @Override
  public void write(List<E> value, JsonGenerator out, Lang lang) throws IOException {
    out.writeStartArray();
    for (E e : value) {
      element.write(e, out, lang);
    }
    out.writeEndArray();
  }

  @Override
  public List<E> read(JsonNode node, JsonPath path) {
    if (!node.isArray()) {
      throw Codec.wrongType(node, path, this);
    }
    List<E> out = new ArrayList<>(node.size());
    for (int i = 0; i < node.size(); i++) {
      out.add(element.read(node.get(i), path.index(i)));
    }
    return Collections.unmodifiableList(out);
  }

  @Override
  public List<E> read(JsonParser parser, JsonPath path) throws IOException {
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      return read(Codec.tree(parser), path);
    }
    List<E> out = new ArrayList<>();
    for (int i = 0; parser.nextToken() != JsonToken.END_ARRAY; i++) {
      out.add(element.read(parser, path.index(i)));
    }
    return Collections.unmodifiableList(out);
  }
}
