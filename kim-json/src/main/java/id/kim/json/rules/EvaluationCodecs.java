package id.kim.json.rules;

import id.kim.core.community.KimRef;
import id.kim.core.monitoring.MeasurementLevel;
import id.kim.core.monitoring.OutcomeKind;
import id.kim.json.Codec;
import id.kim.json.ComputedFields;
import id.kim.json.Field;
import id.kim.json.MapFields;
import id.kim.json.ObjectCodec;
import id.kim.json.Scalars;
import id.kim.json.core.ProfileCodecs;
import id.kim.rules.evaluation.CollaborationEvaluation;
import id.kim.rules.evaluation.ContinuationPolicy;
import id.kim.rules.evaluation.Measurement;
import id.kim.rules.evaluation.MeasurementPeriod;
import id.kim.rules.evaluation.OutcomeResult;
import id.kim.rules.evaluation.OutputResult;
import id.kim.rules.evaluation.OuttakesResult;
import id.kim.rules.evaluation.Ratio;
import id.kim.rules.evaluation.Recommendation;
import id.kim.rules.evaluation.SurveyChange;
import id.kim.rules.explain.Finding;
import id.kim.rules.explain.RuleSetRef;
import io.vavr.collection.TreeMap;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * JSON of the evaluation of dissemination (juknis V): the three measures of Tabel 5.1 — Output
 * (MEASURE-1), Outtakes (MEASURE-2), Outcome (MEASURE-3) — the Dinas' {@link ContinuationPolicy}
 * (GAP-44) and the {@link CollaborationEvaluation} with its findings and the recommendation they imply
 * (derived: written, and checked on input).
 */
public final class EvaluationCodecs {
  private static final Codec<Measurement> M = MeasureCodecs.MEASUREMENT;

  private static final Field<OutputResult, MeasurementPeriod> O_PERIOD = Field.required("period", OutputResult::period,
      MeasureCodecs.PERIOD);
  private static final Field<OutputResult, Measurement> O_OPENING = Field.required("openingFollowers",
      OutputResult::openingFollowers, M);
  private static final Field<OutputResult, Measurement> O_GROWTH = Field.required("followerGrowth",
      OutputResult::followerGrowth, M);
  private static final Field<OutputResult, Measurement> O_RATE = Field.required("followerGrowthRate",
      OutputResult::followerGrowthRate, M);
  private static final Field<OutputResult, Measurement> O_VISITORS = Field.required("visitors", OutputResult::visitors,
      M);
  private static final Field<OutputResult, Measurement> O_ATTENDANCE = Field.required("attendance",
      OutputResult::attendance, M);
  private static final Field<OutputResult, Measurement> O_VIEWS = Field.required("views", OutputResult::views, M);
  /** MEASURE-1 Output of one KIM for one period. */
  public static final Codec<OutputResult> OUTPUT = ObjectCodec.of("OutputResult",
      List.of(O_PERIOD, O_OPENING, O_GROWTH, O_RATE, O_VISITORS, O_ATTENDANCE, O_VIEWS),
      d -> OutputResult.builder().period(d.get(O_PERIOD)).openingFollowers(d.get(O_OPENING))
          .followerGrowth(d.get(O_GROWTH))
          .followerGrowthRate(d.get(O_RATE)).visitors(d.get(O_VISITORS)).attendance(d.get(O_ATTENDANCE))
          .views(d.get(O_VIEWS)).build());

  private static final Field<OuttakesResult, MeasurementPeriod> T_PERIOD = Field.required("period",
      OuttakesResult::period, MeasureCodecs.PERIOD);
  private static final Field<OuttakesResult, Long> T_COUNT = Field.required("contentCount",
      OuttakesResult::contentCount, Scalars.LONG);
  private static final Field<OuttakesResult, Measurement> T_LIKES = Field.required("likes", OuttakesResult::likes, M);
  private static final Field<OuttakesResult, Measurement> T_COMMENTS = Field.required("comments",
      OuttakesResult::comments, M);
  private static final Field<OuttakesResult, Measurement> T_SHARES = Field.required("shares", OuttakesResult::shares,
      M);
  private static final Field<OuttakesResult, Measurement> T_DISCUSSION = Field.required("discussion",
      OuttakesResult::discussion, M);
  private static final Field<OuttakesResult, Measurement> T_TOTAL = Field.required("total", OuttakesResult::total, M);
  private static final Field<OuttakesResult, Measurement> T_PER = Field.required("perContent",
      OuttakesResult::perContent, M);
  private static final Field<OuttakesResult, Map<String, BigInteger>> T_INDICATORS =
      MapFields.objectMap("indicatorTotals",
      EvaluationCodecs::indicatorTotals, k -> k, Scalars.TEXT, Scalars.BIG_INTEGER);
  /** MEASURE-2 Outtakes of one KIM for one period, with the totals per Tabel 5.3 row and indicator. */
  public static final Codec<OuttakesResult> OUTTAKES = ObjectCodec.of("OuttakesResult",
      List.of(T_PERIOD, T_COUNT, T_LIKES, T_COMMENTS, T_SHARES, T_DISCUSSION, T_TOTAL, T_PER, T_INDICATORS),
      d -> OuttakesResult.builder().period(d.get(T_PERIOD)).contentCount(d.get(T_COUNT)).likes(d.get(T_LIKES))
          .comments(d.get(T_COMMENTS))
          .shares(d.get(T_SHARES)).discussion(d.get(T_DISCUSSION)).total(d.get(T_TOTAL)).perContent(d.get(T_PER))
          .indicatorTotals(TreeMap.ofAll(d.get(T_INDICATORS))).build());

  private static final Field<SurveyChange, String> S_TITLE = Field.required("title", SurveyChange::title, Scalars.TEXT);
  private static final Field<SurveyChange, OutcomeKind> S_KIND = Field.required("kind", SurveyChange::kind,
      Scalars.code(OutcomeKind.class));
  private static final Field<SurveyChange, Measurement> S_BEFORE = Field.required("before", SurveyChange::before, M);
  private static final Field<SurveyChange, Measurement> S_AFTER = Field.required("after", SurveyChange::after, M);
  private static final Field<SurveyChange, Optional<Measurement>> S_CHANGE = ComputedFields.derived("change",
      SurveyChange::change, M);
  /** One survey's proportions before and after, and the change (MEASURE-3). */
  public static final Codec<SurveyChange> SURVEY_CHANGE = ObjectCodec.of("SurveyChange",
      List.of(S_TITLE, S_KIND, S_BEFORE, S_AFTER, S_CHANGE),
      d -> SurveyChange.builder().title(d.get(S_TITLE)).kind(d.get(S_KIND)).before(d.get(S_BEFORE))
          .after(d.get(S_AFTER)).build());

  private static final Field<OutcomeResult, MeasurementPeriod> C_PERIOD = Field.required("period",
      OutcomeResult::period, MeasureCodecs.PERIOD);
  private static final Field<OutcomeResult, List<SurveyChange>> C_SURVEYS = Field.array("surveys",
      OutcomeResult::surveys, SURVEY_CHANGE);
  private static final Field<OutcomeResult, Measurement> C_BEFORE = Field.required("pooledBefore",
      OutcomeResult::pooledBefore, M);
  private static final Field<OutcomeResult, Measurement> C_AFTER = Field.required("pooledAfter",
      OutcomeResult::pooledAfter, M);
  private static final Field<OutcomeResult, Optional<Measurement>> C_CHANGE = ComputedFields.derived("change",
      OutcomeResult::change, M);
  /** MEASURE-3 Outcome of one KIM for one period: each survey and the pooled change. */
  public static final Codec<OutcomeResult> OUTCOME = ObjectCodec.of("OutcomeResult",
      List.of(C_PERIOD, C_SURVEYS, C_BEFORE, C_AFTER, C_CHANGE),
      d -> OutcomeResult.builder().period(d.get(C_PERIOD)).surveys(io.vavr.collection.List.ofAll(d.get(C_SURVEYS)))
          .pooledBefore(d.get(C_BEFORE)).pooledAfter(d.get(C_AFTER)).build());

  private static final Field<ContinuationPolicy, String> P_NAME = Field.required("name", ContinuationPolicy::name,
      Scalars.TEXT);
  private static final Field<ContinuationPolicy, Option<Long>> P_ACTIVITIES =
      Field.option("minActivities", ContinuationPolicy::minActivities, Scalars.LONG);
  private static final Field<ContinuationPolicy, Option<Long>> P_GROWTH =
      Field.option("minFollowerGrowth", ContinuationPolicy::minFollowerGrowth, Scalars.LONG);
  private static final Field<ContinuationPolicy, Option<Long>> P_OUTTAKES = Field.option("minOuttakes",
      ContinuationPolicy::minOuttakes, Scalars.LONG);
  private static final Field<ContinuationPolicy, Option<Ratio>> P_OUTCOME =
      Field.option("minOutcomeChange", ContinuationPolicy::minOutcomeChange, MeasureCodecs.RATIO);
  private static final Field<ContinuationPolicy, List<MeasurementLevel>> P_LEVELS =
      Field.array("requiredLevels", ContinuationPolicy::requiredLevels, Scalars.code(MeasurementLevel.class));
  private static final Field<ContinuationPolicy, Option<Integer>> P_DAYS =
      Field.option("maxDaysWithoutActivity", ContinuationPolicy::maxDaysWithoutActivity, Scalars.INT);
  /** The Dinas' thresholds for continuing a collaboration (GAP-44), with their name. */
  public static final Codec<ContinuationPolicy> POLICY = ObjectCodec.of("ContinuationPolicy",
      List.of(P_NAME, P_ACTIVITIES, P_GROWTH, P_OUTTAKES, P_OUTCOME, P_LEVELS, P_DAYS),
      d -> ContinuationPolicy.builder().name(d.get(P_NAME)).minActivities(d.get(P_ACTIVITIES))
          .minFollowerGrowth(d.get(P_GROWTH))
          .minOuttakes(d.get(P_OUTTAKES)).minOutcomeChange(d.get(P_OUTCOME))
          .requiredLevels(TreeSet.ofAll(d.get(P_LEVELS)))
          .maxDaysWithoutActivity(d.get(P_DAYS)).build());

  private static final Field<CollaborationEvaluation, KimRef> E_KIM = Field.required("kim",
      CollaborationEvaluation::kim, ProfileCodecs.KIM_REF);
  private static final Field<CollaborationEvaluation, MeasurementPeriod> E_PERIOD =
      Field.required("period", CollaborationEvaluation::period, MeasureCodecs.PERIOD);
  private static final Field<CollaborationEvaluation, LocalDate> E_AS_OF = Field.required("asOf",
      CollaborationEvaluation::asOf, Scalars.DATE);
  private static final Field<CollaborationEvaluation, Optional<Recommendation>> E_RECOMMENDATION =
      ComputedFields.derived("recommendation", CollaborationEvaluation::recommendation,
          Scalars.code(Recommendation.class));
  private static final Field<CollaborationEvaluation, ContinuationPolicy> E_POLICY = Field.required("policy",
      CollaborationEvaluation::policy, POLICY);
  private static final Field<CollaborationEvaluation, RuleSetRef> E_RULE_SET =
      Field.required("ruleSet", CollaborationEvaluation::ruleSet, ExplainCodecs.RULE_SET);
  private static final Field<CollaborationEvaluation, List<Finding>> E_FINDINGS =
      Field.array("findings", CollaborationEvaluation::findings, ExplainCodecs.FINDING);
  private static final Field<CollaborationEvaluation, OutputResult> E_OUTPUT = Field.required("output",
      CollaborationEvaluation::output, OUTPUT);
  private static final Field<CollaborationEvaluation, OuttakesResult> E_OUTTAKES =
      Field.required("outtakes", CollaborationEvaluation::outtakes, OUTTAKES);
  private static final Field<CollaborationEvaluation, OutcomeResult> E_OUTCOME = Field.required("outcome",
      CollaborationEvaluation::outcome, OUTCOME);
  /** Whether to continue the collaboration with one KIM, judged on one period (MONITOR-PURPOSE). */
  public static final Codec<CollaborationEvaluation> EVALUATION = ObjectCodec.of("CollaborationEvaluation",
      List.of(E_KIM, E_PERIOD, E_AS_OF, E_RECOMMENDATION, E_POLICY, E_RULE_SET, E_FINDINGS, E_OUTPUT, E_OUTTAKES,
          E_OUTCOME),
      d -> CollaborationEvaluation.builder().kim(d.get(E_KIM)).period(d.get(E_PERIOD)).asOf(d.get(E_AS_OF))
          .policy(d.get(E_POLICY))
          .ruleSet(d.get(E_RULE_SET)).findings(io.vavr.collection.List.ofAll(d.get(E_FINDINGS))).output(d.get(E_OUTPUT))
          .outtakes(d.get(E_OUTTAKES)).outcome(d.get(E_OUTCOME)).build());

  private EvaluationCodecs() {}

  private static Map<String, BigInteger> indicatorTotals(OuttakesResult r) {
    Map<String, BigInteger> out = new LinkedHashMap<>();
    r.indicatorTotals().forEach((k, v) -> out.put(k, v));
    return out;
  }
}
