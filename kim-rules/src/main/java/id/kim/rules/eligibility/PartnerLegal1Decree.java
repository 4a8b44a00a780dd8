package id.kim.rules.eligibility;

import id.kim.core.community.PartnershipPeriod;
import id.kim.core.document.VillageDecree;
import id.kim.rules.explain.Citation;
import id.kim.rules.explain.Evidence;
import id.kim.rules.explain.Finding;
import id.kim.rules.explain.RuleId;
import io.vavr.collection.Array;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;

/**
 * PARTNER-LEGAL-1 — a decree of the village or ward head (syarat legalitas 1, juknis II.B.4), in
 * force on the as-of day: the same document as MAP-ENTRY-3 ({@link DecreeRequirement}).
 *
 * <p>Beyond the juknis (PROPOSED, RULES.md §3 T4 h, GAP-09): when the decree ends before the end of
 * a partnership period (PROFILE-r) that is running or still to come on the as-of day, a warning says
 * so — the partnership would be reviewed under TERM-1 when the decree lapses.
 */
final class PartnerLegal1Decree extends DecreeRequirement {
  static final RuleId ID = RuleId.of("PARTNER-LEGAL-1");
  static final Citation CITATION = Citation.of("II.B.4",
      "1. Surat Keputusan dari Kepala Desa/Lurah/atau sebutan lainnya");
  private static final Citation PERIOD_SOURCE = Citation.proposed("II.B.6",
      "Habis masa berlaku Surat Keputusan Kepala Desa/Lurah atau setingkatnya", "GAP-09");
  private static final FindingKey ENDS_WITHIN_PERIOD = Keys.failing("PARTNER-LEGAL-1.endsWithinPeriod");
  private static final Comparator<PartnershipPeriod> ORDER = Comparator
      .comparing((PartnershipPeriod p) -> p.period().start())
      .thenComparing(p -> p.period().end())
      .thenComparing(PartnershipPeriod::programmeOrPolicy);

  PartnerLegal1Decree() {
    super(ID, CITATION);
  }

  @Override
  public Seq<Finding> warnings(EligibilityFacts facts, LocalDate asOf) {
    Seq<Finding> decreeWarnings = super.warnings(facts, asOf);
    Optional<VillageDecree> presented = facts.record().decree();
    if (DecreeState.of(presented, asOf) != DecreeState.IN_FORCE || presented.get().validUntil().isEmpty()) {
      return decreeWarnings;
    }
    if (facts.profile().partnershipPeriods().isEmpty()) {
      return decreeWarnings;
    }
    LocalDate lastDay = presented.get().validUntil().get();
    Seq<PartnershipPeriod> outlasting = Matching.of(facts.profile().partnershipPeriods(),
        p -> !p.period().end().isBefore(asOf) && p.period().end().isAfter(lastDay));
    if (outlasting.isEmpty()) {
      return decreeWarnings;
    }
    return decreeWarnings.appendAll(outlasting
        .sorted(ORDER)
        .map(p -> warning(PERIOD_SOURCE, ENDS_WITHIN_PERIOD,
            Array.of(Evidence.of("decree.validUntil", lastDay), Evidence.of("partnership.period", p.period()),
                Evidence.of("partnership.programme", p.programmeOrPolicy())),
            lastDay, p.period(), p.programmeOrPolicy())));
  }
}
