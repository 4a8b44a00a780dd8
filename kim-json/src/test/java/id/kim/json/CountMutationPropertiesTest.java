package id.kim.json;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.kim.core.community.KimRecord;
import id.kim.core.i18n.Lang;
import id.kim.core.monitoring.MonitoringRecord;
import id.kim.testkit.KimGens;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The contract's edges: every count of a valid document, set beyond its documented range
 * (docs/validation.md) — 2<sup>31</sup>, 2<sup>32</sup>, 10<sup>10</sup>, {@code Long.MAX_VALUE},
 * 2<sup>64</sup>, -1 — is refused by {@link KimJson#readValid} with a problem at that very path,
 * never accepted and never an unchecked exception.
 */
class CountMutationPropertiesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<BigInteger> OUT_OF_RANGE = List.of(BigInteger.ONE.shiftLeft(31),
      BigInteger.ONE.shiftLeft(32), BigInteger.TEN.pow(10), BigInteger.valueOf(Long.MAX_VALUE),
      BigInteger.ONE.shiftLeft(64), BigInteger.valueOf(-1));

  @Test
  @DisplayName("property: a KIM record's count set out of range is refused at its path (PROFILE-p, -s, -t)")
  void recordCounts() {
    check(KimGens.completeProfile().map(p -> KimRecord.builder().profile(p).build()), KimRecord.class);
  }

  @Test
  @DisplayName("property: a monitoring record's count set out of range is refused at its path")
  void monitoringCounts() {
    check(KimGens.monitoringRecord(), MonitoringRecord.class);
  }

  private static <T> void check(Gen<T> values, Class<T> type) {
    qt().withExamples(150).forAll(values, integers().between(0, 10_000), integers().between(0, OUT_OF_RANGE.size() - 1))
        .checkAssert((value, pick, bad) -> {
          JsonNode doc = KimJson.tree(value, Lang.ID);
          List<String> counts = new ArrayList<>();
          collect(doc, JsonPath.root(), counts);
          if (counts.isEmpty()) {
            return;
          }
          String path = counts.get(pick % counts.size());
          JsonNode mutated = doc.deepCopy();
          set(mutated, JsonPath.root(), path, OUT_OF_RANGE.get(bad));
          Either<Seq<JsonProblem>, T> read = KimJson.readValid(mutated.toString(), type);
          assertTrue(read.isLeft(), () -> path + " = " + OUT_OF_RANGE.get(bad) + " accepted");
          assertTrue(read.getLeft().exists(p -> p.path().equals(path)),
              () -> path + " = " + OUT_OF_RANGE.get(bad) + ": " + read.getLeft());
        });
  }

  /** Collects the paths of every integral number of a document: in the contract, these are its counts. */
  private static void collect(JsonNode node, JsonPath at, List<String> out) {
    if (node.isIntegralNumber()) {
      out.add(at.toString());
    } else if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        collect(e.getValue(), at.field(e.getKey()), out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), at.index(i), out);
      }
    }
  }

  private static boolean set(JsonNode node, JsonPath at, String target, BigInteger value) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        JsonPath child = at.field(e.getKey());
        if (child.toString().equals(target)) {
          ((ObjectNode) node).put(e.getKey(), value);
          return true;
        }
        if (set(e.getValue(), child, target, value)) {
          return true;
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        JsonPath child = at.index(i);
        if (child.toString().equals(target)) {
          ((ArrayNode) node).set(i, JSON.getNodeFactory().numberNode(value));
          return true;
        }
        if (set(node.get(i), child, target, value)) {
          return true;
        }
      }
    }
    return false;
  }
}
