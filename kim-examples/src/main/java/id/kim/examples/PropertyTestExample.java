package id.kim.examples;

import static org.quicktheories.QuickTheory.qt;

import id.kim.core.agency.Dinas;
import id.kim.core.community.KimProfile;
import id.kim.core.community.KimRecord;
import id.kim.core.region.RegencyCity;
import id.kim.core.validation.FieldViolation;
import id.kim.core.validation.KimValidator;
import id.kim.json.KimJson;
import id.kim.rules.eligibility.Eligibility;
import id.kim.rules.eligibility.EligibilityFacts;
import id.kim.rules.explain.Verdict;
import id.kim.testkit.Defective;
import id.kim.testkit.KimGens;
import id.kim.testkit.KimSamples;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How a Dinas' own test suite uses {@code kim-testkit} (add it with {@code <scope>test</scope>}): realistic
 * KIM of Tabel 3.1 and juknis II.B.4, valid or with exactly one defect, as property-test data.
 *
 * <p>What the reader learns: {@link KimGens} gives QuickTheories generators — {@code qt().forAll(KimGens.…)
 * .check(…)}, with a fixed seed to repeat a run and shrinking to a small counterexample on failure; here, every
 * generated record survives the JSON contract, and every record that meets the documents on a day is ELIGIBLE
 * for the Dinas that issued its number. {@link KimSamples} gives the same values from any
 * {@link java.util.random.RandomGenerator}, for any other framework or a plain loop: here, every single-defect
 * profile gives exactly the finding its defect names. In JUnit, put each property in its own {@code @Test}.
 *
 * <p>jqwik, as text only (the SDK itself never uses jqwik; {@code docs/testkit.md} says why): its
 * {@code java.util.Random} is a {@code RandomGenerator}, so one line wraps a sampler. jqwik does not shrink
 * such values; use QuickTheories for minimal counterexamples.
 * <pre>
 * &#64;Provide
 * Arbitrary&lt;KimProfile&gt; profiles() {
 *   return Arbitraries.randomValue(random -&gt; KimSamples.profile(random));
 * }
 *
 * &#64;Property
 * boolean everyProfileIsValid(&#64;ForAll("profiles") KimProfile profile) {
 *   return KimValidator.standard().validate(profile).isValid();
 * }
 * </pre>
 *
 * <p>Run: {@code mvn -q -pl kim-examples -am compile exec:java -Dexec.mainClass=id.kim.examples.PropertyTestExample}
 */
public final class PropertyTestExample {
  /** The day eligibility is judged on. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);
  private static final int EXAMPLES = 200;

  private PropertyTestExample() {}

  /** @param args ignored */
  public static void main(String[] args) {
    System.out.print(run());
  }

  /** @return what {@link #main} prints: how many examples each property checked (it throws if one fails) */
  public static String run() {
    AtomicInteger json = new AtomicInteger();
    qt().withFixedSeed(42).withExamples(EXAMPLES).forAll(KimGens.record()).check(r -> {
      json.incrementAndGet();
      return KimJson.read(KimJson.write(r), KimRecord.class).get().equals(r);
    });

    AtomicInteger eligible = new AtomicInteger();
    qt().withFixedSeed(42).withExamples(EXAMPLES).forAll(KimGens.eligibleRecord(AS_OF)).check(r -> {
      eligible.incrementAndGet();
      Dinas issuer = dinasOf(r.profile().communityNumber().orElseThrow().issuedBy());
      return Eligibility.partnership(EligibilityFacts.of(r, issuer), AS_OF).get().verdict() == Verdict.ELIGIBLE;
    });

    int defects = 0;
    for (long seed = 0; seed < EXAMPLES; seed++) {
      Defective<KimProfile> d = KimSamples.invalidProfile(new SplittableRandom(seed));
      Seq<FieldViolation> found = KimValidator.standard().validate(d.value()).getError();
      if (found.size() != 1 || !d.defect().matches(found.head())) {
        throw new AssertionError("seed " + seed + ": " + d.defect().name() + " gave " + found);
      }
      defects++;
    }
    return "QuickTheories, KimGens.record(): " + json + " rekaman ditulis dan dibaca kembali sama (JSON)\n"
        + "QuickTheories, KimGens.eligibleRecord(" + AS_OF + "): " + eligible + " rekaman LAYAK\n"
        + "KimSamples.invalidProfile, seed 0.." + (EXAMPLES - 1) + ": " + defects + " profil, tepat satu temuan\n";
  }

  private static Dinas dinasOf(RegencyCity area) {
    return Dinas.regencyCity("Dinas Kominfo " + area.fullName(), area);
  }
}
