package id.kim.json;

import id.kim.json.rules.EvaluationCodecs;
import id.kim.json.rules.EventCodecs;
import id.kim.json.rules.ExplainCodecs;
import id.kim.json.rules.GridCodecs;
import id.kim.json.rules.IssueCodecs;
import id.kim.json.rules.LifecycleCodecs;
import id.kim.json.rules.MappingCodecs;
import id.kim.json.rules.MappingPolicyCodecs;
import id.kim.json.rules.MappingEntryCodecs;
import id.kim.json.rules.MappingReportCodecs;
import id.kim.json.rules.MeasureCodecs;
import id.kim.json.rules.TerminationCodecs;
import id.kim.json.rules.TrailCodecs;
import id.kim.json.rules.VariantCodecs;
import id.kim.rules.evaluation.CollaborationEvaluation;
import id.kim.rules.eligibility.AffiliationScope;
import id.kim.rules.eligibility.CommunityNumberRegister;
import id.kim.rules.eligibility.EligibilityPolicy;
import id.kim.rules.eligibility.SignatoryPolicy;
import id.kim.rules.engine.GatePolicy;
import id.kim.rules.evaluation.ContinuationPolicy;
import id.kim.rules.evaluation.Granularity;
import id.kim.rules.evaluation.Measurement;
import id.kim.rules.evaluation.MeasurementPeriod;
import id.kim.rules.evaluation.NotMeasurable;
import id.kim.rules.evaluation.NotMeasurableReason;
import id.kim.rules.evaluation.OutcomeResult;
import id.kim.rules.evaluation.OutputResult;
import id.kim.rules.evaluation.OuttakesResult;
import id.kim.rules.evaluation.Ratio;
import id.kim.rules.evaluation.Recommendation;
import id.kim.rules.evaluation.SurveyChange;
import id.kim.rules.explain.Citation;
import id.kim.rules.explain.Decision;
import id.kim.rules.explain.Evidence;
import id.kim.rules.explain.Finding;
import id.kim.rules.explain.Message;
import id.kim.rules.explain.Outcome;
import id.kim.rules.explain.RuleId;
import id.kim.rules.explain.RuleSetRef;
import id.kim.rules.explain.Severity;
import id.kim.rules.explain.Verdict;
import id.kim.rules.lifecycle.AuditEntry;
import id.kim.rules.lifecycle.AuditTrail;
import id.kim.rules.lifecycle.Categorise;
import id.kim.rules.lifecycle.ClearReview;
import id.kim.rules.lifecycle.Deregister;
import id.kim.rules.lifecycle.DeregistrationReason;
import id.kim.rules.lifecycle.Designate;
import id.kim.rules.lifecycle.Designation;
import id.kim.rules.lifecycle.EnterMapping;
import id.kim.rules.lifecycle.EventKind;
import id.kim.rules.lifecycle.LifecycleEvent;
import id.kim.rules.lifecycle.LifecyclePolicy;
import id.kim.rules.lifecycle.LifecycleState;
import id.kim.rules.lifecycle.OpenReview;
import id.kim.rules.lifecycle.PeriodEnded;
import id.kim.rules.lifecycle.ProvenTrigger;
import id.kim.rules.lifecycle.Register;
import id.kim.rules.lifecycle.Rejection;
import id.kim.rules.lifecycle.Review;
import id.kim.rules.lifecycle.Status;
import id.kim.rules.lifecycle.Step;
import id.kim.rules.lifecycle.Terminate;
import id.kim.rules.lifecycle.Termination;
import id.kim.rules.lifecycle.Transition;
import id.kim.rules.mapping.MappingInput;
import id.kim.rules.impact.ImpactQuestion;
import id.kim.rules.impact.Variant;
import id.kim.rules.mapping.MappingPolicy;
import id.kim.rules.mapping.MappingRejection;
import id.kim.rules.mapping.MappingStage;
import id.kim.rules.mapping.entry.MappingEntrants;
import id.kim.rules.mapping.entry.NotAdmitted;
import id.kim.rules.mapping.grid.Approach;
import id.kim.rules.mapping.grid.CategoryDecision;
import id.kim.rules.mapping.grid.Grid;
import id.kim.rules.mapping.grid.GridAssessment;
import id.kim.rules.mapping.grid.GridCategory;
import id.kim.rules.mapping.grid.GridPlacement;
import id.kim.rules.mapping.grid.GridVariable;
import id.kim.rules.mapping.grid.InterestPolicy;
import id.kim.rules.mapping.grid.Level;
import id.kim.rules.mapping.grid.LevelBasis;
import id.kim.rules.mapping.grid.LevelPolicy;
import id.kim.rules.mapping.grid.MixedCasePolicy;
import id.kim.rules.mapping.grid.VariableLevel;
import id.kim.rules.mapping.issue.ActorRole;
import id.kim.rules.mapping.issue.IssueActor;
import id.kim.rules.mapping.issue.IssueDossier;
import id.kim.rules.mapping.issue.IssueDuration;
import id.kim.rules.mapping.issue.IssueLink;
import id.kim.rules.mapping.issue.IssueMatrix;
import id.kim.rules.mapping.issue.IssueMatrixRow;
import id.kim.rules.mapping.issue.IssuePhase;
import id.kim.rules.mapping.issue.IssueSource;
import id.kim.rules.mapping.issue.LinkReason;
import id.kim.rules.mapping.issue.PublicIssue;
import id.kim.rules.mapping.issue.UnderstandingLevel;
import id.kim.rules.mapping.priority.PriorityPolicy;
import id.kim.rules.mapping.profiling.Census;
import id.kim.rules.mapping.profiling.CensusEntry;
import id.kim.rules.mapping.profiling.FieldStatus;
import id.kim.rules.mapping.profiling.ProfileCompleteness;
import id.kim.rules.mapping.profiling.ProfileField;
import id.kim.rules.mapping.profiling.RegionMembership;
import id.kim.rules.mapping.report.MappingReport;
import id.kim.rules.mapping.report.ReportOptions;
import id.kim.rules.mapping.threshold.Aggregation;
import id.kim.rules.termination.Indication;
import id.kim.rules.termination.IndicationSource;
import id.kim.rules.termination.TerminationTrigger;
import id.kim.rules.termination.TriggerPolicy;
import id.kim.rules.termination.TriggerSubject;
import java.util.List;
import java.util.Map;

/**
 * The kim-rules half of the contract: the explanation spine every family answers in, and the results
 * the issue names — lifecycle events, states, transitions, rejections and the audit trail; termination
 * indications; the mapping's inputs, policies and report; the evaluation of dissemination.
 */
final class RulesTypes {
  private RulesTypes() {}

  static void register(Map<Class<?>, Codec<?>> m) {
    Catalog.put(m, RuleId.class, ExplainCodecs.RULE_ID);
    Catalog.put(m, RuleSetRef.class, ExplainCodecs.RULE_SET);
    Catalog.put(m, Citation.class, ExplainCodecs.CITATION);
    Catalog.put(m, Evidence.class, ExplainCodecs.EVIDENCE);
    Catalog.put(m, Message.class, ExplainCodecs.MESSAGE);
    Catalog.put(m, Finding.class, ExplainCodecs.FINDING);
    Catalog.put(m, Decision.class, ExplainCodecs.DECISION);
    Catalog.put(m, Indication.class, TerminationCodecs.INDICATION);
    Catalog.put(m, TriggerPolicy.class, TerminationCodecs.TRIGGER_POLICY);
    Catalog.put(m, ProvenTrigger.class, EventCodecs.PROVEN);
    Catalog.put(m, Register.class, EventCodecs.REGISTER);
    Catalog.put(m, EnterMapping.class, EventCodecs.ENTER_MAPPING);
    Catalog.put(m, Categorise.class, EventCodecs.CATEGORISE);
    Catalog.put(m, Designate.class, EventCodecs.DESIGNATE);
    Catalog.put(m, OpenReview.class, EventCodecs.OPEN_REVIEW);
    Catalog.put(m, ClearReview.class, EventCodecs.CLEAR_REVIEW);
    Catalog.put(m, Terminate.class, EventCodecs.TERMINATE);
    Catalog.put(m, PeriodEnded.class, EventCodecs.PERIOD_ENDED);
    Catalog.put(m, Deregister.class, EventCodecs.DEREGISTER);
    Catalog.put(m, LifecycleEvent.class, EventCodecs.EVENT);
    Catalog.put(m, Designation.class, LifecycleCodecs.DESIGNATION);
    Catalog.put(m, Review.class, LifecycleCodecs.REVIEW);
    Catalog.put(m, Termination.class, LifecycleCodecs.TERMINATION);
    Catalog.put(m, LifecycleState.class, LifecycleCodecs.STATE);
    Catalog.put(m, LifecyclePolicy.class, LifecycleCodecs.POLICY);
    Catalog.put(m, Transition.class, LifecycleCodecs.TRANSITION);
    Catalog.put(m, Rejection.class, TrailCodecs.REJECTION);
    Catalog.put(m, AuditEntry.class, TrailCodecs.ENTRY);
    Catalog.put(m, AuditTrail.class, TrailCodecs.TRAIL);
    Catalog.put(m, GridAssessment.class, MappingCodecs.ASSESSMENT);
    Catalog.put(m, CategoryDecision.class, MappingCodecs.DECISION);
    Catalog.put(m, IssueActor.class, IssueCodecs.ACTOR);
    Catalog.put(m, IssueDuration.class, IssueCodecs.DURATION);
    Catalog.put(m, IssueDossier.class, IssueCodecs.DOSSIER);
    Catalog.put(m, PublicIssue.class, IssueCodecs.ISSUE);
    Catalog.put(m, MappingInput.class, MappingCodecs.INPUT);
    Catalog.put(m, LevelPolicy.class, MappingPolicyCodecs.LEVEL);
    Catalog.put(m, PriorityPolicy.class, MappingPolicyCodecs.PRIORITY);
    Catalog.put(m, ReportOptions.class, MappingPolicyCodecs.REPORT);
    Catalog.put(m, MappingPolicy.class, MappingPolicyCodecs.MAPPING);
    Catalog.put(m, MappingRejection.class, MappingCodecs.REJECTION);
    Catalog.put(m, VariableLevel.class, GridCodecs.LEVEL);
    Catalog.put(m, GridPlacement.class, GridCodecs.PLACEMENT);
    Catalog.put(m, Grid.class, GridCodecs.GRID);
    Catalog.put(m, CensusEntry.class, MappingReportCodecs.CENSUS_ENTRY);
    Catalog.put(m, Census.class, MappingReportCodecs.CENSUS);
    Catalog.put(m, ProfileCompleteness.class, MappingReportCodecs.COMPLETENESS);
    Catalog.put(m, IssueLink.class, MappingReportCodecs.LINK);
    Catalog.put(m, IssueMatrixRow.class, MappingReportCodecs.ISSUE_ROW);
    Catalog.put(m, IssueMatrix.class, MappingReportCodecs.ISSUE_MATRIX);
    Catalog.put(m, NotAdmitted.class, MappingEntryCodecs.NOT_ADMITTED);
    Catalog.put(m, MappingEntrants.class, MappingEntryCodecs.ENTRANTS);
    Catalog.put(m, MappingReport.class, MappingReportCodecs.REPORT);
    Catalog.put(m, Ratio.class, MeasureCodecs.RATIO);
    Catalog.put(m, NotMeasurable.class, MeasureCodecs.NOT_MEASURABLE);
    Catalog.put(m, Measurement.class, MeasureCodecs.MEASUREMENT);
    Catalog.put(m, MeasurementPeriod.class, MeasureCodecs.PERIOD);
    Catalog.put(m, OutputResult.class, EvaluationCodecs.OUTPUT);
    Catalog.put(m, OuttakesResult.class, EvaluationCodecs.OUTTAKES);
    Catalog.put(m, SurveyChange.class, EvaluationCodecs.SURVEY_CHANGE);
    Catalog.put(m, OutcomeResult.class, EvaluationCodecs.OUTCOME);
    Catalog.put(m, ContinuationPolicy.class, EvaluationCodecs.POLICY);
    Catalog.put(m, CollaborationEvaluation.class, EvaluationCodecs.EVALUATION);
    Catalog.put(m, EligibilityPolicy.class, VariantCodecs.ELIGIBILITY_POLICY);
    Catalog.put(m, Variant.class, VariantCodecs.VARIANT);
    for (Class<? extends Enum<?>> e : List.<Class<? extends Enum<?>>>of(AffiliationScope.class, SignatoryPolicy.class,
        GatePolicy.class, CommunityNumberRegister.class, ImpactQuestion.class)) {
      Catalog.putEnum(m, e);
    }
    for (Class<? extends Enum<?>> e : List.<Class<? extends Enum<?>>>of(Outcome.class, Severity.class, Verdict.class,
        TerminationTrigger.class, TriggerSubject.class, IndicationSource.class, EventKind.class, Status.class,
        Step.class, DeregistrationReason.class, MappingStage.class, GridVariable.class, Level.class, LevelBasis.class,
        GridCategory.class,
        Approach.class, MixedCasePolicy.class, InterestPolicy.class, Aggregation.class, IssueSource.class,
        IssuePhase.class,
        ActorRole.class, UnderstandingLevel.class, LinkReason.class, ProfileField.class, FieldStatus.class,
        RegionMembership.class,
        Granularity.class, NotMeasurableReason.class, Recommendation.class)) {
      Catalog.putEnum(m, e);
    }
  }
}
