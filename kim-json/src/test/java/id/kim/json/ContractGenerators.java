package id.kim.json;

import id.kim.core.agency.Dinas;
import id.kim.core.agency.DinasLevel;
import id.kim.core.agency.Officer;
import id.kim.core.assessment.Assessment;
import id.kim.core.community.CommunityNumber;
import id.kim.core.community.Frequency;
import id.kim.core.community.KimProfile;
import id.kim.core.community.KimRecord;
import id.kim.core.community.KimRef;
import id.kim.core.community.KnownAbsence;
import id.kim.core.community.PartnershipPeriod;
import id.kim.core.community.ProfileIssue;
import id.kim.core.community.TargetAudience;
import id.kim.core.contact.ContactPerson;
import id.kim.core.contact.EmailAddress;
import id.kim.core.contact.PersonName;
import id.kim.core.contact.PhoneNumber;
import id.kim.core.document.AdministrativeDeclaration;
import id.kim.core.document.DissolutionNotice;
import id.kim.core.document.DocumentRef;
import id.kim.core.document.VillageDecree;
import id.kim.core.media.KimMedium;
import id.kim.core.metric.ReachObservation;
import id.kim.core.metric.ResponseObservation;
import id.kim.core.monitoring.AudienceTally;
import id.kim.core.monitoring.DisseminationLogEntry;
import id.kim.core.monitoring.FacebookMetrics;
import id.kim.core.monitoring.InstagramMetrics;
import id.kim.core.monitoring.MonitoringRecord;
import id.kim.core.monitoring.SocialContent;
import id.kim.core.monitoring.SocialMetrics;
import id.kim.core.monitoring.SurveyResult;
import id.kim.core.monitoring.SurveyRound;
import id.kim.core.monitoring.TikTokMetrics;
import id.kim.core.monitoring.TwitterMetrics;
import id.kim.core.monitoring.YouTubeMetrics;
import id.kim.core.organisation.Acknowledgement;
import id.kim.core.organisation.Affiliation;
import id.kim.core.organisation.Board;
import id.kim.core.organisation.BoardMember;
import id.kim.core.organisation.Member;
import id.kim.core.region.Address;
import id.kim.core.region.District;
import id.kim.core.region.Province;
import id.kim.core.region.RegencyCity;
import id.kim.core.region.RegionCode;
import id.kim.core.region.RtRw;
import id.kim.core.region.Village;
import id.kim.core.time.Period;
import id.kim.core.validation.FieldViolation;
import id.kim.rules.eligibility.EligibilityPolicy;
import id.kim.rules.evaluation.CollaborationEvaluation;
import id.kim.rules.evaluation.ContinuationPolicy;
import id.kim.rules.evaluation.Measurement;
import id.kim.rules.evaluation.MeasurementPeriod;
import id.kim.rules.evaluation.NotMeasurable;
import id.kim.rules.evaluation.OutcomeResult;
import id.kim.rules.evaluation.OutputResult;
import id.kim.rules.evaluation.OuttakesResult;
import id.kim.rules.evaluation.Ratio;
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
import id.kim.rules.impact.Variant;
import id.kim.rules.lifecycle.AuditEntry;
import id.kim.rules.lifecycle.AuditTrail;
import id.kim.rules.lifecycle.Categorise;
import id.kim.rules.lifecycle.ClearReview;
import id.kim.rules.lifecycle.Deregister;
import id.kim.rules.lifecycle.Designate;
import id.kim.rules.lifecycle.Designation;
import id.kim.rules.lifecycle.EnterMapping;
import id.kim.rules.lifecycle.LifecycleEvent;
import id.kim.rules.lifecycle.LifecyclePolicy;
import id.kim.rules.lifecycle.LifecycleState;
import id.kim.rules.lifecycle.OpenReview;
import id.kim.rules.lifecycle.PeriodEnded;
import id.kim.rules.lifecycle.ProvenTrigger;
import id.kim.rules.lifecycle.Register;
import id.kim.rules.lifecycle.Rejection;
import id.kim.rules.lifecycle.Review;
import id.kim.rules.lifecycle.Terminate;
import id.kim.rules.lifecycle.Termination;
import id.kim.rules.lifecycle.Transition;
import id.kim.rules.mapping.MappingInput;
import id.kim.rules.mapping.MappingPolicy;
import id.kim.rules.mapping.MappingRejection;
import id.kim.rules.mapping.entry.MappingEntrants;
import id.kim.rules.mapping.entry.NotAdmitted;
import id.kim.rules.mapping.grid.CategoryDecision;
import id.kim.rules.mapping.grid.Grid;
import id.kim.rules.mapping.grid.GridAssessment;
import id.kim.rules.mapping.grid.GridPlacement;
import id.kim.rules.mapping.grid.LevelPolicy;
import id.kim.rules.mapping.grid.VariableLevel;
import id.kim.rules.mapping.issue.IssueActor;
import id.kim.rules.mapping.issue.IssueDossier;
import id.kim.rules.mapping.issue.IssueDuration;
import id.kim.rules.mapping.issue.IssueLink;
import id.kim.rules.mapping.issue.IssueMatrix;
import id.kim.rules.mapping.issue.IssueMatrixRow;
import id.kim.rules.mapping.issue.PublicIssue;
import id.kim.rules.mapping.priority.PriorityPolicy;
import id.kim.rules.mapping.profiling.Census;
import id.kim.rules.mapping.profiling.CensusEntry;
import id.kim.rules.mapping.profiling.ProfileCompleteness;
import id.kim.rules.mapping.report.MappingReport;
import id.kim.rules.mapping.report.ReportOptions;
import id.kim.rules.termination.Indication;
import id.kim.rules.termination.TriggerPolicy;
import id.kim.testkit.AbsenceSamplers;
import id.kim.testkit.Defective;
import id.kim.testkit.KimGens;
import io.vavr.control.Validation;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.impl.Constraint;

/**
 * One generator per non-enum type of the contract: kim-core from kim-testkit, kim-rules results as the SDK makes them.
 */
final class ContractGenerators {
  /** The defects of a region code of another level (REGION-CODE-1), see {@link #carried}. */
  private static final Set<String> OTHER_LEVEL_CODES = Set.of("kim.region.code.notProvince",
      "kim.region.code.notRegencyCity", "kim.region.code.notDistrict", "kim.region.code.notVillage");

  private ContractGenerators() {}

  static Map<Class<?>, Gen<?>> all() {
    Map<Class<?>, Gen<?>> m = new LinkedHashMap<>();
    m.put(Province.class, KimGens.province().mix(RealPlaces.PROVINCE, 30));
    m.put(RegencyCity.class, KimGens.regencyCity().mix(RealPlaces.REGENCY_CITY, 30));
    m.put(District.class, KimGens.district().mix(RealPlaces.DISTRICT, 30));
    m.put(Village.class, KimGens.village().mix(RealPlaces.VILLAGE, 30));
    m.put(RegionCode.class, RealPlaces.VILLAGE.map(v -> v.code().orElseThrow()).mix(RealPlaces.VILLAGE.map(
        v -> v.district().code().orElseThrow()), 50));
    m.put(RtRw.class, KimGens.rtRw());
    m.put(Address.class, KimGens.address());
    m.put(PersonName.class, KimGens.personName().mix(Gens.TEXT.map(PersonName::of), 20));
    m.put(PhoneNumber.class, KimGens.phoneNumber().mix(Gens.TEXT.map(PhoneNumber::of), 20));
    m.put(EmailAddress.class, KimGens.emailAddress().mix(Gens.TEXT.map(EmailAddress::of), 20));
    m.put(DocumentRef.class, KimGens.documentRef().mix(Gens.TEXT.map(DocumentRef::of), 20));
    m.put(ContactPerson.class, KimGens.contactPerson());
    m.put(Period.class, KimGens.period());
    m.put(Dinas.class, KimGens.dinas().mix(RealPlaces.DINAS, 30));
    m.put(Officer.class, KimGens.officer());
    m.put(KimMedium.class, KimGens.medium());
    m.put(ReachObservation.class, KimGens.reachObservation());
    m.put(ResponseObservation.class, KimGens.responseObservation());
    m.put(CommunityNumber.class, KimGens.communityNumber().mix(RealPlaces.COMMUNITY_NUMBER, 30));
    m.put(Frequency.class, KimGens.frequency());
    m.put(PartnershipPeriod.class, KimGens.partnershipPeriod());
    m.put(ProfileIssue.class, KimGens.profileIssue());
    m.put(TargetAudience.class, KimGens.targetAudience());
    Gen<KimRecord> records = AbsenceSamplers.recordWithAbsences().gen();
    m.put(KimProfile.class, RealPlaces.seatedInRealVillages(records.map(KimRecord::profile)).mix(
        KimGens.invalidProfile().assuming(ContractGenerators::carried).map(Defective::value)
            .assuming(ContractGenerators::factsAtTheirLevel), 30));
    m.put(VillageDecree.class, KimGens.villageDecree());
    m.put(AdministrativeDeclaration.class, KimGens.declaration());
    m.put(DissolutionNotice.class, KimGens.dissolutionNotice());
    m.put(Acknowledgement.class, KimGens.acknowledgement());
    m.put(BoardMember.class, KimGens.boardMember());
    m.put(Board.class, KimGens.board());
    m.put(Member.class, KimGens.member());
    m.put(Affiliation.class, KimGens.affiliation());
    m.put(Assessment.class, KimGens.assessment());
    m.put(KimRecord.class, records.mix(wellFormed(
        KimGens.invalidRecord().assuming(d -> carried(d) && factsAtTheirLevel(d.value())),
        records, r -> r.assessments().stream().map(a -> a.assessedBy().dinas())), 30));
    m.put(FieldViolation.class, Gens.VIOLATION);
    m.put(KimRef.class, KimGens.kimRef().zip(KimGens.village().mix(RealPlaces.VILLAGE, 30).toOptionals(40),
        (r, v) -> v.map(r::withSeat).orElse(r)));
    m.put(DisseminationLogEntry.class, KimGens.disseminationLogEntry());
    m.put(SocialContent.class, KimGens.socialContent());
    m.put(SocialMetrics.class, KimGens.socialMetrics());
    m.put(InstagramMetrics.class, KimGens.instagramMetrics());
    m.put(FacebookMetrics.class, KimGens.facebookMetrics());
    m.put(TwitterMetrics.class, KimGens.twitterMetrics());
    m.put(YouTubeMetrics.class, KimGens.youTubeMetrics());
    m.put(TikTokMetrics.class, KimGens.tikTokMetrics());
    m.put(AudienceTally.class, KimGens.audienceTally());
    m.put(SurveyRound.class, KimGens.surveyRound());
    m.put(SurveyResult.class, KimGens.surveyResult());
    m.put(MonitoringRecord.class, KimGens.monitoringRecord().mix(wellFormed(
        KimGens.invalidMonitoringRecord().assuming(ContractGenerators::carried), KimGens.monitoringRecord(),
        r -> r.log().stream().map(DisseminationLogEntry::dinas)), 20));
    rules(m);
    return m;
  }

  /**
   * Values with one defect Bean Validation finds, whose shape the contract can carry: not a Dinas
   * whose level and regency/city disagree (ARCH-3, ARCH-4), which the contract itself refuses.
   */
  private static <T> Gen<T> wellFormed(Gen<Defective<T>> defective, Gen<T> fallback,
      Function<T, Stream<Dinas>> dinases) {
    return in -> {
      for (int attempt = 0; attempt < 50; attempt++) {
        T value = defective.generate(in).value();
        if (dinases.apply(value).allMatch(ContractGenerators::consistent)) {
          return value;
        }
      }
      return fallback.generate(in);
    };
  }

  /** Facts recorded as none at the wrong level are refused by the contract itself (docs/json.md). */
  /**
   * @return false for a region code of another level (REGION-CODE-1): the contract cannot carry it, its
   *     reader refuses such a code at its path, so it is a reading test's case, not a round trip's
   */
  private static boolean carried(Defective<?> defective) {
    return !OTHER_LEVEL_CODES.contains(defective.defect().messageKey());
  }

  private static boolean factsAtTheirLevel(KimProfile p) {
    return p.recordedAsNone().stream().allMatch(KnownAbsence::isProfileFact);
  }

  private static boolean factsAtTheirLevel(KimRecord r) {
    return factsAtTheirLevel(r.profile()) && r.recordedAsNone().stream().noneMatch(KnownAbsence::isProfileFact);
  }

  private static boolean consistent(Dinas d) {
    return d.level() == DinasLevel.PROVINCIAL
        ? d.regencyCity().isEmpty()
        : d.regencyCity().filter(rc -> rc.province().equals(d.province())).isPresent();
  }

  private static void rules(Map<Class<?>, Gen<?>> m) {
    m.put(RuleId.class, ExplainGens.RULE_ID);
    m.put(RuleSetRef.class, ExplainGens.RULE_SET);
    m.put(Citation.class, ExplainGens.CITATION);
    m.put(Evidence.class, ExplainGens.EVIDENCE);
    m.put(Message.class, ExplainGens.MESSAGE);
    m.put(Finding.class, ExplainGens.FINDING);
    m.put(Decision.class, ExplainGens.DECISION);
    m.put(Indication.class, LifecycleGens.INDICATION);
    m.put(TriggerPolicy.class, LifecycleGens.TRIGGER_POLICY);
    m.put(ProvenTrigger.class, LifecycleGens.PROVEN);
    m.put(LifecycleEvent.class, LifecycleGens.EVENT);
    m.put(Register.class, LifecycleGens.REGISTER);
    m.put(EnterMapping.class, LifecycleGens.ENTER_MAPPING);
    m.put(Categorise.class, LifecycleGens.CATEGORISE);
    m.put(Designate.class, LifecycleGens.DESIGNATE);
    m.put(OpenReview.class, LifecycleGens.OPEN_REVIEW);
    m.put(ClearReview.class, LifecycleGens.CLEAR_REVIEW);
    m.put(Terminate.class, LifecycleGens.TERMINATE);
    m.put(PeriodEnded.class, LifecycleGens.PERIOD_ENDED);
    m.put(Deregister.class, LifecycleGens.DEREGISTER);
    m.put(LifecycleState.class, LifecycleGens.STATE);
    m.put(Designation.class, Gens.oneOf(in -> LifecycleGens.STATE.generate(in).designations().toJavaList()));
    m.put(Review.class, Gens.oneOf(in -> LifecycleGens.STATE.generate(in).review().toJavaList()));
    m.put(Termination.class, Gens.oneOf(in -> LifecycleGens.STATE.generate(in).termination().toJavaList()));
    m.put(LifecyclePolicy.class, LifecycleGens.POLICY);
    m.put(Transition.class, LifecycleGens.TRANSITION);
    m.put(Rejection.class, LifecycleGens.REJECTION);
    m.put(AuditEntry.class, LifecycleGens.ENTRY);
    m.put(AuditTrail.class, LifecycleGens.TRAIL);
    m.put(GridAssessment.class, Gens.oneOf(in -> MappingGens.INPUT.generate(in).assessments()));
    m.put(CategoryDecision.class, Gens.oneOf(in -> MappingGens.INPUT.generate(in).decisions()));
    m.put(IssueActor.class, MappingGens.ACTOR);
    m.put(IssueDuration.class, MappingGens.DURATION);
    m.put(IssueDossier.class, MappingGens.DOSSIER);
    m.put(PublicIssue.class, MappingGens.ISSUE);
    Gen<MappingEntrants> entrants = in -> MappingEntrants.decide(LifecycleGens.DINAS.generate(in),
        Gens.few(AbsenceSamplers.recordWithAbsences().gen()).generate(in), Gens.DATE.generate(in));
    m.put(MappingEntrants.class, entrants);
    m.put(MappingInput.class, MappingGens.INPUT.mix(entrants.map(e -> MappingInput.admitted(e).build()), 30));
    m.put(LevelPolicy.class, MappingGens.LEVEL_POLICY);
    m.put(PriorityPolicy.class, MappingGens.PRIORITY_POLICY);
    m.put(
        ReportOptions.class,
        Generate.pick(java.util.List.of(ReportOptions.standard(), ReportOptions.allKim())));
    m.put(MappingPolicy.class, MappingGens.POLICY);
    m.put(MappingRejection.class, MappingGens.REJECTION);
    m.put(VariableLevel.class, MappingGens.VARIABLE_LEVEL);
    m.put(GridPlacement.class, MappingGens.PLACEMENT);
    m.put(Grid.class, MappingGens.REPORT.map(MappingReport::grid));
    m.put(CensusEntry.class, Gens.oneOf(in -> MappingGens.REPORT.generate(in).census().entries().toJavaList()));
    m.put(Census.class, MappingGens.REPORT.map(MappingReport::census));
    m.put(ProfileCompleteness.class, Gens.oneOf(in -> MappingGens.REPORT.generate(in).completeness().toJavaList()));
    m.put(IssueLink.class,
        Gens.oneOf(in -> MappingGens.REPORT.generate(in).issues().rows().flatMap(IssueMatrixRow::links).toJavaList()));
    m.put(IssueMatrixRow.class, Gens.oneOf(in -> MappingGens.REPORT.generate(in).issues().rows().toJavaList()));
    m.put(IssueMatrix.class, MappingGens.REPORT.map(MappingReport::issues));
    Gen<NotAdmitted> notAdmitted = notAdmitted(AbsenceSamplers.recordWithAbsences().gen());
    m.put(NotAdmitted.class, notAdmitted);
    m.put(MappingReport.class, MappingGens.REPORT.zip(Gens.few(notAdmitted),
        (r, left) -> MappingReport.builder().from(r).notAdmitted(io.vavr.collection.List.ofAll(left)).build()));
    m.put(Ratio.class, EvaluationGens.RATIO);
    m.put(NotMeasurable.class, EvaluationGens.NOT_MEASURABLE);
    m.put(Measurement.class, EvaluationGens.MEASUREMENT);
    m.put(MeasurementPeriod.class, EvaluationGens.PERIOD);
    m.put(OutputResult.class, EvaluationGens.EVALUATION.map(CollaborationEvaluation::output));
    m.put(OuttakesResult.class, EvaluationGens.EVALUATION.map(CollaborationEvaluation::outtakes));
    m.put(SurveyChange.class, EvaluationGens.SURVEY_CHANGE);
    m.put(OutcomeResult.class, EvaluationGens.EVALUATION.map(CollaborationEvaluation::outcome));
    m.put(ContinuationPolicy.class, EvaluationGens.POLICY);
    m.put(EligibilityPolicy.class, VariantGens.ELIGIBILITY_POLICY);
    m.put(Variant.class, VariantGens.VARIANT);
    m.put(CollaborationEvaluation.class, EvaluationGens.EVALUATION);
  }

  /** A record left out of the mapping: invalid data, or a mapping-entry decision with a failing requirement. */
  private static Gen<NotAdmitted> notAdmitted(Gen<KimRecord> records) {
    return in -> {
      KimRecord record = records.generate(in);
      if (in.next(Constraint.between(0, 3)) == 0) {
        return NotAdmitted.of(record, Validation.invalid(io.vavr.collection.List.of(Gens.VIOLATION.generate(in))));
      }
      Decision d = ExplainGens.DECISION.generate(in);
      Finding failing = Finding.builder().from(ExplainGens.FINDING.generate(in)).outcome(Outcome.NOT_SATISFIED)
          .severity(Severity.REQUIREMENT).build();
      return NotAdmitted.of(record, Validation.valid(Decision.builder().from(d)
          .findings(d.findings().append(failing)).build()));
    };
  }
}
