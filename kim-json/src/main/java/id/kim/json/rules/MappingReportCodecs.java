package id.kim.json.rules;

import id.kim.core.agency.Dinas;
import id.kim.core.community.KimProfile;
import id.kim.core.community.KimRef;
import id.kim.core.region.RegencyCity;
import id.kim.json.Codec;
import id.kim.json.ComputedFields;
import id.kim.json.DecodeFailure;
import id.kim.json.Decoded;
import id.kim.json.Field;
import id.kim.json.JsonProblem;
import id.kim.json.MapFields;
import id.kim.json.ObjectCodec;
import id.kim.json.Scalars;
import id.kim.json.core.AgencyCodecs;
import id.kim.json.core.KimProfileCodec;
import id.kim.json.core.ProfileCodecs;
import id.kim.json.core.RegionCodecs;
import id.kim.rules.explain.Finding;
import id.kim.rules.mapping.entry.NotAdmitted;
import id.kim.rules.mapping.grid.Grid;
import id.kim.rules.mapping.issue.IssueLink;
import id.kim.rules.mapping.issue.IssueMatrix;
import id.kim.rules.mapping.issue.IssueMatrixRow;
import id.kim.rules.mapping.issue.IssuePhase;
import id.kim.rules.mapping.issue.LinkReason;
import id.kim.rules.mapping.issue.PublicIssue;
import id.kim.rules.mapping.priority.PriorityRanking;
import id.kim.rules.mapping.profiling.Census;
import id.kim.rules.mapping.profiling.CensusEntry;
import id.kim.rules.mapping.profiling.FieldStatus;
import id.kim.rules.mapping.profiling.ProfileCompleteness;
import id.kim.rules.mapping.profiling.ProfileField;
import id.kim.rules.mapping.profiling.RegionMembership;
import id.kim.rules.mapping.report.MappingReport;
import id.kim.rules.mapping.report.ReportOptions;
import io.vavr.collection.TreeMap;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * JSON of the mapping report (REPORT-1, MAP-STAGE-E) and of the stages it holds: the census and the
 * completeness of each profile (stage A), the issue matrix (stage B), the grid (stage C,
 * {@link GridCodecs}) and the ranking (stage D, {@link RankingViews}). The ranking and the report's
 * {@code matrix} are derived — from the grid and the priority policy — so they are written for readers
 * and, when given on input, must be what the SDK computes.
 */
public final class MappingReportCodecs {
  private static final Field<CensusEntry, KimRef> E_REF = Field.required("ref", CensusEntry::ref,
      ProfileCodecs.KIM_REF);
  private static final Field<CensusEntry, KimProfile> E_PROFILE = Field.required("profile", CensusEntry::profile,
      KimProfileCodec.PROFILE);
  private static final Field<CensusEntry, RegionMembership> E_MEMBERSHIP =
      Field.required("membership", CensusEntry::membership, Scalars.code(RegionMembership.class));
  private static final Field<CensusEntry, Optional<RegencyCity>> E_RC = Field.optional("regencyCity",
      CensusEntry::regencyCity,
      RegionCodecs.REGENCY_CITY);
  /** One KIM of a census: its identity, profile, where it lies and its regency/city in the Dinas' view. */
  public static final Codec<CensusEntry> CENSUS_ENTRY = ObjectCodec.of("CensusEntry",
      List.of(E_REF, E_PROFILE, E_MEMBERSHIP, E_RC),
      d -> CensusEntry.of(d.get(E_REF), d.get(E_PROFILE), d.get(E_MEMBERSHIP), d.get(E_RC)));

  private static final Field<Census, Dinas> C_DINAS = Field.required("dinas", Census::dinas, AgencyCodecs.DINAS);
  private static final Field<Census, List<CensusEntry>> C_ENTRIES = Field.array("entries", Census::entries,
      CENSUS_ENTRY);
  private static final Field<Census, List<CensusEntry>> C_OUTSIDE = Field.array("outsideRegion", Census::outsideRegion,
      CENSUS_ENTRY);
  private static final Field<Census, List<Finding>> C_FINDINGS = Field.array("findings", Census::findings,
      ExplainCodecs.FINDING);
  /** Stage A: every KIM of the Dinas' region, and the profiles recorded elsewhere (MAP-A-1). */
  public static final Codec<Census> CENSUS = ObjectCodec.of("Census",
      List.of(C_DINAS, C_ENTRIES, C_OUTSIDE, C_FINDINGS),
      d -> Census.builder().dinas(d.get(C_DINAS)).entries(io.vavr.collection.List.ofAll(d.get(C_ENTRIES)))
          .outsideRegion(io.vavr.collection.List.ofAll(d.get(C_OUTSIDE)))
          .findings(io.vavr.collection.List.ofAll(d.get(C_FINDINGS)))
          .build());

  private static final Field<ProfileCompleteness, KimRef> K_KIM = Field.required("kim", ProfileCompleteness::kim,
      ProfileCodecs.KIM_REF);
  private static final Field<ProfileCompleteness, LocalDate> K_AS_OF = Field.required("asOf", ProfileCompleteness::asOf,
      Scalars.DATE);
  private static final Field<ProfileCompleteness, Map<ProfileField, FieldStatus>> K_STATUSES =
      MapFields.objectMap("statuses",
      MappingReportCodecs::statuses, Enum::name, Scalars.code(ProfileField.class), Scalars.code(FieldStatus.class));
  private static final Field<ProfileCompleteness, List<Finding>> K_FINDINGS =
      Field.array("findings", ProfileCompleteness::findings, ExplainCodecs.FINDING);
  /** Which Tabel 3.1 fields of one profile are filled (PROFILE-a..t, MAP-A-2), with a finding per gap. */
  public static final Codec<ProfileCompleteness> COMPLETENESS = ObjectCodec.of("ProfileCompleteness",
      List.of(K_KIM, K_AS_OF, K_STATUSES, K_FINDINGS),
      d -> ProfileCompleteness.builder().kim(d.get(K_KIM)).asOf(d.get(K_AS_OF))
          .statuses(TreeMap.ofAll(d.get(K_STATUSES)))
          .findings(io.vavr.collection.List.ofAll(d.get(K_FINDINGS))).build());

  private static final Field<IssueLink, String> L_TITLE = Field.required("issueTitle", IssueLink::issueTitle,
      Scalars.TEXT);
  private static final Field<IssueLink, KimRef> L_KIM = Field.required("kim", IssueLink::kim, ProfileCodecs.KIM_REF);
  private static final Field<IssueLink, List<LinkReason>> L_REASONS = Field.array("reasons", IssueLink::reasons,
      Scalars.code(LinkReason.class));
  private static final Field<IssueLink, Finding> L_EXPLANATION = Field.required("explanation", IssueLink::explanation,
      ExplainCodecs.FINDING);
  /** A KIM linked to an issue of Tabel 3.2, with every reason that holds (MAP-RULE-c, GAP-19). */
  public static final Codec<IssueLink> LINK = ObjectCodec.of("IssueLink",
      List.of(L_TITLE, L_KIM, L_REASONS, L_EXPLANATION),
      d -> IssueLink.builder().issueTitle(d.get(L_TITLE)).kim(d.get(L_KIM))
          .reasons(io.vavr.collection.List.ofAll(d.get(L_REASONS)))
          .explanation(d.get(L_EXPLANATION)).build());

  private static final Field<IssueMatrixRow, Integer> W_NUMBER = Field.required("number", IssueMatrixRow::number,
      Scalars.INT);
  private static final Field<IssueMatrixRow, PublicIssue> W_ISSUE = Field.required("issue", IssueMatrixRow::issue,
      IssueCodecs.ISSUE);
  private static final Field<IssueMatrixRow, IssuePhase> W_PHASE = Field.required("phase", IssueMatrixRow::phase,
      Scalars.code(IssuePhase.class));
  private static final Field<IssueMatrixRow, List<IssueLink>> W_LINKS = Field.array("links", IssueMatrixRow::links,
      LINK);
  /** One row of the issue matrix: the issue, its phase as of the date, and the KIM linked to it. */
  public static final Codec<IssueMatrixRow> ISSUE_ROW = ObjectCodec.of("IssueMatrixRow",
      List.of(W_NUMBER, W_ISSUE, W_PHASE, W_LINKS),
      d -> IssueMatrixRow.builder().number(d.get(W_NUMBER)).issue(d.get(W_ISSUE)).phase(d.get(W_PHASE))
          .links(io.vavr.collection.List.ofAll(d.get(W_LINKS))).build());

  private static final Field<IssueMatrix, LocalDate> M_AS_OF = Field.required("asOf", IssueMatrix::asOf, Scalars.DATE);
  private static final Field<IssueMatrix, List<IssueMatrixRow>> M_ROWS = Field.array("rows", IssueMatrix::rows,
      ISSUE_ROW);
  private static final Field<IssueMatrix, List<Finding>> M_FINDINGS = Field.array("findings", IssueMatrix::findings,
      ExplainCodecs.FINDING);
  /** Stage B: Tabel 3.2 with links and open points (MAP-RULE-c). */
  public static final Codec<IssueMatrix> ISSUE_MATRIX = ObjectCodec.of("IssueMatrix",
      List.of(M_AS_OF, M_ROWS, M_FINDINGS),
      d -> IssueMatrix.builder().asOf(d.get(M_AS_OF)).rows(io.vavr.collection.List.ofAll(d.get(M_ROWS)))
          .findings(io.vavr.collection.List.ofAll(d.get(M_FINDINGS))).build());

  private static final Field<MappingReport, Dinas> R_DINAS = Field.required("dinas", MappingReport::dinas,
      AgencyCodecs.DINAS);
  private static final Field<MappingReport, LocalDate> R_AS_OF = Field.required("asOf", MappingReport::asOf,
      Scalars.DATE);
  private static final Field<MappingReport, ReportOptions> R_OPTIONS =
      Field.defaulted("options", MappingReport::options, MappingPolicyCodecs.REPORT, ReportOptions.standard());
  private static final Field<MappingReport, Optional<List<RankingViews.Row>>> R_MATRIX =
      ComputedFields.derived("matrix", r -> RankingViews.Row.of(r.rows()), Field.listOf(RankingViews.ROW));
  private static final Field<MappingReport, Census> R_CENSUS = Field.required("census", MappingReport::census, CENSUS);
  private static final Field<MappingReport, List<ProfileCompleteness>> R_COMPLETENESS =
      Field.array("completeness", MappingReport::completeness, COMPLETENESS);
  private static final Field<MappingReport, IssueMatrix> R_ISSUES = Field.required("issues", MappingReport::issues,
      ISSUE_MATRIX);
  private static final Field<MappingReport, Grid> R_GRID = Field.required("grid", MappingReport::grid, GridCodecs.GRID);
  private static final Field<MappingReport, RankingViews.Ranking> R_RANKING =
      Field.required("ranking", r -> RankingViews.Ranking.of(r.ranking()), RankingViews.RANKING);
  private static final Field<MappingReport, List<NotAdmitted>> R_NOT_ADMITTED =
      Field.array("notAdmitted", MappingReport::notAdmitted, MappingEntryCodecs.NOT_ADMITTED);
  /**
   * The mapping report: the matrix of REPORT-1 first (derived), then every stage, then the records left out
   * of the mapping (MAP-ENTRY-1..4, absent when none); read back, the ranking is computed again from the grid
   * and the priority policy.
   */
  public static final Codec<MappingReport> REPORT = ObjectCodec.of("MappingReport",
      List.of(R_DINAS, R_AS_OF, R_OPTIONS, R_MATRIX, R_CENSUS, R_COMPLETENESS, R_ISSUES, R_GRID, R_RANKING,
          R_NOT_ADMITTED), MappingReportCodecs::report);

  private MappingReportCodecs() {}

  private static Map<ProfileField, FieldStatus> statuses(ProfileCompleteness c) {
    Map<ProfileField, FieldStatus> out = new LinkedHashMap<>();
    c.statuses().forEach((k, v) -> out.put(k, v));
    return out;
  }

  private static MappingReport report(Decoded d) {
    Grid grid = d.get(R_GRID);
    RankingViews.Ranking view = d.get(R_RANKING);
    PriorityRanking ranking = PriorityRanking.of(grid, view.policy());
    if (view.decisions().isPresent() && !view.decisions().get().equals(RankingViews.Decision.of(ranking.decisions()))) {
      throw DecodeFailure.of(d.path(R_RANKING).field("decisions"), JsonProblem.Kind.INVALID_VALUE,
          "json.derivedMismatch", "decisions");
    }
    return MappingReport.builder().dinas(d.get(R_DINAS)).asOf(d.get(R_AS_OF)).options(d.get(R_OPTIONS))
        .census(d.get(R_CENSUS))
        .completeness(io.vavr.collection.List.ofAll(d.get(R_COMPLETENESS))).issues(d.get(R_ISSUES)).grid(grid)
        .ranking(ranking)
        .notAdmitted(io.vavr.collection.List.ofAll(d.get(R_NOT_ADMITTED))).build();
  }
}
