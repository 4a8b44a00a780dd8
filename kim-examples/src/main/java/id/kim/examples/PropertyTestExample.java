package id.kim.examples;

import static org.quicktheories.QuickTheory.qt;

import id.kim.core.agency.Dinas;
import id.kim.core.community.KimProfile;
import id.kim.core.community.KimRecord;
import id.kim.core.community.KimRef;
import id.kim.core.region.RegencyCity;
import id.kim.core.validation.FieldViolation;
import id.kim.core.validation.KimValidator;
import id.kim.json.KimJson;
import id.kim.rules.eligibility.Eligibility;
import id.kim.rules.eligibility.EligibilityFacts;
import id.kim.rules.explain.Verdict;
import id.kim.rules.lifecycle.LifecycleState;
import id.kim.rules.lifecycle.PartnerTrail;
import id.kim.rules.lifecycle.Status;
import id.kim.rules.mapping.grid.GridCategory;
import id.kim.rules.mapping.grid.GridPlacement;
import id.kim.rules.mapping.grid.Level;
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
 * profile gives exactly the finding its defect names. For scenarios: {@code KimGens.partnerFixture} with
 * {@link PartnerTrail} gives a partner through the real lifecycle events, {@code withoutDecree()} clears a document
 * without {@code withDecree(Optional.empty())}, and {@link GridPlacement#of} places a KIM from three levels. In
 * JUnit, put each property in its own {@code @Test}.
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
  private static final int PARTNERS = 50;

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

    // the helpers for scenarios: a partner in one call, through the real lifecycle (PartnerTrail, T1–T4);
    // clearing a document with withoutDecree(); a grid placement from three levels (GridPlacement.of)
    AtomicInteger partners = new AtomicInteger();
    qt().withFixedSeed(42).withExamples(PARTNERS).forAll(KimGens.partnerFixture(AS_OF)).check(f -> {
      partners.incrementAndGet();
      LifecycleState state = PartnerTrail.of(f.record(), f.dinas(), f.officer(), f.asOf()).get().state().get();
      boolean partner = state.status() == Status.PARTNER;
      boolean withoutDecree = Eligibility.partnership(EligibilityFacts.of(f.record().withoutDecree(), f.dinas()), AS_OF)
          .get().verdict() != Verdict.ELIGIBLE;
      GridPlacement row1 = GridPlacement.of(KimRef.from(f.record().profile()), AS_OF, Level.HIGH, Level.HIGH,
          Level.HIGH);
      return partner && withoutDecree && row1.category() == GridCategory.G1_PARTNER;
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
        + "KimSamples.invalidProfile, seed 0.." + (EXAMPLES - 1) + ": " + defects + " profil, tepat satu temuan\n"
        + "QuickTheories, KimGens.partnerFixture(" + AS_OF + "): " + partners + " MITRA lewat PartnerTrail (T1–T4); "
        + "withoutDecree() tidak LAYAK; GridPlacement.of(tinggi, tinggi, tinggi) GRID-1\n";
  }

  private static Dinas dinasOf(RegencyCity area) {
    return Dinas.regencyCity("Dinas Kominfo " + area.fullName(), area);
  }
}
