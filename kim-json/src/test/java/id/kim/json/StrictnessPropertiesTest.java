package id.kim.json;

import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import id.kim.core.i18n.Lang;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.quicktheories.core.Gen;

/**
 * For every type of the contract and values as the SDK makes them: a field the type does not have is
 * refused as an unknown field at its JSONPath, and every member given a value of the wrong JSON type is
 * refused as a wrong type at exactly its JSONPath — never coerced, never ignored.
 */
class StrictnessPropertiesTest {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  @TestFactory
  Stream<DynamicTest> unknownFieldsAndWrongTypesAreRefusedAtTheirPath() {
    return ContractGenerators.all().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey().getSimpleName(),
        () -> check(e.getKey(), e.getValue())));
  }

  private static <T> void check(Class<T> type, Gen<?> gen) {
    @SuppressWarnings("unchecked")
    Gen<T> typed = (Gen<T>) gen;
    qt().withExamples(25).forAll(typed).check(value -> {
      JsonNode node = KimJson.tree(value, Lang.ID);
      if (!node.isObject()) {
        return expect(KimJson.fromTree(IntNode.valueOf(7), type), "$", JsonProblem.Kind.WRONG_TYPE);
      }
      ObjectNode unknown = ((ObjectNode) node).deepCopy();
      unknown.put("zzUnknown", "x");
      if (!expect(KimJson.fromTree(unknown, type), "$.zzUnknown", JsonProblem.Kind.UNKNOWN_FIELD)) {
        return false;
      }
      List<String> names = new ArrayList<>();
      node.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        ObjectNode wrong = ((ObjectNode) node).deepCopy();
        wrong.set(name, wrongTypeFor(node.get(name)));
        if (!expect(KimJson.fromTree(wrong, type), "$." + name, JsonProblem.Kind.WRONG_TYPE)) {
          throw new AssertionError(type.getSimpleName() + "." + name + " given " + wrong.get(name)
              + " was not refused at $."
              + name + ": " + KimJson.fromTree(wrong, type));
        }
      }
      return true;
    });
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

  private static boolean expect(Either<JsonProblem, ?> result, String path, JsonProblem.Kind kind) {
    return result.isLeft() && result.getLeft().path().equals(path) && result.getLeft().kind() == kind;
  }
}
