package id.kim.rules.eligibility;

import id.kim.core.community.TargetAudience;
import id.kim.core.region.Village;
import id.kim.rules.explain.Citation;
import id.kim.rules.explain.Evidence;
import id.kim.rules.explain.Finding;
import id.kim.rules.explain.RuleId;
import io.vavr.collection.Array;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/**
 * QUAL-4 — reach of at least one village (juknis II.B.5 d: "jangkauan sekurang-kurangnya satu
 * desa/kelurahan/kampung/ atau sebutan lainnya"), the only countable qualification. The reach is the
 * set of villages of the target audience (PROFILE-k). No audience recorded → unknown; an audience
 * recorded that covers no whole village (e.g. one RT) → not satisfied; one village or more →
 * satisfied.
 */
final class Qual4Reach extends EligibilityRule {
  static final RuleId ID = RuleId.of("QUAL-4");
  static final Citation CITATION = Citation.of("II.B.5",
      "d. Memiliki jangkauan sekurang-kurangnya satu desa/kelurahan/kampung/ atau sebutan lainnya.");
  /** The juknis' threshold: "sekurang-kurangnya satu". */
  static final int MINIMUM_VILLAGES = 1;

  private static final FindingKey SATISFIED = Keys.plain("QUAL-4.satisfied");
  private static final FindingKey NO_VILLAGE = Keys.failing("QUAL-4.noVillage");
  private static final FindingKey NO_AUDIENCE = Keys.failing("QUAL-4.noAudience");

  Qual4Reach() {
    super(ID, CITATION);
  }

  @Override
  public Finding evaluate(EligibilityFacts facts, LocalDate asOf) {
    Optional<TargetAudience> audience = facts.profile().targetAudience();
    if (audience.isEmpty()) {
      return unknown(NO_AUDIENCE, Array.of(Evidence.of("profile.targetAudience", "-")));
    }
    int villages = audience.get().villages().size();
    String[] names = new String[villages];
    int k = 0;
    for (Village v : audience.get().villages()) {
      names[k++] = v.toString();
    }
    Arrays.sort(names);
    Seq<Evidence> evidence = Array.of(
        Evidence.of("reach.villages", villages),
        Evidence.of("reach", String.join("; ", names)));
    return villages >= MINIMUM_VILLAGES
        ? satisfied(SATISFIED, evidence, villages)
        : notSatisfied(NO_VILLAGE, evidence);
  }
}
