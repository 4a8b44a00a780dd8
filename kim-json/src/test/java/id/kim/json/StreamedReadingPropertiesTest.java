package id.kim.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import id.kim.core.community.KimProfile;
import id.kim.core.i18n.Lang;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.quicktheories.core.Gen;

/**
 * {@link KimJson#read} streams a document through the codecs and reads it again as a tree only when the
 * stream refuses it. For every type of the contract, values as the SDK makes them, and documents with
 * their members reordered, removed, nulled, repeated, given the wrong JSON type or joined by an unknown
 * field — in every object of the document, not only at the top — the answer is the one of reading the
 * tree ({@link KimJson#fromTree}): the same value, or the same problem at the same path.
 */
class StreamedReadingPropertiesTest {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper STRICT = KimJson.mapper();
  private static final int OBJECTS = 12;

  @TestFactory
  Stream<DynamicTest> streamingAnswersAsTheTreeDoes() {
    return ContractGenerators.all().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey().getSimpleName(),
        () -> check(e.getKey(), e.getValue())));
  }

  @Test
  void aFieldRepeatedInANestedObjectIsMalformedThere() {
    JsonProblem p = KimJson.read(
        "{\"name\": \"KIM Mekar\", \"seat\": {\"name\": \"Sukajadi\", \"name\": \"Sukajadi\"}}", KimProfile.class)
        .getLeft();
    assertEquals(JsonProblem.Kind.MALFORMED, p.kind());
    assertEquals("$.seat.name", p.path());
    assertTrue(p.message(Lang.EN).startsWith("field 'name' appears twice"), p::toString);
  }

  @Test
  void theFirstProblemIsTheTreesNotTheStreamsFirst() {
    // in document order the wrong type comes first; the contract reports unknown fields of an object first
    JsonProblem p = KimJson.read("{\"name\": 7, \"zzUnknown\": 1}", KimProfile.class).getLeft();
    assertEquals(JsonProblem.Kind.UNKNOWN_FIELD, p.kind());
    assertEquals("$.zzUnknown", p.path());
  }

  private static <T> void check(Class<T> type, Gen<?> gen) {
    @SuppressWarnings("unchecked")
    Gen<T> typed = (Gen<T>) gen;
    qt().withExamples(5).forAll(typed).check(value -> {
      JsonNode node = KimJson.tree(value, Lang.ID);
      same(type, node.toString());
      for (ObjectNode object : sample(objects(node, new ArrayList<>()))) {
        same(type, mutated(node, object, o -> reversed(o)));
        same(type, mutated(node, object, o -> o.put("zzUnknown", 1)));
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
          same(type, mutated(node, object, o -> o.without(name)));
          same(type, mutated(node, object, o -> o.set(name, NullNode.getInstance())));
          same(type, mutated(node, object, o -> o.set(name, wrongTypeFor(o.get(name)))));
          same(type, repeated(node, object, name));
        }
      }
      return true;
    });
  }

  /** Asserts that the streamed read gives the tree's answer. */
  private static <T> void same(Class<T> type, String json) {
    Either<JsonProblem, T> streamed = KimJson.read(json, type);
    JsonNode tree;
    try {
      tree = STRICT.readTree(json);
    } catch (JsonProcessingException e) {
      assertTrue(streamed.isLeft() && streamed.getLeft().kind() == JsonProblem.Kind.MALFORMED,
          () -> json + " " + streamed);
      return;
    }
    Either<JsonProblem, T> expected = KimJson.fromTree(tree, type);
    assertEquals(expected.isRight(), streamed.isRight(), () -> json + ": " + expected + " / " + streamed);
    if (expected.isRight()) {
      assertEquals(expected.get(), streamed.get(), json);
    } else {
      assertEquals(expected.getLeft().describe(Lang.EN), streamed.getLeft().describe(Lang.EN), json);
      assertEquals(expected.getLeft().kind(), streamed.getLeft().kind(), json);
    }
  }

  /** @return at most {@value #OBJECTS} of the objects, spread over the document (a large result has hundreds) */
  private static List<ObjectNode> sample(List<ObjectNode> objects) {
    List<ObjectNode> out = new ArrayList<>();
    int step = Math.max(1, (objects.size() + OBJECTS - 1) / OBJECTS);
    for (int i = 0; i < objects.size(); i += step) {
      out.add(objects.get(i));
    }
    return out;
  }

  private static List<ObjectNode> objects(JsonNode node, List<ObjectNode> into) {
    if (node instanceof ObjectNode o) {
      into.add(o);
    }
    node.elements().forEachRemaining(child -> objects(child, into));
    return into;
  }

  /** @return the document with the object (by identity) changed by {@code change} */
  private static String mutated(JsonNode root, ObjectNode target, UnaryOperator<ObjectNode> change) {
    ObjectNode changed = change.apply(target.deepCopy());
    return text(root, target, changed, null);
  }

  /** @return the document with the member {@code name} of the object written twice */
  private static String repeated(JsonNode root, ObjectNode target, String name) {
    return text(root, target, target, name);
  }

  private static ObjectNode reversed(ObjectNode o) {
    List<Map.Entry<String, JsonNode>> members = new ArrayList<>(o.properties());
    ObjectNode out = NODES.objectNode();
    for (int i = members.size() - 1; i >= 0; i--) {
      out.set(members.get(i).getKey(), members.get(i).getValue());
    }
    return out;
  }

  /** @return the JSON text of {@code node}, with {@code target} written as {@code replacement} (a member repeated) */
  @SuppressWarnings("ReferenceEquality") // the target is that very node of the tree, not an equal one elsewhere
  private static String text(JsonNode node, ObjectNode target, ObjectNode replacement, String repeat) {
    if (node == target) {
      StringBuilder out = new StringBuilder("{");
      for (Map.Entry<String, JsonNode> e : replacement.properties()) {
        String member = TextNode.valueOf(e.getKey()) + ":" + e.getValue();
        out.append(out.length() > 1 ? "," : "").append(member);
        if (e.getKey().equals(repeat)) {
          out.append(',').append(member);
        }
      }
      return out.append('}').toString();
    }
    if (node.isObject()) {
      StringBuilder out = new StringBuilder("{");
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        out.append(out.length() > 1 ? "," : "").append(TextNode.valueOf(e.getKey())).append(':')
            .append(text(e.getValue(), target, replacement, repeat));
      }
      return out.append('}').toString();
    }
    if (node.isArray()) {
      StringBuilder out = new StringBuilder("[");
      for (JsonNode e : node) {
        out.append(out.length() > 1 ? "," : "").append(text(e, target, replacement, repeat));
      }
      return out.append(']').toString();
    }
    return node.toString();
  }

  private static JsonNode wrongTypeFor(JsonNode value) {
    if (value.isTextual()) {
      return IntNode.valueOf(7);
    }
    if (value.isNumber() || value.isBoolean()) {
      return TextNode.valueOf("7");
    }
    return value.isObject() ? NODES.arrayNode() : NODES.objectNode();
  }
}
