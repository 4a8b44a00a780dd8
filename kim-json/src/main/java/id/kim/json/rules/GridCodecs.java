package id.kim.json.rules;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import id.kim.core.community.KimRef;
import id.kim.core.i18n.Lang;
import id.kim.core.metric.ReachMetric;
import id.kim.core.metric.ResponseMetric;
import id.kim.json.Codec;
import id.kim.json.ComputedFields;
import id.kim.json.DecodeFailure;
import id.kim.json.Decoded;
import id.kim.json.Field;
import id.kim.json.JsonProblem;
import id.kim.json.ObjectCodec;
import id.kim.json.Scalars;
import id.kim.json.core.ProfileCodecs;
import id.kim.rules.explain.Finding;
import id.kim.rules.mapping.grid.Approach;
import id.kim.rules.mapping.grid.CategoryDecision;
import id.kim.rules.mapping.grid.Classification;
import id.kim.rules.mapping.grid.Grid;
import id.kim.rules.mapping.grid.GridAssessment;
import id.kim.rules.mapping.grid.GridCategory;
import id.kim.rules.mapping.grid.GridPlacement;
import id.kim.rules.mapping.grid.GridVariable;
import id.kim.rules.mapping.grid.Level;
import id.kim.rules.mapping.grid.LevelBasis;
import id.kim.rules.mapping.grid.LevelPolicy;
import id.kim.rules.mapping.grid.MixedCasePolicy;
import id.kim.rules.mapping.grid.VariableLevel;
import id.kim.rules.mapping.threshold.ThresholdDecision;
import io.vavr.control.Option;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * JSON of mapping stage C (Tabel 3.3, GRID-VAR, GRID-1..4): each KIM's {@link VariableLevel}s with
 * what decided them, its {@link GridPlacement} — the classification (exact juknis row or the
 * mixed-case policy, GAP-14), a Dinas decision where it applies, the category, approaches and the
 * explaining finding, all derived from the levels and the policy, written for readers and checked on
 * input — and the whole {@link Grid}.
 */
public final class GridCodecs {
  private static final Field<VariableLevel, GridVariable> V_VARIABLE =
      Field.required("variable", VariableLevel::variable, Scalars.code(GridVariable.class));
  private static final Field<VariableLevel, Level> V_LEVEL = Field.required("level", VariableLevel::level,
      MappingCodecs.LEVEL);
  private static final Field<VariableLevel, LevelBasis> V_BASIS = Field.required("basis", VariableLevel::basis,
      Scalars.code(LevelBasis.class));
  private static final Field<VariableLevel, Option<GridAssessment>> V_ASSESSMENT =
      Field.option("assessment", VariableLevel::assessment, MappingCodecs.ASSESSMENT);
  private static final Field<VariableLevel, Optional<JsonNode>> V_MEASUREMENT =
      Field.dependent("measurement", v -> v.measurement().isDefined(), GridCodecs::writeMeasurement);
  private static final Field<VariableLevel, Option<Level>> V_SUGGESTION = Field.option("suggestion",
      VariableLevel::suggestion, MappingCodecs.LEVEL);
  private static final Field<VariableLevel, List<String>> V_ISSUES = Field.array("overlappingIssues",
      VariableLevel::overlappingIssues, Scalars.TEXT);
  /** The level of one variable of one KIM and what decided it. */
  public static final Codec<VariableLevel> LEVEL = ObjectCodec.of("VariableLevel",
      List.of(V_VARIABLE, V_LEVEL, V_BASIS, V_ASSESSMENT, V_MEASUREMENT, V_SUGGESTION, V_ISSUES), GridCodecs::level);

  private static final Codec<ClassificationView> CLASSIFICATION = classification();

  private static final Field<GridPlacement, KimRef> P_KIM = Field.required("kim", GridPlacement::kim,
      ProfileCodecs.KIM_REF);
  private static final Field<GridPlacement, LocalDate> P_AS_OF = Field.required("asOf", GridPlacement::asOf,
      Scalars.DATE);
  private static final Field<GridPlacement, VariableLevel> P_INTEREST = Field.required("interest",
      GridPlacement::interest, LEVEL);
  private static final Field<GridPlacement, VariableLevel> P_POWER = Field.required("power", GridPlacement::power,
      LEVEL);
  private static final Field<GridPlacement, VariableLevel> P_INFLUENCE = Field.required("influence",
      GridPlacement::influence, LEVEL);
  private static final Field<GridPlacement, LevelPolicy> P_POLICY = Field.required("policy", GridPlacement::policy,
      MappingPolicyCodecs.LEVEL);
  private static final Field<GridPlacement, Optional<ClassificationView>> P_CLASSIFICATION =
      ComputedFields.derived("classification", p -> ClassificationView.of(p.classification()), CLASSIFICATION);
  private static final Field<GridPlacement, Option<CategoryDecision>> P_DECISION =
      Field.option("decision", GridPlacement::decision, MappingCodecs.DECISION);
  private static final Field<GridPlacement, Optional<GridCategory>> P_CATEGORY =
      ComputedFields.derived("category", GridPlacement::category, MappingCodecs.CATEGORY);
  private static final Field<GridPlacement, Optional<List<Approach>>> P_APPROACHES =
      ComputedFields.derived("approaches", p -> p.approaches().toJavaList(),
          Field.listOf(Scalars.code(Approach.class)));
  private static final Field<GridPlacement, Optional<Finding>> P_FINDING = ComputedFields.derived("finding",
      GridPlacement::finding, ExplainCodecs.FINDING);
  private static final Field<GridPlacement, Optional<List<Finding>>> P_NOTES =
      ComputedFields.derived("notes", p -> p.notes().toJavaList(), Field.listOf(ExplainCodecs.FINDING));
  /** Where one KIM stands in Tabel 3.3 as of a date, and why; read back, its classification is computed again. */
  public static final Codec<GridPlacement> PLACEMENT = ObjectCodec.of("GridPlacement",
      List.of(P_KIM, P_AS_OF, P_INTEREST, P_POWER, P_INFLUENCE, P_POLICY, P_CLASSIFICATION, P_DECISION, P_CATEGORY,
          P_APPROACHES,
          P_FINDING, P_NOTES),
      d -> GridPlacement.builder().kim(d.get(P_KIM)).asOf(d.get(P_AS_OF)).interest(d.get(P_INTEREST))
          .power(d.get(P_POWER))
          .influence(d.get(P_INFLUENCE)).policy(d.get(P_POLICY)).decision(d.get(P_DECISION))
          .classification(Classification.of(d.get(P_INTEREST).level(), d.get(P_POWER).level(),
              d.get(P_INFLUENCE).level(),
              d.get(P_POLICY).mixedCase()))
          .build());

  private static final Field<Grid, LocalDate> G_AS_OF = Field.required("asOf", Grid::asOf, Scalars.DATE);
  private static final Field<Grid, LevelPolicy> G_POLICY = Field.required("policy", Grid::policy,
      MappingPolicyCodecs.LEVEL);
  private static final Field<Grid, List<GridPlacement>> G_PLACEMENTS = Field.array("placements", Grid::placements,
      PLACEMENT);
  private static final Field<Grid, List<Finding>> G_FINDINGS = Field.array("findings", Grid::findings,
      ExplainCodecs.FINDING);
  /** Stage C: one placement per KIM of the census, under one policy, as of one date. */
  public static final Codec<Grid> GRID = ObjectCodec.of("Grid", List.of(G_AS_OF, G_POLICY, G_PLACEMENTS, G_FINDINGS),
      d -> Grid.builder().asOf(d.get(G_AS_OF)).policy(d.get(G_POLICY))
          .placements(io.vavr.collection.List.ofAll(d.get(G_PLACEMENTS)))
          .findings(io.vavr.collection.List.ofAll(d.get(G_FINDINGS))).build());

  private GridCodecs() {}

  private static VariableLevel level(Decoded d) {
    GridVariable variable = d.get(V_VARIABLE);
    Optional<JsonNode> node = d.get(V_MEASUREMENT);
    if (node.isPresent() && variable == GridVariable.INTEREST) {
      throw DecodeFailure.of(d.path(V_MEASUREMENT), JsonProblem.Kind.INVALID_VALUE, "json.grid.measurementVariable",
          variable.name());
    }
    Option<ThresholdDecision<?>> measurement = Option.ofOptional(node.map(n -> variable == GridVariable.POWER
        ? FigureCodecs.POWER.read(n, d.path(V_MEASUREMENT)) : FigureCodecs.INFLUENCE.read(n, d.path(V_MEASUREMENT))));
    return VariableLevel.builder().variable(variable).level(d.get(V_LEVEL)).basis(d.get(V_BASIS))
        .assessment(d.get(V_ASSESSMENT))
        .measurement(measurement).suggestion(d.get(V_SUGGESTION))
        .overlappingIssues(io.vavr.collection.List.ofAll(d.get(V_ISSUES)))
        .build();
  }

  /** Power is measured on PROFILE-s, influence on PROFILE-t: the variable chooses the codec of the figures. */
  @SuppressWarnings("unchecked")
  private static void writeMeasurement(VariableLevel v, JsonGenerator out, Lang lang) throws IOException {
    ThresholdDecision<?> m = v.measurement().get();
    if (v.variable() == GridVariable.POWER) {
      FigureCodecs.POWER.write((ThresholdDecision<ReachMetric>) m, out, lang);
    } else {
      FigureCodecs.INFLUENCE.write((ThresholdDecision<ResponseMetric>) m, out, lang);
    }
  }

  private static Codec<ClassificationView> classification() {
    Field<ClassificationView, GridCategory> category = Field.required("category", ClassificationView::category,
        MappingCodecs.CATEGORY);
    Field<ClassificationView, Boolean> exact = Field.required("juknisExactMatch", ClassificationView::juknisExactMatch,
        Scalars.BOOLEAN);
    Field<ClassificationView, Optional<MixedCasePolicy>> applied =
        Field.optional("appliedPolicy", ClassificationView::appliedPolicy, Scalars.code(MixedCasePolicy.class));
    return ObjectCodec.of("Classification", List.of(category, exact, applied),
        d -> new ClassificationView(d.get(category), d.get(exact), d.get(applied)));
  }

  /**
   * How the levels were classified: a Tabel 3.3 row matched exactly, or the mixed-case policy that decided (GAP-14).
   */
  record ClassificationView(GridCategory category, boolean juknisExactMatch, Optional<MixedCasePolicy> appliedPolicy) {
    static ClassificationView of(Classification c) {
      return new ClassificationView(c.category(), c.juknisExactMatch(), c.appliedPolicy().toJavaOptional());
    }
  }
}
