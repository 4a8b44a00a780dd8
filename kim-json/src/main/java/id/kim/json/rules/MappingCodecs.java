package id.kim.json.rules;

import id.kim.core.agency.Dinas;
import id.kim.core.agency.Officer;
import id.kim.core.community.KimProfile;
import id.kim.core.community.KimRef;
import id.kim.json.Codec;
import id.kim.json.Field;
import id.kim.json.ObjectCodec;
import id.kim.json.Scalars;
import id.kim.json.core.AgencyCodecs;
import id.kim.json.core.KimProfileCodec;
import id.kim.json.core.ProfileCodecs;
import id.kim.rules.explain.Finding;
import id.kim.rules.mapping.MappingInput;
import id.kim.rules.mapping.MappingRejection;
import id.kim.rules.mapping.MappingStage;
import id.kim.rules.mapping.entry.MappingEntrants;
import id.kim.rules.mapping.grid.CategoryDecision;
import id.kim.rules.mapping.grid.GridAssessment;
import id.kim.rules.mapping.grid.GridCategory;
import id.kim.rules.mapping.grid.GridVariable;
import id.kim.rules.mapping.grid.Level;
import id.kim.rules.mapping.issue.PublicIssue;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * JSON of what a Dinas brings to a mapping (juknis chapter III): the {@link MappingInput} — its
 * profiles (Tabel 3.1), issues (Tabel 3.2), recorded assessments of interest, power and influence
 * ({@link GridAssessment}, GRID-VAR: who, when, level, why) and category decisions for the mixed cases
 * ({@link CategoryDecision}, GAP-14) — and the {@link MappingRejection} when a mapping cannot be made.
 */
public final class MappingCodecs {
  static final Codec<Level> LEVEL = Scalars.code(Level.class);
  static final Codec<GridCategory> CATEGORY = Scalars.code(GridCategory.class);

  private static final Field<GridAssessment, KimRef> A_KIM = Field.required("kim", GridAssessment::kim,
      ProfileCodecs.KIM_REF);
  private static final Field<GridAssessment, GridVariable> A_VARIABLE =
      Field.required("variable", GridAssessment::variable, Scalars.code(GridVariable.class));
  private static final Field<GridAssessment, Level> A_LEVEL = Field.required("level", GridAssessment::level, LEVEL);
  private static final Field<GridAssessment, Officer> A_BY = Field.required("assessedBy", GridAssessment::assessedBy,
      AgencyCodecs.OFFICER);
  private static final Field<GridAssessment, LocalDate> A_ON = Field.required("assessedOn", GridAssessment::assessedOn,
      Scalars.DATE);
  private static final Field<GridAssessment, String> A_WHY = Field.required("rationale", GridAssessment::rationale,
      Scalars.TEXT);
  /** An officer's assessment of one variable of one KIM ("yang dinilai", PRIORITY-1; GAP-15). */
  public static final Codec<GridAssessment> ASSESSMENT = ObjectCodec.of("GridAssessment",
      List.of(A_KIM, A_VARIABLE, A_LEVEL, A_BY, A_ON, A_WHY),
      d -> GridAssessment.builder().kim(d.get(A_KIM)).variable(d.get(A_VARIABLE)).level(d.get(A_LEVEL))
          .assessedBy(d.get(A_BY))
          .assessedOn(d.get(A_ON)).rationale(d.get(A_WHY)).build());

  private static final Field<CategoryDecision, KimRef> C_KIM = Field.required("kim", CategoryDecision::kim,
      ProfileCodecs.KIM_REF);
  private static final Field<CategoryDecision, GridCategory> C_CATEGORY = Field.required("category",
      CategoryDecision::category, CATEGORY);
  private static final Field<CategoryDecision, Officer> C_BY = Field.required("decidedBy", CategoryDecision::decidedBy,
      AgencyCodecs.OFFICER);
  private static final Field<CategoryDecision, LocalDate> C_ON = Field.required("decidedOn",
      CategoryDecision::decidedOn, Scalars.DATE);
  private static final Field<CategoryDecision, String> C_WHY = Field.required("rationale", CategoryDecision::rationale,
      Scalars.TEXT);
  /** The Dinas' decision of a mixed case's category under the MANUAL policy (GAP-14). */
  public static final Codec<CategoryDecision> DECISION = ObjectCodec.of("CategoryDecision",
      List.of(C_KIM, C_CATEGORY, C_BY, C_ON, C_WHY),
      d -> CategoryDecision.builder().kim(d.get(C_KIM)).category(d.get(C_CATEGORY)).decidedBy(d.get(C_BY))
          .decidedOn(d.get(C_ON))
          .rationale(d.get(C_WHY)).build());

  private static final Field<MappingInput, Dinas> I_DINAS = Field.required("dinas", MappingInput::dinas,
      AgencyCodecs.DINAS);
  private static final Field<MappingInput, List<KimProfile>> I_PROFILES = Field.array("profiles",
      MappingInput::profiles, KimProfileCodec.PROFILE);
  private static final Field<MappingInput, List<PublicIssue>> I_ISSUES = Field.array("issues", MappingInput::issues,
      IssueCodecs.ISSUE);
  private static final Field<MappingInput, List<GridAssessment>> I_ASSESSMENTS =
      Field.array("assessments", MappingInput::assessments, ASSESSMENT);
  private static final Field<MappingInput, List<CategoryDecision>> I_DECISIONS = Field.array("decisions",
      MappingInput::decisions, DECISION);
  private static final Field<MappingInput, Optional<MappingEntrants>> I_ENTRANTS =
      Field.optional("entrants", MappingInput::entrants, MappingEntryCodecs.ENTRANTS);
  /**
   * The request of a mapping: the Dinas, its profiles, issues, assessments and decisions (order does not matter),
   * and, for an input started from the mapping entry, its {@code entrants} (MAP-ENTRY-1..4), decided again on
   * input: the profiles must then be exactly those of the admitted KIM.
   */
  public static final Codec<MappingInput> INPUT = ObjectCodec.of("MappingInput",
      List.of(I_DINAS, I_PROFILES, I_ISSUES, I_ASSESSMENTS, I_DECISIONS, I_ENTRANTS),
      d -> MappingInput.builder().dinas(d.get(I_DINAS)).profiles(d.get(I_PROFILES)).issues(d.get(I_ISSUES))
          .assessments(d.get(I_ASSESSMENTS)).decisions(d.get(I_DECISIONS)).entrants(d.get(I_ENTRANTS)).build());

  private static final Field<MappingRejection, MappingStage> R_STAGE =
      Field.required("stage", MappingRejection::stage, Scalars.code(MappingStage.class));
  private static final Field<MappingRejection, List<Finding>> R_REASONS = Field.array("reasons",
      MappingRejection::reasons, ExplainCodecs.FINDING);
  /** Why a mapping could not be made: the stage and the findings (MAP-RULE-a, MAP-A-1, ISSUE-MATRIX). */
  public static final Codec<MappingRejection> REJECTION = ObjectCodec.of("MappingRejection",
      List.of(R_STAGE, R_REASONS),
      d -> MappingRejection.of(d.get(R_STAGE), io.vavr.collection.List.ofAll(d.get(R_REASONS))));

  private MappingCodecs() {}
}
