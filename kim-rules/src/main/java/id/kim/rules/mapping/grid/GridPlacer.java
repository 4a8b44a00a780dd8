package id.kim.rules.mapping.grid;

import id.kim.core.community.KimRef;
import id.kim.core.metric.ReachMetric;
import id.kim.core.metric.ResponseMetric;
import id.kim.rules.explain.Citation;
import id.kim.rules.explain.Evidence;
import id.kim.rules.explain.Finding;
import id.kim.rules.explain.Message;
import id.kim.rules.explain.Outcome;
import id.kim.rules.explain.Severity;
import id.kim.rules.mapping.issue.IssueLinker;
import id.kim.rules.mapping.issue.IssueMatrix;
import id.kim.rules.mapping.issue.PublicIssue;
import id.kim.rules.mapping.profiling.Census;
import id.kim.rules.mapping.profiling.CensusEntry;
import id.kim.rules.mapping.threshold.Cutoff;
import id.kim.rules.mapping.threshold.MetricFigures;
import id.kim.rules.mapping.threshold.ThresholdDecision;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Iterator;

/**
 * Places the KIM of one census (stage C). Per variable, in order of precedence: the latest recorded
 * assessment on or before the as-of date; for power and influence the figures against the threshold
 * resolved once for the whole population; for interest the suggestion from priority issues, when the
 * policy allows; otherwise LOW with a warning. Then the three levels are classified (Tabel 3.3, the
 * mixed-case policy) and, for an unclassified KIM, the Dinas' decision applies.
 */
final class GridPlacer {
  /**
   * The SDK's reading of levels from figures and of interest from issues, as this class reads them (PROPOSED,
   * GAP-15, GAP-16); cited by the warning on a level read as LOW for want of evidence.
   */
  static final Citation LEVEL_CITATION = Citation.proposed("III.D; Tabel 3.1 huruf s, t",
      "kekuatan, pengaruh dan ketertarikan yang dinilai dimiliki KIM", "GAP-15");

  private final Census census;
  private final Seq<PublicIssue> priorityIssues;
  private final Map<KimRef, List<GridAssessment>> assessments;
  private final Map<KimRef, List<CategoryDecision>> decisions;
  private final LevelPolicy policy;
  private final LocalDate asOf;
  /** Each KIM's figures, in the order of {@code census.entries()}. */
  private final Seq<MetricFigures<ReachMetric>> reach;
  private final Seq<MetricFigures<ResponseMetric>> responses;
  private final Cutoff<ReachMetric> powerCutoff;
  private final Cutoff<ResponseMetric> influenceCutoff;
  private final Seq<Finding> strays;

  GridPlacer(Census census, IssueMatrix issues, Iterable<GridAssessment> assessments,
      Iterable<CategoryDecision> decisions, LevelPolicy policy, LocalDate asOf) {
    this.census = census;
    this.priorityIssues = issues.currentPriorityIssues();
    this.policy = policy;
    this.asOf = asOf;
    List<GridAssessment> allAssessments = List.ofAll(assessments).filter(a -> !a.assessedOn().isAfter(asOf));
    List<CategoryDecision> allDecisions = List.ofAll(decisions).filter(d -> !d.decidedOn().isAfter(asOf));
    this.assessments = allAssessments.groupBy(GridAssessment::kim);
    this.decisions = allDecisions.groupBy(CategoryDecision::kim);
    this.reach = census.entries()
        .map(e -> MetricFigures.ofReach(e.profile().reach(), asOf, policy.power().aggregation()));
    this.responses = census.entries()
        .map(e -> MetricFigures.ofResponses(e.profile().responses(), asOf, policy.influence().aggregation()));
    this.powerCutoff = policy.power().resolve(reach);
    this.influenceCutoff = policy.influence().resolve(responses);
    this.strays = allAssessments.map(GridAssessment::kim).appendAll(allDecisions.map(CategoryDecision::kim))
        .distinct().filter(k -> census.entry(k).isEmpty()).sorted().map(this::stray);
  }

  Grid place() {
    Iterator<MetricFigures<ReachMetric>> reachOf = reach.iterator();
    Iterator<MetricFigures<ResponseMetric>> responsesOf = responses.iterator();
    return ImmutableGrid.builder().asOf(asOf).policy(policy)
        .placements(census.entries().map(e -> place(e, reachOf.next(), responsesOf.next())))
        .findings(strays).build();
  }

  private GridPlacement place(CensusEntry entry, MetricFigures<ReachMetric> reachFigures,
      MetricFigures<ResponseMetric> responseFigures) {
    KimRef kim = entry.ref();
    VariableLevel interest = interest(entry);
    VariableLevel power = measured(kim, GridVariable.POWER, powerCutoff.decide(reachFigures));
    VariableLevel influence = measured(kim, GridVariable.INFLUENCE, influenceCutoff.decide(responseFigures));
    Classification c = Classification.of(interest.level(), power.level(), influence.level(), policy.mixedCase());
    Option<CategoryDecision> decision = c.category() == GridCategory.UNCLASSIFIED
        ? decisions.get(kim).flatMap(ds -> ds.maxBy(CategoryDecision.PRECEDENCE)) : Option.none();
    return GridPlacement.builder().kim(kim).asOf(asOf).interest(interest).power(power)
        .influence(influence).classification(c).decision(decision).policy(policy).build();
  }

  private VariableLevel interest(CensusEntry entry) {
    Seq<String> overlap = priorityIssues.filter(i -> !IssueLinker.topicReasons(entry.profile(), i).isEmpty())
        .map(PublicIssue::title);
    Level suggested = Level.of(!overlap.isEmpty());
    VariableLevel.Builder b = VariableLevel.builder().variable(GridVariable.INTEREST).suggestion(Option.of(suggested))
        .overlappingIssues(overlap);
    Option<GridAssessment> assessed = latest(entry.ref(), GridVariable.INTEREST);
    if (assessed.isDefined()) {
      return b.level(assessed.get().level()).basis(LevelBasis.ASSESSED).assessment(assessed).build();
    }
    if (policy.interest() == InterestPolicy.ASSESSMENT_OR_ISSUE_OVERLAP) {
      return b.level(suggested).basis(LevelBasis.SUGGESTED).build();
    }
    return b.level(Level.LOW).basis(LevelBasis.NO_EVIDENCE).build();
  }

  private VariableLevel measured(KimRef kim, GridVariable variable, ThresholdDecision<?> m) {
    VariableLevel.Builder b = VariableLevel.builder().variable(variable).measurement(Option.of(m));
    Option<GridAssessment> assessed = latest(kim, variable);
    if (assessed.isDefined()) {
      return b.level(assessed.get().level()).basis(LevelBasis.ASSESSED).assessment(assessed).build();
    }
    return m.hasEvidence() ? b.level(Level.of(m.high())).basis(LevelBasis.MEASURED).build()
        : b.level(Level.LOW).basis(LevelBasis.NO_EVIDENCE).build();
  }

  private Option<GridAssessment> latest(KimRef kim, GridVariable variable) {
    return assessments.get(kim)
        .flatMap(as -> as.filter(a -> a.variable() == variable).maxBy(GridAssessment.PRECEDENCE));
  }

  private Finding stray(KimRef kim) {
    return Finding.builder().ruleId(GridVariable.GRID_VAR).citation(GridVariable.GRID_VAR_CITATION)
        .outcome(Outcome.NOT_SATISFIED).severity(Severity.WARNING)
        .evidence(List.of(Evidence.of("kim", kim)))
        .message(Message.of(PlacementExplanation.BUNDLE, "GRID-VAR.unknownKim", kim)).build();
  }
}
