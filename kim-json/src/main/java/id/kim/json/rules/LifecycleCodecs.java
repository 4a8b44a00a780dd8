package id.kim.json.rules;

import id.kim.core.agency.Dinas;
import id.kim.core.agency.Officer;
import id.kim.core.community.CommunityNumber;
import id.kim.core.community.PartnershipPeriod;
import id.kim.json.Codec;
import id.kim.json.ComputedFields;
import id.kim.json.DecodeFailure;
import id.kim.json.Decoded;
import id.kim.json.Field;
import id.kim.json.JsonProblem;
import id.kim.json.ObjectCodec;
import id.kim.json.Scalars;
import id.kim.json.core.AgencyCodecs;
import id.kim.json.core.ProfileCodecs;
import id.kim.rules.explain.Decision;
import id.kim.rules.explain.RuleId;
import id.kim.rules.explain.RuleSetRef;
import id.kim.rules.lifecycle.DeregistrationReason;
import id.kim.rules.lifecycle.Designation;
import id.kim.rules.lifecycle.Lifecycle;
import id.kim.rules.lifecycle.LifecycleEvent;
import id.kim.rules.lifecycle.LifecyclePolicy;
import id.kim.rules.lifecycle.LifecycleState;
import id.kim.rules.lifecycle.ProvenTrigger;
import id.kim.rules.lifecycle.Rejection;
import id.kim.rules.lifecycle.Review;
import id.kim.rules.lifecycle.Status;
import id.kim.rules.lifecycle.Step;
import id.kim.rules.lifecycle.Termination;
import id.kim.rules.lifecycle.Transition;
import id.kim.rules.termination.Indication;
import id.kim.rules.termination.TriggerPolicy;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * JSON of where a KIM stands towards one Dinas (RULES.md §3): {@link LifecycleState} with its
 * designations, open review and termination decision, the {@link LifecyclePolicy}, and a
 * {@link Transition}. A transition read back is judged again: the lifecycle named by its rule set and
 * policy is applied to {@code before}, {@code event} and {@code asOf}, and {@code after},
 * {@code step} and {@code rules} must be what it gives — an edited transition is refused.
 */
public final class LifecycleCodecs {
  static final Codec<Status> STATUS = Scalars.code(Status.class);
  static final Codec<Step> STEP = Scalars.code(Step.class);

  private static final Field<Designation, PartnershipPeriod> D_PERIOD =
      Field.required("period", Designation::period, ProfileCodecs.PARTNERSHIP_PERIOD);
  private static final Field<Designation, Decision> D_ELIGIBILITY = Field.required("eligibility",
      Designation::eligibility, ExplainCodecs.DECISION);
  private static final Field<Designation, Officer> D_BY = Field.required("designatedBy", Designation::designatedBy,
      AgencyCodecs.OFFICER);
  private static final Field<Designation, LocalDate> D_ON = Field.required("designatedOn", Designation::designatedOn,
      Scalars.DATE);
  /** A designation in force: period and programme, eligibility decision, who and when. */
  public static final Codec<Designation> DESIGNATION = ObjectCodec.of("Designation",
      List.of(D_PERIOD, D_ELIGIBILITY, D_BY, D_ON),
      d -> Designation.builder().period(d.get(D_PERIOD)).eligibility(d.get(D_ELIGIBILITY)).designatedBy(d.get(D_BY))
          .designatedOn(d.get(D_ON)).build());

  private static final Field<Review, LocalDate> R_ON = Field.required("openedOn", Review::openedOn, Scalars.DATE);
  private static final Field<Review, Officer> R_BY = Field.required("openedBy", Review::openedBy, AgencyCodecs.OFFICER);
  private static final Field<Review, List<Indication>> R_INDICATIONS =
      Field.array("indications", Review::indications, TerminationCodecs.INDICATION);
  /** A review (peninjauan) of the partnership: opened on, by, on which indications (TERM-PROC-1). */
  public static final Codec<Review> REVIEW = ObjectCodec.of("Review", List.of(R_ON, R_BY, R_INDICATIONS),
      d -> Review.builder().openedOn(d.get(R_ON)).openedBy(d.get(R_BY))
          .indications(io.vavr.collection.List.ofAll(d.get(R_INDICATIONS)))
          .build());

  private static final Field<Termination, Review> T_REVIEW = Field.required("review", Termination::review, REVIEW);
  private static final Field<Termination, List<ProvenTrigger>> T_PROVEN = Field.array("proven", Termination::proven,
      EventCodecs.PROVEN);
  private static final Field<Termination, Officer> T_BY = Field.required("decidedBy", Termination::decidedBy,
      AgencyCodecs.OFFICER);
  private static final Field<Termination, LocalDate> T_ON = Field.required("decidedOn", Termination::decidedOn,
      Scalars.DATE);
  /** The termination decision: the review before it and the proven grounds (TERM-PROC-2, INV-3). */
  public static final Codec<Termination> TERMINATION = ObjectCodec.of("Termination",
      List.of(T_REVIEW, T_PROVEN, T_BY, T_ON),
      d -> Termination.builder().review(d.get(T_REVIEW)).proven(io.vavr.collection.List.ofAll(d.get(T_PROVEN)))
          .decidedBy(d.get(T_BY))
          .decidedOn(d.get(T_ON)).build());

  private static final Field<LifecycleState, String> S_NAME = Field.required("kimName", LifecycleState::kimName,
      Scalars.TEXT);
  private static final Field<LifecycleState, Dinas> S_DINAS = Field.required("dinas", LifecycleState::dinas,
      AgencyCodecs.DINAS);
  private static final Field<LifecycleState, Status> S_STATUS = Field.required("status", LifecycleState::status,
      STATUS);
  private static final Field<LifecycleState, LocalDate> S_SINCE = Field.required("since", LifecycleState::since,
      Scalars.DATE);
  private static final Field<LifecycleState, Option<CommunityNumber>> S_NUMBER =
      Field.option("communityNumber", LifecycleState::communityNumber, ProfileCodecs.COMMUNITY_NUMBER);
  private static final Field<LifecycleState, List<Designation>> S_DESIGNATIONS =
      Field.array("designations", LifecycleState::designations, DESIGNATION);
  private static final Field<LifecycleState, Option<Review>> S_REVIEW = Field.option("review", LifecycleState::review,
      REVIEW);
  private static final Field<LifecycleState, Option<Termination>> S_TERMINATION =
      Field.option("termination", LifecycleState::termination, TERMINATION);
  private static final Field<LifecycleState, Option<DeregistrationReason>> S_DEREGISTRATION =
      Field.option("deregistration", LifecycleState::deregistration, Scalars.code(DeregistrationReason.class));
  /** A state of the KIM–Dinas lifecycle; its invariants (INV-2/3/4) are checked on input. */
  public static final Codec<LifecycleState> STATE = ObjectCodec.of("LifecycleState",
      List.of(S_NAME, S_DINAS, S_STATUS, S_SINCE, S_NUMBER, S_DESIGNATIONS, S_REVIEW, S_TERMINATION, S_DEREGISTRATION),
      d -> LifecycleState.builder().kimName(d.get(S_NAME)).dinas(d.get(S_DINAS)).status(d.get(S_STATUS))
          .since(d.get(S_SINCE))
          .communityNumber(d.get(S_NUMBER)).designations(io.vavr.collection.List.ofAll(d.get(S_DESIGNATIONS)))
          .review(d.get(S_REVIEW))
          .termination(d.get(S_TERMINATION)).deregistration(d.get(S_DEREGISTRATION)).build());

  private static final Field<LifecyclePolicy, Integer> P_FRESH =
      Field.defaulted("freshnessDays", LifecyclePolicy::freshnessDays, Scalars.INT,
          LifecyclePolicy.standard().freshnessDays());
  private static final Field<LifecyclePolicy, TriggerPolicy> P_TRIGGERS =
      Field.defaulted("triggers", LifecyclePolicy::triggers, TerminationCodecs.TRIGGER_POLICY,
          TriggerPolicy.standard());
  /** The lifecycle's choices where the juknis is silent (freshness of a decision, whose acts count). */
  public static final Codec<LifecyclePolicy> POLICY = ObjectCodec.of("LifecyclePolicy", List.of(P_FRESH, P_TRIGGERS),
      d -> LifecyclePolicy.builder().freshnessDays(d.get(P_FRESH)).triggers(d.get(P_TRIGGERS)).build());

  private static final Field<Transition, LifecycleState> X_BEFORE = Field.required("before", Transition::before, STATE);
  private static final Field<Transition, LifecycleEvent> X_EVENT = Field.required("event", Transition::event,
      EventCodecs.EVENT);
  private static final Field<Transition, LocalDate> X_AS_OF = Field.required("asOf", Transition::asOf, Scalars.DATE);
  private static final Field<Transition, RuleSetRef> X_RULE_SET = Field.required("ruleSet", Transition::ruleSet,
      ExplainCodecs.RULE_SET);
  private static final Field<Transition, LifecyclePolicy> X_POLICY = Field.defaulted("policy", Transition::policy,
      POLICY,
      LifecyclePolicy.standard());
  private static final Field<Transition, Optional<Step>> X_STEP = ComputedFields.derived("step", Transition::step,
      STEP);
  private static final Field<Transition, Optional<List<RuleId>>> X_RULES =
      ComputedFields.derived("rules", t -> t.rules().toJavaList(), Field.listOf(ExplainCodecs.RULE_ID));
  private static final Field<Transition, Optional<LifecycleState>> X_AFTER = ComputedFields.derived("after",
      Transition::after, STATE);
  /** One accepted step; read back by applying the lifecycle again. */
  public static final Codec<Transition> TRANSITION = ObjectCodec.of("Transition",
      List.of(X_BEFORE, X_EVENT, X_AS_OF, X_RULE_SET, X_POLICY, X_STEP, X_RULES, X_AFTER), LifecycleCodecs::transition);

  private LifecycleCodecs() {}

  private static Transition transition(Decoded d) {
    Either<Rejection, Transition> t =
        Lifecycle.of(d.get(X_RULE_SET), d.get(X_POLICY))
            .apply(d.get(X_BEFORE), d.get(X_EVENT), d.get(X_AS_OF));
    return t.getOrElseThrow(r ->
        DecodeFailure.of(d.path(X_EVENT), JsonProblem.Kind.INVALID_VALUE, "json.transition.refused",
        r.event().name(), r.state().name(), r.rules().map(RuleId::value).mkString(", ")));
  }
}
