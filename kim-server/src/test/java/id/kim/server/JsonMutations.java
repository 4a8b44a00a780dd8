package id.kim.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Structural mutations of a JSON document for the fuzz test: one node of the tree, chosen by index in
 * document order, is replaced by another value (a code of the contract's vocabulary, a date, a wrong type,
 * an empty container), removed, or duplicated. The seed is never changed; each mutation works on a copy.
 */
final class JsonMutations {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private JsonMutations() {}

  /** @return the number of nodes of the document below its root, the range of {@code at} */
  static int size(JsonNode seed) {
    return nodes(seed).size();
  }

  /**
   * @param seed the document (unchanged)
   * @param at the node to mutate, an index in document order below the root ({@code 0 ≤ at < size})
   * @param kind what to do: 0 remove, 1 duplicate an array element, otherwise replace by {@code codes}'
   *     element or a value of a wrong type
   * @param codes the vocabulary a replaced string is drawn from (statuses, events, steps, dates)
   * @param pick which replacement
   * @return the mutated copy
   */
  static JsonNode mutate(JsonNode seed, int at, int kind, List<String> codes, int pick) {
    JsonNode copy = seed.deepCopy();
    List<Slot> all = nodes(copy);
    Slot s = all.get(at % all.size());
    switch (kind) {
      case 0 -> s.remove();
      case 1 -> s.duplicate();
      default -> s.set(replacement(codes, pick));
    }
    return copy;
  }

  private static JsonNode replacement(List<String> codes, int pick) {
    return switch (pick % 8) {
      case 0 -> F.nullNode();
      case 1 -> F.numberNode(pick);
      case 2 -> F.booleanNode(true);
      case 3 -> F.objectNode();
      case 4 -> F.arrayNode();
      case 5 -> F.textNode("");
      default -> F.textNode(codes.get(pick % codes.size()));
    };
  }

  private static List<Slot> nodes(JsonNode root) {
    List<Slot> out = new ArrayList<>();
    collect(root, out);
    return out;
  }

  private static void collect(JsonNode node, List<Slot> out) {
    if (node instanceof ObjectNode o) {
      List<String> names = new ArrayList<>();
      o.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        out.add(new Slot(o, name, -1));
        collect(o.get(name), out);
      }
    } else if (node instanceof ArrayNode a) {
      for (int i = 0; i < a.size(); i++) {
        out.add(new Slot(a, null, i));
        collect(a.get(i), out);
      }
    }
  }

  /** A place in the tree: a field of an object or an element of an array. */
  private record Slot(JsonNode parent, String name, int index) {
    void remove() {
      if (parent instanceof ObjectNode o) {
        o.remove(name);
      } else {
        ((ArrayNode) parent).remove(index);
      }
    }

    void duplicate() {
      if (parent instanceof ArrayNode a) {
        a.insert(index, a.get(index).deepCopy());
      } else {
        ((ObjectNode) parent).set(name, F.arrayNode().add(parent.get(name).deepCopy()));
      }
    }

    void set(JsonNode value) {
      if (parent instanceof ObjectNode o) {
        o.set(name, value);
      } else {
        ((ArrayNode) parent).set(index, value);
      }
    }
  }
}
