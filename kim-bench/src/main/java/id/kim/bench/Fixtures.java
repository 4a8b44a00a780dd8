package id.kim.bench;

import id.kim.core.agency.Dinas;
import id.kim.core.community.CommunityNumber;
import id.kim.core.community.KimRecord;
import id.kim.core.region.RegencyCity;
import id.kim.core.region.Village;
import id.kim.rules.eligibility.Eligibility;
import id.kim.rules.eligibility.EligibilityFacts;
import id.kim.rules.eligibility.Juknis2022;
import id.kim.rules.explain.Verdict;
import id.kim.testkit.KimSamples;
import java.time.LocalDate;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The data every benchmark reads, generated with kim-testkit from fixed seeds, so two runs measure
 * the same values. Nothing here is timed.
 */
public final class Fixtures {
  /** The as-of day of every benchmark. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 7, 1);

  private Fixtures() {}

  /**
   * @param r a record
   * @return the Dinas Kominfo Kabupaten/Kota that decides about it: the issuer of its community
   *     number, else its seat's regency/city, else the regency/city drawn from the record's name
   */
  public static Dinas dinasOf(KimRecord r) {
    Optional<RegencyCity> area = r.profile().communityNumber().map(CommunityNumber::issuedBy)
        .or(() -> r.profile().seat().flatMap(Village::regencyCity));
    RegencyCity regency = area.orElseGet(() ->
        KimSamples.regencyCity(new SplittableRandom(r.profile().name().hashCode())));
    return Dinas.regencyCity("Dinas Kominfo " + regency.fullName(), regency);
  }

  /**
   * @param r a record
   * @return the facts of a partnership decision about it, by the Dinas of {@link #dinasOf}
   */
  public static EligibilityFacts factsOf(KimRecord r) {
    return EligibilityFacts.of(r, dinasOf(r));
  }

  /**
   * Records that the SDK finds {@code ELIGIBLE} on {@link #AS_OF}: kim-testkit's
   * {@code eligibleRecord}s, skipping the ones it draws with a board composed after its
   * acknowledgement or statement letter (which PARTNER-LEGAL-3 and PARTNER-ADMIN-DECL reject).
   *
   * @param count how many
   * @param firstSeed the first seed tried
   * @return the facts, in seed order
   */
  public static EligibilityFacts[] eligible(int count, long firstSeed) {
    EligibilityFacts[] out = new EligibilityFacts[count];
    int found = 0;
    for (long seed = firstSeed; found < count; seed++) {
      EligibilityFacts f = factsOf(KimSamples.eligibleRecord(new SplittableRandom(seed), AS_OF));
      if (Eligibility.decide(Eligibility.PARTNERSHIP_QUESTION, Juknis2022.PARTNERSHIP, f, AS_OF).verdict()
          == Verdict.ELIGIBLE) {
        out[found++] = f;
      }
    }
    return out;
  }

  /**
   * Any consistent records — with or without each document, assessments met or not — as a Dinas
   * register holds them: mostly incomplete or not eligible.
   *
   * @param count how many
   * @param firstSeed the first seed
   * @return the facts, in seed order
   */
  public static EligibilityFacts[] mixed(int count, long firstSeed) {
    EligibilityFacts[] out = new EligibilityFacts[count];
    for (int i = 0; i < count; i++) {
      out[i] = factsOf(KimSamples.record(new SplittableRandom(firstSeed + i)));
    }
    return out;
  }
}
