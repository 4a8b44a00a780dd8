package id.kim.json.rules;

import id.kim.core.metric.ReachMetric;
import id.kim.core.metric.ResponseMetric;
import id.kim.json.Codec;
import id.kim.json.ComputedFields;
import id.kim.json.Field;
import id.kim.json.MapFields;
import id.kim.json.ObjectCodec;
import id.kim.json.Scalars;
import id.kim.json.Variants;
import id.kim.rules.mapping.MappingPolicy;
import id.kim.rules.mapping.grid.GridCategory;
import id.kim.rules.mapping.grid.InterestPolicy;
import id.kim.rules.mapping.grid.LevelPolicy;
import id.kim.rules.mapping.grid.MixedCasePolicy;
import id.kim.rules.mapping.priority.PriorityPolicy;
import id.kim.rules.mapping.report.ReportOptions;
import id.kim.rules.mapping.threshold.AbsoluteThreshold;
import id.kim.rules.mapping.threshold.Aggregation;
import id.kim.rules.mapping.threshold.RelativeThreshold;
import id.kim.rules.mapping.threshold.ThresholdPolicy;
import io.vavr.collection.TreeSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * JSON of the mapping's policies — every choice the juknis leaves to the Dinas (all PROPOSED):
 * thresholds of power and influence ({@code RELATIVE} percentile or {@code ABSOLUTE} numbers, GAP-15),
 * where interest comes from (GAP-16), the mixed-case policy (GAP-14), the priority policy and the
 * scope of the report (GAP-18), and whether a provincial Dinas may map (GAP-50). Every setting left
 * out takes the SDK's default; the policy's stable {@code code} is written for readers and checked.
 */
public final class MappingPolicyCodecs {
  /** Power (kekuatan): thresholds on PROFILE-s figures. */
  public static final Codec<ThresholdPolicy<ReachMetric>> POWER = threshold(ReachMetric.class);
  /** Influence (pengaruh): thresholds on PROFILE-t figures. */
  public static final Codec<ThresholdPolicy<ResponseMetric>> INFLUENCE = threshold(ResponseMetric.class);

  private static final Field<LevelPolicy, ThresholdPolicy<ReachMetric>> L_POWER =
      Field.defaulted("power", LevelPolicy::power, POWER, LevelPolicy.standard().power());
  private static final Field<LevelPolicy, ThresholdPolicy<ResponseMetric>> L_INFLUENCE =
      Field.defaulted("influence", LevelPolicy::influence, INFLUENCE, LevelPolicy.standard().influence());
  private static final Field<LevelPolicy, InterestPolicy> L_INTEREST =
      Field.defaulted("interest", LevelPolicy::interest, Scalars.code(InterestPolicy.class),
          LevelPolicy.standard().interest());
  private static final Field<LevelPolicy, MixedCasePolicy> L_MIXED =
      Field.defaulted("mixedCase", LevelPolicy::mixedCase, Scalars.code(MixedCasePolicy.class),
          LevelPolicy.standard().mixedCase());
  private static final Field<LevelPolicy, Optional<String>> L_CODE = ComputedFields.derived("code", LevelPolicy::code,
      Scalars.TEXT);
  /** The policy of stage C. */
  public static final Codec<LevelPolicy> LEVEL = ObjectCodec.of("LevelPolicy",
      List.of(L_POWER, L_INFLUENCE, L_INTEREST, L_MIXED, L_CODE),
      d -> LevelPolicy.builder().power(d.get(L_POWER)).influence(d.get(L_INFLUENCE)).interest(d.get(L_INTEREST))
          .mixedCase(d.get(L_MIXED)).build());

  private static final Codec<GridCategory> CATEGORY = Scalars.code(GridCategory.class);
  private static final Field<PriorityPolicy, List<GridCategory>> P_PRIORITISED = Field.defaulted("prioritised",
      p -> p.prioritised().toJavaList(), Field.listOf(CATEGORY), PriorityPolicy.standard().prioritised().toJavaList());
  private static final Field<PriorityPolicy, List<GridCategory>> P_INVOLVED = Field.defaulted("involved",
      p -> p.involved().toJavaList(), Field.listOf(CATEGORY), PriorityPolicy.standard().involved().toJavaList());
  private static final Field<PriorityPolicy, Optional<Integer>> P_MAX = Field.optional("maxPrioritised",
      PriorityPolicy::maxPrioritised, Scalars.INT);
  private static final Field<PriorityPolicy, Optional<String>> P_CODE = ComputedFields.derived("code",
      PriorityPolicy::code, Scalars.TEXT);
  /** The policy of stage D (GAP-18). */
  public static final Codec<PriorityPolicy> PRIORITY = ObjectCodec.of("PriorityPolicy",
      List.of(P_PRIORITISED, P_INVOLVED, P_MAX, P_CODE),
      d -> PriorityPolicy.builder().prioritised(TreeSet.ofAll(d.get(P_PRIORITISED)))
          .involved(TreeSet.ofAll(d.get(P_INVOLVED)))
          .maxPrioritised(d.get(P_MAX)).build());

  private static final Field<ReportOptions, Boolean> O_ALL = Field.defaulted("includeAll", ReportOptions::includeAll,
      Scalars.BOOLEAN, false);
  /** What the report's matrix covers: the priority KIM (default) or every KIM (GAP-18). */
  public static final Codec<ReportOptions> REPORT = ObjectCodec.of("ReportOptions", List.of(O_ALL),
      d -> d.get(O_ALL) ? ReportOptions.allKim() : ReportOptions.standard());

  private static final Field<MappingPolicy, LevelPolicy> M_LEVEL = Field.defaulted("level", MappingPolicy::level, LEVEL,
      LevelPolicy.standard());
  private static final Field<MappingPolicy, PriorityPolicy> M_PRIORITY =
      Field.defaulted("priority", MappingPolicy::priority, PRIORITY, PriorityPolicy.standard());
  private static final Field<MappingPolicy, ReportOptions> M_REPORT = Field.defaulted("report", MappingPolicy::report,
      REPORT,
      ReportOptions.standard());
  private static final Field<MappingPolicy, Boolean> M_PROVINCIAL =
      Field.defaulted("provincialMappingAllowed", MappingPolicy::provincialMappingAllowed, Scalars.BOOLEAN, false);
  /** Every mapping policy in one value; {@code {}} is {@code MappingPolicy.standard()}. */
  public static final Codec<MappingPolicy> MAPPING = ObjectCodec.of("MappingPolicy",
      List.of(M_LEVEL, M_PRIORITY, M_REPORT, M_PROVINCIAL),
      d -> MappingPolicy.builder().level(d.get(M_LEVEL)).priority(d.get(M_PRIORITY)).report(d.get(M_REPORT))
          .provincialMappingAllowed(d.get(M_PROVINCIAL)).build());

  private MappingPolicyCodecs() {}

  private static <M extends Enum<M>> Codec<ThresholdPolicy<M>> threshold(Class<M> metric) {
    Codec<Aggregation> aggregation = Scalars.code(Aggregation.class);
    Field<RelativeThreshold<M>, Optional<String>> relType = ComputedFields.tag("type", "RELATIVE");
    Field<RelativeThreshold<M>, Integer> percentile = Field.required("percentile", RelativeThreshold::percentile,
        Scalars.INT);
    Field<RelativeThreshold<M>, Aggregation> relAgg = Field.defaulted("aggregation", RelativeThreshold::aggregation,
        aggregation,
        Aggregation.SUM);
    Field<RelativeThreshold<M>, Optional<String>> relCode = ComputedFields.derived("code", RelativeThreshold::code,
        Scalars.TEXT);
    Codec<RelativeThreshold<M>> relative = ObjectCodec.of("RelativeThreshold",
        List.of(relType, percentile, relAgg, relCode),
        d -> RelativeThreshold.<M>builder().percentile(d.get(percentile)).aggregation(d.get(relAgg)).build());

    Field<AbsoluteThreshold<M>, Optional<String>> absType = ComputedFields.tag("type", "ABSOLUTE");
    Field<AbsoluteThreshold<M>, Optional<Long>> total = Field.optional("total", AbsoluteThreshold::total, Scalars.LONG);
    Field<AbsoluteThreshold<M>, Map<M, Long>> perMetric = MapFields.objectMap("perMetric", AbsoluteThreshold::perMetric,
        Enum::name,
        Scalars.code(metric), Scalars.LONG);
    Field<AbsoluteThreshold<M>, Aggregation> absAgg = Field.defaulted("aggregation", AbsoluteThreshold::aggregation,
        aggregation,
        Aggregation.SUM);
    Field<AbsoluteThreshold<M>, Optional<String>> absCode = ComputedFields.derived("code", AbsoluteThreshold::code,
        Scalars.TEXT);
    Codec<AbsoluteThreshold<M>> absolute = ObjectCodec.of("AbsoluteThreshold",
        List.of(absType, total, perMetric, absAgg, absCode),
        d -> AbsoluteThreshold.<M>builder().total(d.get(total)).perMetric(d.get(perMetric)).aggregation(d.get(absAgg))
            .build());

    return Variants.<ThresholdPolicy<M>>of("ThresholdPolicy", "type", p -> p instanceof RelativeThreshold ? "RELATIVE"
        : "ABSOLUTE")
        .with("RELATIVE", relative).with("ABSOLUTE", absolute).build();
  }
}
