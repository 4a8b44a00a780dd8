package id.kim.json;

import static id.kim.json.Gens.WORDS;
import static id.kim.json.Gens.few;

import id.kim.core.agency.Dinas;
import id.kim.core.agency.Officer;
import id.kim.core.community.CommunityNumber;
import id.kim.core.community.PartnershipPeriod;
import id.kim.core.document.DocumentRef;
import id.kim.core.organisation.CivilServantScope;
import id.kim.core.time.Period;
import id.kim.rules.eligibility.Eligibility;
import id.kim.rules.explain.Citation;
import id.kim.rules.explain.Decision;
import id.kim.rules.explain.Evidence;
import id.kim.rules.explain.Finding;
import id.kim.rules.explain.Message;
import id.kim.rules.explain.Outcome;
import id.kim.rules.explain.RuleId;
import id.kim.rules.explain.RuleSetRef;
import id.kim.rules.lifecycle.AuditEntry;
import id.kim.rules.lifecycle.AuditTrail;
import id.kim.rules.lifecycle.Categorise;
import id.kim.rules.lifecycle.ClearReview;
import id.kim.rules.lifecycle.Deregister;
import id.kim.rules.lifecycle.DeregistrationReason;
import id.kim.rules.lifecycle.Designate;
import id.kim.rules.lifecycle.EnterMapping;
import id.kim.rules.lifecycle.EventKind;
import id.kim.rules.lifecycle.Lifecycle;
import id.kim.rules.lifecycle.LifecycleEvent;
import id.kim.rules.lifecycle.LifecyclePolicy;
import id.kim.rules.lifecycle.LifecycleState;
import id.kim.rules.lifecycle.OpenReview;
import id.kim.rules.lifecycle.PeriodEnded;
import id.kim.rules.lifecycle.ProvenTrigger;
import id.kim.rules.lifecycle.Register;
import id.kim.rules.lifecycle.Rejection;
import id.kim.rules.lifecycle.Status;
import id.kim.rules.lifecycle.Terminate;
import id.kim.rules.lifecycle.Transition;
import id.kim.rules.termination.Indication;
import id.kim.rules.termination.IndicationSource;
import id.kim.rules.termination.TerminationTrigger;
import id.kim.rules.termination.TriggerPolicy;
import id.kim.rules.termination.TriggerSubject;
import id.kim.testkit.KimGens;
import io.vavr.collection.List;
import io.vavr.collection.TreeSet;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.ArrayList;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;
import org.quicktheories.impl.Constraint;

/**
 * Generators of the lifecycle (RULES.md §3): random journeys of a KIM towards a regency/city Dinas,
 * recorded in an audit trail — registration, mapping, categorisation, designation, a review, then a
 * cleared review, a termination and re-entry, or a period's end, or deregistration — so that states,
 * transitions, entries and trails are what the SDK really makes; events, indications and rejections
 * also with arbitrary content.
 */
final class LifecycleGens {
  static final Gen<Dinas> DINAS = KimGens.regencyCity()
      .map(rc -> Dinas.regencyCity("Dinas Komunikasi dan Informatika " + rc.fullName(), rc));
  static final Gen<TriggerPolicy> TRIGGER_POLICY = in -> TriggerPolicy.builder()
      .asn(Generate.enumValues(CivilServantScope.class).generate(in))
      .affiliationScope(TreeSet.ofAll(nonEmpty(in))).unlawfulActivityScope(TreeSet.ofAll(nonEmpty(in))).build();
  static final Gen<LifecyclePolicy> POLICY = in ->
      LifecyclePolicy.builder().freshnessDays((int) in.next(Constraint.between(0, 90)))
      .triggers(TRIGGER_POLICY.generate(in)).build();
  static final Gen<Indication> INDICATION = in ->
      indication(KimGens.officer().generate(in), Gens.DATE.generate(in), in);
  static final Gen<ProvenTrigger> PROVEN = in -> ProvenTrigger.builder().trigger(trigger(in))
      .proof(KimGens.documentRef().generate(in)).evidence(List.ofAll(few(ExplainGens.EVIDENCE).generate(in))).build();
  static final Gen<AuditTrail> TRAIL = LifecycleGens::journey;
  static final Gen<LifecycleState> STATE = TRAIL.map(t -> t.state().get());
  static final Gen<AuditEntry> ENTRY = Gens.oneOf(in -> journey(in).entries().toJavaList());
  static final Gen<Transition> TRANSITION = Gens.oneOf(in -> transitions(journey(in)));
  static final Gen<Register> REGISTER = in ->
      Register.builder().by(KimGens.officer().generate(in)).on(Gens.DATE.generate(in))
      .evidence(List.ofAll(few(ExplainGens.EVIDENCE).generate(in)))
      .documents(List.ofAll(few(KimGens.documentRef()).generate(in)))
      .communityNumber(KimGens.communityNumber().generate(in)).build();
  static final Gen<EnterMapping> ENTER_MAPPING = in ->
      EnterMapping.builder().by(KimGens.officer().generate(in)).on(Gens.DATE.generate(in))
      .evidence(List.ofAll(few(ExplainGens.EVIDENCE).generate(in))).mappingEntry(ExplainGens.DECISION.generate(in))
      .build();
  static final Gen<Categorise> CATEGORISE =
      in ->
          Categorise.builder()
              .by(KimGens.officer().generate(in))
              .on(Gens.DATE.generate(in))
              .rationale(Option.ofOptional(Gens.MAYBE_TEXT.generate(in)))
              .build();
  static final Gen<Designate> DESIGNATE = in ->
      Designate.builder().by(KimGens.officer().generate(in)).on(Gens.DATE.generate(in))
      .period(KimGens.partnershipPeriod().generate(in)).eligibility(ExplainGens.DECISION.generate(in))
      .documents(List.ofAll(few(KimGens.documentRef()).generate(in))).build();
  static final Gen<OpenReview> OPEN_REVIEW = in -> OpenReview.of(KimGens.officer().generate(in), Gens.DATE.generate(in),
      List.ofAll(few(INDICATION).generate(in)));
  static final Gen<ClearReview> CLEAR_REVIEW = in ->
      ClearReview.of(KimGens.officer().generate(in), Gens.DATE.generate(in),
      Gens.TEXT.generate(in));
  static final Gen<Terminate> TERMINATE = in -> Terminate.of(KimGens.officer().generate(in), Gens.DATE.generate(in),
      List.ofAll(few(PROVEN).generate(in)));
  static final Gen<PeriodEnded> PERIOD_ENDED = in ->
      PeriodEnded.of(KimGens.officer().generate(in), Gens.DATE.generate(in));
  static final Gen<Deregister> DEREGISTER = in ->
      Deregister.builder().by(KimGens.officer().generate(in)).on(Gens.DATE.generate(in))
      .reason(Generate.enumValues(DeregistrationReason.class).generate(in))
      .evidence(List.ofAll(few(ExplainGens.EVIDENCE).generate(in)))
      .build();
  static final Gen<LifecycleEvent> EVENT = Generate.oneOf(REGISTER.map(e -> (LifecycleEvent) e),
      ENTER_MAPPING.map(e -> e),
      CATEGORISE.map(e -> e), DESIGNATE.map(e -> e), OPEN_REVIEW.map(e -> e), CLEAR_REVIEW.map(e -> e),
      TERMINATE.map(e -> e),
      PERIOD_ENDED.map(e -> e), DEREGISTER.map(e -> e));
  static final Gen<Rejection> REJECTION =
      in -> {
        AuditTrail t = journey(in);
        Either<Rejection, AuditTrail> refused =
            t.record(
                Register.of(
                    officer(t.initial().dinas(), in),
                    t.state().get().since(),
                    number(t.initial().dinas(), in)),
                t.state().get().since());
        return refused.isLeft() && in.next(Constraint.between(0, 1)) == 0
            ? refused.getLeft()
            : Rejection.builder()
                .event(Generate.enumValues(EventKind.class).generate(in))
                .state(Generate.enumValues(Status.class).generate(in))
                .rules(List.ofAll(few(ExplainGens.RULE_ID).generate(in)))
                .reason(ExplainGens.MESSAGE.generate(in))
                .entry(Option.ofOptional(Generate.constant(3).toOptionals(50).generate(in)))
                .build();
      };

  private LifecycleGens() {}

  private static java.util.List<TriggerSubject> nonEmpty(RandomnessSource in) {
    java.util.List<TriggerSubject> all = new ArrayList<>(java.util.List.of(TriggerSubject.values()));
    int drop = (int) in.next(Constraint.between(0, 2));
    return all.subList(drop, all.size());
  }

  private static TerminationTrigger trigger(RandomnessSource in) {
    return Generate.enumValues(TerminationTrigger.class).generate(in);
  }

  private static Indication indication(Officer by, LocalDate on, RandomnessSource in) {
    return Indication.builder().trigger(trigger(in)).subject(Generate.enumValues(TriggerSubject.class).generate(in))
        .source(Generate.enumValues(IndicationSource.class).generate(in))
        .evidence(List.of(Evidence.of("laporan", WORDS.generate(in))).appendAll(few(ExplainGens.EVIDENCE).generate(in)))
        .documents(List.ofAll(few(KimGens.documentRef()).generate(in))).reportedBy(by).reportedOn(on).build();
  }

  private static Officer officer(Dinas dinas, RandomnessSource in) {
    return Officer.builder().name(KimGens.personName().generate(in)).position("Kepala Bidang IKP").dinas(dinas).build();
  }

  private static CommunityNumber number(Dinas dinas, RandomnessSource in) {
    return CommunityNumber.of("KIM/" + in.next(Constraint.between(1000, 9999)) + "/0"
        + in.next(Constraint.between(10, 99)),
        dinas.regencyCity().get());
  }

  private static Decision eligible(LocalDate asOf) {
    Finding f = Finding.builder().ruleId(RuleId.of("PARTNER-LEGAL-1"))
        .citation(Citation.of("II.B.4", "Surat Keputusan dari Kepala Desa/Lurah/atau sebutan lainnya"))
        .outcome(Outcome.SATISFIED).message(Message.of("id.kim.rules.explain.Messages", "word.verdict")).build();
    return Decision.builder().question(Message.of("id.kim.rules.explain.Messages", "word.verdict")).subject("KIM")
        .findings(List.of(f)).ruleSet(RuleSetRef.of("juknis-2022", "2022.08.30")).asOf(asOf).build();
  }

  private static Decision mappingEntry(String kimName, LocalDate asOf) {
    Finding f = Finding.builder().ruleId(RuleId.of("MAP-ENTRY-3"))
        .citation(Citation.of("II.B.3", "c. Memiliki Surat Keputusan (SK) Kepala Desa/ Lurah"))
        .outcome(Outcome.SATISFIED).message(Message.of("id.kim.rules.explain.Messages", "word.verdict")).build();
    return Decision.builder().question(Eligibility.MAPPING_ENTRY_QUESTION).subject(kimName)
        .findings(List.of(f)).ruleSet(RuleSetRef.of("juknis-2022.mapping-entry", "2022.08.30")).asOf(asOf).build();
  }

  /** A journey: the happy path up to a random step, then one of the ways a partnership goes on or ends. */
  private static AuditTrail journey(RandomnessSource in) {
    Dinas dinas = DINAS.generate(in);
    Officer by = officer(dinas, in);
    LocalDate day = LocalDate.of(2024, 1, 1).plusDays(in.next(Constraint.between(0, 700)));
    AuditTrail trail = AuditTrail.start(KimGens.kimRef().generate(in).name(), dinas, day);
    LifecyclePolicy policy = in.next(Constraint.between(0, 2)) == 0 ? POLICY.generate(in) : LifecyclePolicy.standard();
    Lifecycle lifecycle = Lifecycle.of(policy);
    int steps = (int) in.next(Constraint.between(0, 8));
    for (int i = 0; i < steps; i++) {
      day = day.plusDays(in.next(Constraint.between(1, 20)));
      LifecycleEvent event = switch (i) {
        case 0 -> Register.of(by, day, number(dinas, in));
        case 1 -> EnterMapping.of(by, day, mappingEntry(trail.state().get().kimName(), day));
        case 2 -> Categorise.builder()
            .by(by)
            .on(day)
            .rationale(Option.ofOptional(WORDS.toOptionals(50).generate(in)))
            .build();
        case 3 -> {
          Period period = Period.of(day, day.plusDays(in.next(Constraint.between(30, 200))));
          yield Designate.of(by, day, PartnershipPeriod.of(period, WORDS.generate(in)), eligible(day));
        }
        case 4 -> OpenReview.of(by, day, List.of(indication(by, day, in))
            .filter(x -> policy.triggers().covers(x.trigger(), x.subject()))
            .appendAll(List.of(Indication.reported(TerminationTrigger.UNLAWFUL_ACTIVITY, TriggerSubject.KIM,
                List.of(Evidence.of("laporan", "surat warga")), by, day))));
        case 5 -> ending(trail, by, day, in);
        default -> Categorise.of(by, day, "Keputusan baru setelah peninjauan");
      };
      Either<Rejection, AuditTrail> next = trail.record(lifecycle, event, day);
      if (next.isLeft()) {
        break;
      }
      trail = next.get();
    }
    return trail;
  }

  private static LifecycleEvent ending(AuditTrail trail, Officer by, LocalDate day, RandomnessSource in) {
    switch ((int) in.next(Constraint.between(0, 2))) {
      case 0 -> {
        return ClearReview.of(by, day, WORDS.generate(in));
      }
      case 1 -> {
        TerminationTrigger proven = trail.state().get().openIndications().head().trigger();
        return Terminate.of(by, day, List.of(ProvenTrigger.of(proven, DocumentRef.of("arsip/bukti-" + day + ".pdf"))));
      }
      default -> {
        return Deregister.builder()
            .from(Deregister.of(by, day, DeregistrationReason.DISSOLVED))
            .documents(List.of(DocumentRef.of("arsip/pembubaran.pdf")))
            .build();
      }
    }
  }

  private static java.util.List<Transition> transitions(AuditTrail trail) {
    java.util.List<Transition> out = new ArrayList<>();
    LifecycleState state = trail.initial();
    for (AuditEntry e : trail.entries()) {
      Transition t = Lifecycle.of(e.ruleSet(), e.policy()).apply(state, e.event(), e.asOf()).get();
      out.add(t);
      state = t.after();
    }
    return out;
  }
}
