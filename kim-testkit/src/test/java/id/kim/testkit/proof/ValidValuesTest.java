package id.kim.testkit.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import id.kim.core.community.KimProfile;
import id.kim.core.validation.KimValidator;
import id.kim.testkit.KimGens;
import id.kim.testkit.KimSamples;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** Proof: every generated valid value passes validation — for every generator of every kim-core type. */
class ValidValuesTest {

  @TestFactory
  @DisplayName("every generated valid value passes KimValidator")
  Stream<DynamicTest> everyGeneratedValueIsValid() {
    return Generators.valid().entrySet().stream()
        .map(e -> DynamicTest.dynamicTest(e.getKey(), () -> allValid(e.getValue())));
  }

  @Test
  @DisplayName("every eligible record passes KimValidator, whatever the as-of day")
  void eligibleRecordsAreValid() {
    qt().withExamples(200).forAll(dates()).checkAssert(asOf ->
        qt().withExamples(5).forAll(KimGens.eligibleRecord(asOf)).checkAssert(r ->
            assertTrue(KimValidator.standard().validate(r).isValid(), () ->
                KimValidator.standard().validate(r).getError().mkString())));
  }

  @Test
  @DisplayName("KimGens covers every value type of kim-core (every class with a public builder or of-factory)")
  void everyKimCoreValueTypeHasAGenerator() {
    Set<String> covered = new TreeSet<>();
    Generators.coveredTypes().forEach(c -> covered.add(c.getSimpleName()));
    Set<String> valueTypes = new TreeSet<>();
    for (Class<?> type : KimCoreClasses.all()) {
      boolean hasFactory =
          Stream.of(type.getMethods())
              .anyMatch(
                  m ->
                      Modifier.isStatic(m.getModifiers())
                          && (m.getName().equals("builder") || m.getName().equals("of"))
                          && m.getReturnType().equals(type));
      // an interface with an of-factory is a service (RegionDirectory.of(table)), not a value to generate
      if (hasFactory && !type.isInterface() && !type.getPackageName().endsWith(".validation")) {
        valueTypes.add(type.getSimpleName());
      }
    }
    valueTypes.removeAll(covered);
    assertEquals(Set.of(), valueTypes, "kim-core value types without a KimGens generator");
  }

  @Test
  @DisplayName("the profile generator produces minimal, partial and complete profiles (MAP-A-1 census)")
  void profilesRangeFromMinimalToComplete() {
    List<KimProfile> some =
        Stream.iterate(0L, i -> i + 1)
            .limit(300)
            .map(seed -> KimSamples.profile(new SplittableRandom(seed)))
            .toList();
    assertTrue(some.stream().anyMatch(p -> p.whatsapp().isEmpty()));
    assertTrue(some.stream().anyMatch(p -> p.whatsapp().isPresent()));
    assertTrue(some.stream().anyMatch(p -> p.media().isEmpty()));
    assertTrue(some.stream().anyMatch(p -> p.media().size() >= 3));
    assertTrue(some.stream().anyMatch(p -> p.seat().flatMap(v -> v.regencyCity()).isEmpty() && p.seat().isPresent()));
    assertTrue(some.stream().anyMatch(p -> p.seat().flatMap(v -> v.regencyCity()).isPresent()));
  }

  static Gen<LocalDate> dates() {
    return SourceDSL.integers()
        .between(0, 3650)
        .map(days -> LocalDate.of(2020, 1, 1).plusDays(days));
  }

  private static <T> void allValid(Gen<T> gen) {
    qt().withExamples(300).forAll(gen).checkAssert(v -> {
      var result = KimValidator.standard().validate(v);
      assertTrue(result.isValid(), () -> result.getError().mkString("\n"));
    });
  }
}
