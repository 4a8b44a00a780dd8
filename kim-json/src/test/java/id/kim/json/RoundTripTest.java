package id.kim.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import id.kim.core.community.KnownAbsence;
import id.kim.core.i18n.Lang;
import id.kim.rules.explain.Decision;
import io.vavr.control.Either;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.quicktheories.core.Gen;

/**
 * Every valid value → JSON → value is equal, for every type of the contract (through KimJson and through a plain
 * mapper).
 */
class RoundTripTest {
  static final Map<Class<?>, Gen<?>> GENERATORS = ContractGenerators.all();

  @TestFactory
  Stream<DynamicTest> everyValueRoundTripsThroughKimJson() {
    return GENERATORS.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey().getSimpleName(),
        () -> roundTrip(e.getKey(), e.getValue())));
  }

  @TestFactory
  Stream<DynamicTest> everyEnumConstantRoundTripsByItsCode() {
    return KimJson.types().stream().filter(Class::isEnum)
        .map(type -> DynamicTest.dynamicTest(type.getSimpleName(), () -> {
      for (Object constant : type.getEnumConstants()) {
        String json = KimJson.write(constant);
        // a fact recorded as none is written by its JSON field name, as in "recordedAsNone" (docs/json.md)
        String code = constant instanceof KnownAbsence fact ? fact.fieldName() : ((Enum<?>) constant).name();
        assertEquals("\"" + code + "\"", json);
        assertSame(constant, KimJson.read(json, type).get());
      }
    }));
  }

  @Test
  @DisplayName("every non-enum type of the contract has a round-trip generator")
  void everyContractTypeIsCovered() {
    assertEquals(
        KimJson.types().stream().filter(t -> !t.isEnum()).collect(Collectors.toSet()),
        GENERATORS.keySet());
  }

  @Test
  void theSameValueReadsBackThroughACallersMapperInEnglish() throws Exception {
    ObjectMapper mapper = KimJson.mapper(Lang.EN);
    qt().withExamples(50)
        .forAll(ExplainGens.DECISION)
        .check(
            d -> {
              try {
                return mapper.readValue(mapper.writeValueAsString(d), Decision.class).equals(d);
              } catch (Exception e) {
                throw new AssertionError(e);
              }
            });
  }

  private static <T> void roundTrip(Class<T> type, Gen<?> gen) {
    @SuppressWarnings("unchecked")
    Gen<T> typed = (Gen<T>) gen;
    ObjectMapper mapper = KimJson.mapper();
    qt().withExamples(200)
        .forAll(typed)
        .check(
            value -> {
              Either<JsonProblem, T> back = KimJson.read(KimJson.write(value), type);
              if (back.isLeft() || !back.get().equals(value)) {
                throw new AssertionError(
                    "did not round-trip: " + back + "\nJSON: " + KimJson.write(value));
              }
              if (!KimJson.write(back.get()).equals(KimJson.write(value))) {
                throw new AssertionError(
                    "equal but written differently (a part equals ignores was lost): "
                        + KimJson.write(value));
              }
              try {
                return mapper
                    .readValue(
                        mapper
                            .writer()
                            .without(SerializationFeature.INDENT_OUTPUT)
                            .writeValueAsString(value),
                        type)
                    .equals(value);
              } catch (Exception e) {
                throw new AssertionError(e);
              }
            });
  }
}
