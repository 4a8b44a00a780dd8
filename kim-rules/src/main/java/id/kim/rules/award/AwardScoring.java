package id.kim.rules.award;

import id.kim.rules.evaluation.Ratio;
import id.kim.rules.explain.Citation;
import id.kim.rules.explain.Evidence;
import id.kim.rules.explain.Finding;
import id.kim.rules.explain.Message;
import id.kim.rules.explain.Outcome;
import id.kim.rules.explain.RuleId;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeMap;
import io.vavr.control.Option;

/** The findings and arithmetic of AWARD-STAGE-2 (formulas in {@link AwardProcess}). */
final class AwardScoring {
  private static final Citation CONS_1 = Citation.of("IV.E.2",
      "Hasil pemantauan KIM yang melaksanakan diseminasi informasi publik");
  private static final Citation CONS_2 = Citation.of("IV.E.2",
      "Hasil penilaian KIM, dari aspek kuantitas dan kualitas konten informasi serta aktivitas diseminasi konten "
          + "informasi yang dilaksanakan dalam periode tertentu");
  private static final Citation STAGE_2 = Citation.proposed("Tabel 4.8, Gambar 4.6",
      "Dinas melakukan penilaian terhadap kuantitas dan kualitas aktivitas", "GAP-36");

  private AwardScoring() {}

  static AwardAssessment assess(AwardCandidate c, MonitoringSummary m) {
    Finding cons1 = Finding.builder().ruleId(RuleId.of("AWARD-CONS-1")).citation(CONS_1)
        .outcome(m.monitored() ? Outcome.SATISFIED : Outcome.UNKNOWN)
        .message(Message.of(AwardProcess.BUNDLE, m.monitored() ? "AWARD-CONS-1.monitored" : "AWARD-CONS-1.none",
            m.period().label(), m.posts(), m.activities()))
        .evidence(List.of(Evidence.of("posts", m.posts()), Evidence.of("activities", m.activities()),
            Evidence.of("engagement", m.engagement())))
        .remedy(m.monitored() ? Option.none() : Option.some(Message.of(AwardProcess.BUNDLE, "AWARD-CONS-1.remedy")))
        .build();
    Finding cons2 = Finding.builder().ruleId(RuleId.of("AWARD-CONS-2")).citation(CONS_2)
        .outcome(c.quality().isDefined() ? Outcome.SATISFIED : Outcome.UNKNOWN)
        .message(c.quality().map(q -> Message.of(AwardProcess.BUNDLE, "AWARD-CONS-2.scored", q.score()))
            .getOrElse(() -> Message.of(AwardProcess.BUNDLE, "AWARD-CONS-2.none")))
        .remedy(c.quality().isDefined() ? Option.none()
            : Option.some(Message.of(AwardProcess.BUNDLE, "AWARD-CONS-2.remedy")))
        .build();
    return AwardAssessment.builder().kim(c.record().kim()).type(c.type()).monitoring(m).quality(c.quality())
        .findings(List.of(cons1, cons2)).breakdown(TreeMap.empty()).score(Option.none()).rank(Option.none()).build();
  }

  static boolean isRankable(AwardAssessment a) {
    return a.findings().forAll(f -> f.outcome() == Outcome.SATISFIED);
  }

  static Seq<AwardAssessment> score(Seq<AwardAssessment> rankable, AwardWeights w) {
    Ratio maxPosts = max(rankable.map(a -> Ratio.of(a.monitoring().posts())));
    Ratio maxActivities = max(rankable.map(a -> Ratio.of(a.monitoring().activities())));
    Ratio maxEngagement = max(rankable.map(AwardScoring::engagement));
    Ratio hundred = Ratio.of(100);
    return rankable.map(a -> {
      Ratio quality = Ratio.of(a.quality().get().score());
      TreeMap<AwardCriterion, CriterionScore> breakdown = TreeMap.of(
          AwardCriterion.CONTENT_QUANTITY,
          criterion(Ratio.of(a.monitoring().posts()), maxPosts, w.weight(AwardCriterion.CONTENT_QUANTITY)),
          AwardCriterion.CONTENT_QUALITY, criterion(quality, hundred, w.weight(AwardCriterion.CONTENT_QUALITY)),
          AwardCriterion.DISSEMINATION_ACTIVITY, criterion(Ratio.of(a.monitoring().activities()), maxActivities,
              w.weight(AwardCriterion.DISSEMINATION_ACTIVITY)),
          AwardCriterion.ENGAGEMENT, criterion(engagement(a), maxEngagement, w.weight(AwardCriterion.ENGAGEMENT)));
      Ratio weighted = breakdown.values()
          .foldLeft(Ratio.ZERO, (sum, s) -> sum.plus(s.normalised().times(Ratio.of(s.weight()))));
      Ratio score = weighted.dividedBy(Ratio.of(w.total())).get();
      return AwardAssessment.builder().from(a).breakdown(breakdown).score(Option.some(score)).build();
    });
  }

  static AwardAssessment withRank(AwardAssessment a, int rank) {
    Finding stage2 = Finding.builder().ruleId(RuleId.of("AWARD-STAGE-2")).citation(STAGE_2).outcome(Outcome.SATISFIED)
        .message(Message.of(AwardProcess.BUNDLE, "AWARD-STAGE-2.ranked", rank,
            a.score().get().toDecimal(4).toPlainString()))
        .evidence(a.breakdown().map(t -> Evidence.of(t._1.name(), t._2)).toList())
        .build();
    return AwardAssessment.builder().from(a).rank(Option.some(rank)).findings(a.findings().append(stage2)).build();
  }

  private static CriterionScore criterion(Ratio raw, Ratio max, long weight) {
    return CriterionScore.of(raw, AwardProcess.normalised(raw, max), weight);
  }

  private static Ratio engagement(AwardAssessment a) {
    return a.monitoring().engagement().value().getOrElse(Ratio.ZERO);
  }

  private static Ratio max(Seq<Ratio> values) {
    return values.max().getOrElse(Ratio.ZERO);
  }

}
