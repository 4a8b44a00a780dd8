package id.kim.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Validators of {@code /openapi.json}'s schemas (JSON Schema 2020-12): of a request body, of a component. */
final class RequestSchemas {
  private static final JsonNode DOCUMENT = read();

  private RequestSchemas() {}

  /** @return the schema of the JSON request body of {@code POST path} */
  static Schema body(String path) {
    JsonNode schema = DOCUMENT.path("paths").path(path).path("post").path("requestBody").path("content")
        .path("application/json").path("schema");
    if (!schema.isObject()) {
      throw new IllegalArgumentException("no JSON request body described for " + path);
    }
    return validator((ObjectNode) schema);
  }

  /** @return the schema of the component, e.g. {@code KimRecord} */
  static Schema component(String name) {
    return validator(Http.JSON.createObjectNode().put("$ref", "#/components/schemas/" + name));
  }

  /** @return the schema of an array of the component */
  static Schema arrayOf(String name) {
    ObjectNode array = Http.JSON.createObjectNode().put("type", "array");
    array.putObject("items").put("$ref", "#/components/schemas/" + name);
    return validator(array);
  }

  /** @return the schema's messages for the document, none if it is valid */
  static List<String> errors(Schema schema, String json) {
    return schema.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
  }

  private static Schema validator(ObjectNode schema) {
    ObjectNode root = Http.JSON.createObjectNode();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.set("components", DOCUMENT.path("components"));
    root.setAll(schema);
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(root.toString(),
        InputFormat.JSON);
  }

  private static JsonNode read() {
    try (InputStream in = RequestSchemas.class.getResourceAsStream("/id/kim/server/openapi.json")) {
      return Http.JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
