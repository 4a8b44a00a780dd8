package id.kim.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.community.KimProfile;
import id.kim.core.community.KimRecord;
import id.kim.core.validation.KimValidator;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

/**
 * The plain seeded entry point, used the way docs/testkit.md shows: as a {@code Function<Random, T>}
 * (what jqwik's {@code Arbitraries.randomValue} and junit-quickcheck's generators take) and in a
 * plain loop over any {@link RandomGenerator}.
 */
class SeededEntryPointTest {

  @Test
  @DisplayName("a Function<Random, T> in one line, as another framework would wrap it")
  void wrapsInOneLine() {
    Function<Random, KimProfile> profiles = KimSamples::profile;
    Function<Random, KimRecord> eligible = r -> KimSamples.eligibleRecord(r, LocalDate.of(2026, 3, 1));
    for (long seed = 0; seed < 200; seed++) {
      assertTrue(KimValidator.standard().validate(profiles.apply(new Random(seed))).isValid());
      KimRecord record = eligible.apply(new Random(seed));
      assertTrue(KimValidator.standard().validate(record).isValid());
      RealismTest.meetsTheDocuments(record);
      assertEquals(profiles.apply(new Random(seed)), profiles.apply(new Random(seed)));
    }
  }

  @Test
  @DisplayName("any RandomGenerator algorithm drives the same recipes")
  void anyAlgorithm() {
    for (String algorithm : new String[] {"L64X128MixRandom", "Xoshiro256PlusPlus", "SplittableRandom"}) {
      RandomGenerator random = RandomGeneratorFactory.of(algorithm).create(99);
      for (int i = 0; i < 100; i++) {
        assertTrue(KimValidator.standard().validate(KimSamples.record(random)).isValid(), algorithm);
      }
    }
    assertEquals(KimSamples.village(new SplittableRandom(5)), KimSamples.village(new SplittableRandom(5)));
  }

  @Test
  @DisplayName("the custom sampler of docs/testkit.md works both ways")
  void customSamplerOfTheDocs() {
    Sampler<KimProfile> inJembrana =
        d ->
            KimProfile.builder()
                .name("KIM " + d.pick(List.of("Gumbrih", "Pekutatan", "Medewi")))
                .whatsapp(ContactSamplers.mobileNumber().sample(d))
                .build();
    QuickTheory.qt()
        .forAll(inJembrana.gen())
        .checkAssert(p -> assertTrue(KimValidator.standard().validate(p).isValid()));
    KimProfile one = inJembrana.from(new SplittableRandom(1));
    assertEquals(one, inJembrana.from(new SplittableRandom(1)));
    assertEquals(103, Defects.profile().size(), "docs/testkit.md quotes this count");
    assertEquals(164, Defects.record().size(), "docs/testkit.md quotes this count");
    assertEquals(80, Defects.monitoringRecord().size(), "docs/testkit.md quotes this count");
  }
}
