package id.kim.json.rules;

import id.kim.core.community.KimRef;
import id.kim.json.Codec;
import id.kim.json.Field;
import id.kim.json.ObjectCodec;
import id.kim.json.Scalars;
import id.kim.json.core.ProfileCodecs;
import id.kim.rules.explain.Finding;
import id.kim.rules.mapping.grid.Approach;
import id.kim.rules.mapping.grid.GridCategory;
import id.kim.rules.mapping.grid.Level;
import id.kim.rules.mapping.grid.MixedCasePolicy;
import id.kim.rules.mapping.priority.PriorityDecision;
import id.kim.rules.mapping.priority.PriorityPolicy;
import id.kim.rules.mapping.priority.PriorityRanking;
import id.kim.rules.mapping.report.MappingReportRow;
import io.vavr.collection.Seq;
import java.util.List;
import java.util.Optional;

/**
 * The JSON views of mapping stage D and of the report's matrix, which the SDK derives from the grid
 * and the priority policy: the {@link Ranking} (policy, and per KIM its rank, category, whether
 * prioritised and involved, approaches and findings — PRIORITY-1, PRIORITY-2) and the REPORT-1 matrix
 * {@link Row}s. Each KIM's placement is in the grid; a view names the KIM.
 */
final class RankingViews {
  private static final Codec<Approach> APPROACH = Scalars.code(Approach.class);

  /** Stage D as written: the policy, and the decisions (derived). */
  record Ranking(PriorityPolicy policy, Optional<List<Decision>> decisions) {
    static Ranking of(PriorityRanking r) {
      return new Ranking(r.policy(), Optional.of(Decision.of(r.decisions())));
    }
  }

  /** One KIM's priority decision, without its placement (in the grid). */
  record Decision(int rank, KimRef kim, GridCategory category, boolean prioritised, boolean involved,
      List<Approach> approaches,
      List<Finding> findings) {
    static List<Decision> of(Seq<PriorityDecision> decisions) {
      return decisions.map(d ->
          new Decision(d.rank(), d.kim(), d.category(), d.prioritised(), d.involved(), d.approaches().toJavaList(),
          d.findings().toJavaList())).toJavaList();
    }
  }

  /** One row of the REPORT-1 matrix: ketertarikan, kekuatan, pengaruh, category and how it was reached. */
  record Row(int rank, KimRef kim, Level interest, Level power, Level influence, GridCategory category,
      boolean juknisExactMatch,
      Optional<MixedCasePolicy> appliedPolicy, List<Approach> approaches, boolean prioritised, boolean involved) {
    static List<Row> of(Seq<MappingReportRow> rows) {
      return rows.map(r ->
          new Row(r.rank(), r.kim(), r.interest(), r.power(), r.influence(), r.category(), r.juknisExactMatch(),
          r.appliedPolicy().toJavaOptional(), r.approaches().toJavaList(), r.prioritised(), r.involved())).toJavaList();
    }
  }

  private static final Field<Decision, Integer> D_RANK = Field.required("rank", Decision::rank, Scalars.INT);
  private static final Field<Decision, KimRef> D_KIM = Field.required("kim", Decision::kim, ProfileCodecs.KIM_REF);
  private static final Field<Decision, GridCategory> D_CATEGORY = Field.required("category", Decision::category,
      MappingCodecs.CATEGORY);
  private static final Field<Decision, Boolean> D_PRIORITISED = Field.required("prioritised", Decision::prioritised,
      Scalars.BOOLEAN);
  private static final Field<Decision, Boolean> D_INVOLVED = Field.required("involved", Decision::involved,
      Scalars.BOOLEAN);
  private static final Field<Decision, List<Approach>> D_APPROACHES = Field.array("approaches", Decision::approaches,
      APPROACH);
  private static final Field<Decision, List<Finding>> D_FINDINGS = Field.array("findings", Decision::findings,
      ExplainCodecs.FINDING);
  static final Codec<Decision> DECISION = ObjectCodec.of("PriorityDecision",
      List.of(D_RANK, D_KIM, D_CATEGORY, D_PRIORITISED, D_INVOLVED, D_APPROACHES, D_FINDINGS),
      d -> new Decision(d.get(D_RANK), d.get(D_KIM), d.get(D_CATEGORY), d.get(D_PRIORITISED), d.get(D_INVOLVED),
          d.get(D_APPROACHES),
          d.get(D_FINDINGS)));

  private static final Field<Ranking, PriorityPolicy> K_POLICY = Field.required("policy", Ranking::policy,
      MappingPolicyCodecs.PRIORITY);
  private static final Field<Ranking, Optional<List<Decision>>> K_DECISIONS =
      Field.optional("decisions", Ranking::decisions, Field.listOf(DECISION));
  static final Codec<Ranking> RANKING = ObjectCodec.of("PriorityRanking", List.of(K_POLICY, K_DECISIONS),
      d -> new Ranking(d.get(K_POLICY), d.get(K_DECISIONS)));

  private static final Field<Row, Integer> W_RANK = Field.required("rank", Row::rank, Scalars.INT);
  private static final Field<Row, KimRef> W_KIM = Field.required("kim", Row::kim, ProfileCodecs.KIM_REF);
  private static final Field<Row, Level> W_INTEREST = Field.required("interest", Row::interest, MappingCodecs.LEVEL);
  private static final Field<Row, Level> W_POWER = Field.required("power", Row::power, MappingCodecs.LEVEL);
  private static final Field<Row, Level> W_INFLUENCE = Field.required("influence", Row::influence, MappingCodecs.LEVEL);
  private static final Field<Row, GridCategory> W_CATEGORY = Field.required("category", Row::category,
      MappingCodecs.CATEGORY);
  private static final Field<Row, Boolean> W_EXACT = Field.required("juknisExactMatch", Row::juknisExactMatch,
      Scalars.BOOLEAN);
  private static final Field<Row, Optional<MixedCasePolicy>> W_POLICY =
      Field.optional("appliedPolicy", Row::appliedPolicy, Scalars.code(MixedCasePolicy.class));
  private static final Field<Row, List<Approach>> W_APPROACHES = Field.array("approaches", Row::approaches, APPROACH);
  private static final Field<Row, Boolean> W_PRIORITISED = Field.required("prioritised", Row::prioritised,
      Scalars.BOOLEAN);
  private static final Field<Row, Boolean> W_INVOLVED = Field.required("involved", Row::involved, Scalars.BOOLEAN);
  static final Codec<Row> ROW = ObjectCodec.of("MappingReportRow",
      List.of(W_RANK, W_KIM, W_INTEREST, W_POWER, W_INFLUENCE, W_CATEGORY, W_EXACT, W_POLICY, W_APPROACHES,
          W_PRIORITISED, W_INVOLVED),
      d -> new Row(d.get(W_RANK), d.get(W_KIM), d.get(W_INTEREST), d.get(W_POWER), d.get(W_INFLUENCE),
          d.get(W_CATEGORY),
          d.get(W_EXACT), d.get(W_POLICY), d.get(W_APPROACHES), d.get(W_PRIORITISED), d.get(W_INVOLVED)));

  private RankingViews() {}
}
