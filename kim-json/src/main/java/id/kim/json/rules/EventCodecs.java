package id.kim.json.rules;

import id.kim.core.agency.Officer;
import id.kim.core.community.CommunityNumber;
import id.kim.core.community.PartnershipPeriod;
import id.kim.core.document.DocumentRef;
import id.kim.json.Codec;
import id.kim.json.ComputedFields;
import id.kim.json.Decoded;
import id.kim.json.Field;
import id.kim.json.ObjectCodec;
import id.kim.json.Scalars;
import id.kim.json.Variants;
import id.kim.json.core.AgencyCodecs;
import id.kim.json.core.ContactCodecs;
import id.kim.json.core.ProfileCodecs;
import id.kim.rules.explain.Decision;
import id.kim.rules.explain.Evidence;
import id.kim.rules.explain.RuleId;
import id.kim.rules.lifecycle.Categorise;
import id.kim.rules.lifecycle.ClearReview;
import id.kim.rules.lifecycle.Deregister;
import id.kim.rules.lifecycle.DeregistrationReason;
import id.kim.rules.lifecycle.Designate;
import id.kim.rules.lifecycle.EnterMapping;
import id.kim.rules.lifecycle.EventKind;
import id.kim.rules.lifecycle.LifecycleEvent;
import id.kim.rules.lifecycle.OpenReview;
import id.kim.rules.lifecycle.PeriodEnded;
import id.kim.rules.lifecycle.ProvenTrigger;
import id.kim.rules.lifecycle.Register;
import id.kim.rules.lifecycle.Terminate;
import id.kim.rules.termination.Indication;
import id.kim.rules.termination.TerminationTrigger;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * JSON of the lifecycle events (RULES.md §3.2, T1–T9), one object per event told apart by
 * {@code "type"}, the stable code of its {@link EventKind}: {@code REGISTER}, {@code ENTER_MAPPING},
 * {@code CATEGORISE}, {@code DESIGNATE}, {@code OPEN_REVIEW}, {@code CLEAR_REVIEW}, {@code TERMINATE},
 * {@code PERIOD_ENDED}, {@code DEREGISTER}. Every event carries who ({@code by}, an officer), when
 * ({@code on}) and on which evidence and documents, then its own fields.
 */
public final class EventCodecs {
  private static final Field<ProvenTrigger, TerminationTrigger> P_TRIGGER =
      Field.required("trigger", ProvenTrigger::trigger, TerminationCodecs.TRIGGER);
  private static final Field<ProvenTrigger, Optional<RuleId>> P_RULE = ComputedFields.derived("ruleId",
      ProvenTrigger::ruleId, ExplainCodecs.RULE_ID);
  private static final Field<ProvenTrigger, DocumentRef> P_PROOF = Field.required("proof", ProvenTrigger::proof,
      ContactCodecs.DOCUMENT);
  private static final Field<ProvenTrigger, List<Evidence>> P_EVIDENCE = Field.array("evidence",
      ProvenTrigger::evidence, ExplainCodecs.EVIDENCE);
  /** A ground proven in the review, with its proof (TERM-PROC-2). */
  public static final Codec<ProvenTrigger> PROVEN = ObjectCodec.of("ProvenTrigger",
      List.of(P_TRIGGER, P_RULE, P_PROOF, P_EVIDENCE),
      d -> ProvenTrigger.builder().trigger(d.get(P_TRIGGER)).proof(d.get(P_PROOF))
          .evidence(io.vavr.collection.List.ofAll(d.get(P_EVIDENCE))).build());

  private static final Common<Register> REG = new Common<>(EventKind.REGISTER);
  private static final Field<Register, CommunityNumber> REG_NUMBER =
      Field.required("communityNumber", Register::communityNumber, ProfileCodecs.COMMUNITY_NUMBER);
  /** T1: registration; the Nomor Induk Komunitas issued. */
  public static final Codec<Register> REGISTER = REG.codec("Register", List.of(REG_NUMBER),
      d -> Register.builder().by(d.get(REG.by)).on(d.get(REG.on)).evidence(REG.evidence(d)).documents(REG.documents(d))
          .communityNumber(d.get(REG_NUMBER)).build());

  private static final Common<EnterMapping> MAP = new Common<>(EventKind.ENTER_MAPPING);
  private static final Field<EnterMapping, Decision> MAP_ENTRY =
      Field.required("mappingEntry", EnterMapping::mappingEntry, ExplainCodecs.DECISION);
  /** T2: entry into the mapping, on a mapping-entry decision (MAP-ENTRY-1..4, II.B.3). */
  public static final Codec<EnterMapping> ENTER_MAPPING = MAP.codec("EnterMapping", List.of(MAP_ENTRY),
      d -> EnterMapping.builder().by(d.get(MAP.by)).on(d.get(MAP.on)).evidence(MAP.evidence(d))
          .documents(MAP.documents(d))
          .mappingEntry(d.get(MAP_ENTRY)).build());

  private static final Common<Categorise> CAT = new Common<>(EventKind.CATEGORISE);
  private static final Field<Categorise, Option<String>> CAT_RATIONALE = Field.option("rationale",
      Categorise::rationale, Scalars.TEXT);
  /** T3, T3b, T3r: categorisation, with a rationale (required for a re-entry after termination). */
  public static final Codec<Categorise> CATEGORISE = CAT.codec("Categorise", List.of(CAT_RATIONALE),
      d -> Categorise.builder().by(d.get(CAT.by)).on(d.get(CAT.on)).evidence(CAT.evidence(d))
          .documents(CAT.documents(d))
          .rationale(d.get(CAT_RATIONALE)).build());

  private static final Common<Designate> DES = new Common<>(EventKind.DESIGNATE);
  private static final Field<Designate, PartnershipPeriod> DES_PERIOD =
      Field.required("period", Designate::period, ProfileCodecs.PARTNERSHIP_PERIOD);
  private static final Field<Designate, Decision> DES_ELIGIBILITY = Field.required("eligibility",
      Designate::eligibility, ExplainCodecs.DECISION);
  /** T4, T4b: designation as partner for a period, on an eligibility decision. */
  public static final Codec<Designate> DESIGNATE = DES.codec("Designate", List.of(DES_PERIOD, DES_ELIGIBILITY),
      d -> Designate.builder().by(d.get(DES.by)).on(d.get(DES.on)).evidence(DES.evidence(d)).documents(DES.documents(d))
          .period(d.get(DES_PERIOD)).eligibility(d.get(DES_ELIGIBILITY)).build());

  private static final Common<OpenReview> OPEN = new Common<>(EventKind.OPEN_REVIEW);
  private static final Field<OpenReview, List<Indication>> OPEN_INDICATIONS =
      Field.array("indications", OpenReview::indications, TerminationCodecs.INDICATION);
  /** T5, T5b: a review opened on indicated grounds (TERM-PROC-1). */
  public static final Codec<OpenReview> OPEN_REVIEW = OPEN.codec("OpenReview", List.of(OPEN_INDICATIONS),
      d -> OpenReview.builder().by(d.get(OPEN.by)).on(d.get(OPEN.on)).evidence(OPEN.evidence(d))
          .documents(OPEN.documents(d))
          .indications(io.vavr.collection.List.ofAll(d.get(OPEN_INDICATIONS))).build());

  private static final Common<ClearReview> CLEAR = new Common<>(EventKind.CLEAR_REVIEW);
  private static final Field<ClearReview, String> CLEAR_RATIONALE = Field.required("rationale", ClearReview::rationale,
      Scalars.TEXT);
  /** T7: the review closed without proof (GAP-37). */
  public static final Codec<ClearReview> CLEAR_REVIEW = CLEAR.codec("ClearReview", List.of(CLEAR_RATIONALE),
      d -> ClearReview.builder().by(d.get(CLEAR.by)).on(d.get(CLEAR.on)).evidence(CLEAR.evidence(d))
          .documents(CLEAR.documents(d))
          .rationale(d.get(CLEAR_RATIONALE)).build());

  private static final Common<Terminate> TERM = new Common<>(EventKind.TERMINATE);
  private static final Field<Terminate, List<ProvenTrigger>> TERM_PROVEN = Field.array("proven", Terminate::proven,
      PROVEN);
  /** T6: termination on proven grounds (TERM-PROC-2). */
  public static final Codec<Terminate> TERMINATE = TERM.codec("Terminate", List.of(TERM_PROVEN),
      d -> Terminate.builder().by(d.get(TERM.by)).on(d.get(TERM.on)).evidence(TERM.evidence(d))
          .documents(TERM.documents(d))
          .proven(io.vavr.collection.List.ofAll(d.get(TERM_PROVEN))).build());

  private static final Common<PeriodEnded> END = new Common<>(EventKind.PERIOD_ENDED);
  /** T8, T8b: partnership periods ended. */
  public static final Codec<PeriodEnded> PERIOD_ENDED = END.codec("PeriodEnded", List.of(), d ->
      PeriodEnded.builder().by(d.get(END.by)).on(d.get(END.on)).evidence(END.evidence(d)).documents(END.documents(d))
          .build());

  private static final Common<Deregister> DEREG = new Common<>(EventKind.DEREGISTER);
  private static final Field<Deregister, DeregistrationReason> DEREG_REASON =
      Field.required("reason", Deregister::reason, Scalars.code(DeregistrationReason.class));
  /** T9: a non-partner leaves the register. */
  public static final Codec<Deregister> DEREGISTER = DEREG.codec("Deregister", List.of(DEREG_REASON),
      d -> Deregister.builder().by(d.get(DEREG.by)).on(d.get(DEREG.on)).evidence(DEREG.evidence(d))
          .documents(DEREG.documents(d))
          .reason(d.get(DEREG_REASON)).build());

  /** Any event, by its {@code "type"}. */
  public static final Codec<LifecycleEvent> EVENT = Variants.<LifecycleEvent>of("LifecycleEvent", "type", e ->
      e.kind().name())
      .with(EventKind.REGISTER.name(), REGISTER).with(EventKind.ENTER_MAPPING.name(), ENTER_MAPPING)
      .with(EventKind.CATEGORISE.name(), CATEGORISE).with(EventKind.DESIGNATE.name(), DESIGNATE)
      .with(EventKind.OPEN_REVIEW.name(), OPEN_REVIEW).with(EventKind.CLEAR_REVIEW.name(), CLEAR_REVIEW)
      .with(EventKind.TERMINATE.name(), TERMINATE).with(EventKind.PERIOD_ENDED.name(), PERIOD_ENDED)
      .with(EventKind.DEREGISTER.name(), DEREGISTER).build();

  private EventCodecs() {}

  /** What every event has: its type, who, when, evidence and documents. */
  private static final class Common<T extends LifecycleEvent> {
    final Field<T, Optional<String>> type;
    final Field<T, Officer> by = Field.required("by", LifecycleEvent::by, AgencyCodecs.OFFICER);
    final Field<T, LocalDate> on = Field.required("on", LifecycleEvent::on, Scalars.DATE);
    final Field<T, List<Evidence>> evidence = Field.array("evidence", LifecycleEvent::evidence, ExplainCodecs.EVIDENCE);
    final Field<T, List<DocumentRef>> documents = Field.array("documents", LifecycleEvent::documents,
        ContactCodecs.DOCUMENT);

    Common(EventKind kind) {
      this.type = ComputedFields.tag("type", kind.name());
    }

    ObjectCodec<T> codec(String typeName, List<Field<T, ?>> own, Function<Decoded, T> build) {
      List<Field<T, ?>> all = new ArrayList<>(List.of(type, by, on));
      all.addAll(own);
      all.add(evidence);
      all.add(documents);
      return ObjectCodec.of(typeName, all, build);
    }

    Seq<Evidence> evidence(Decoded d) {
      return io.vavr.collection.List.ofAll(d.get(evidence));
    }

    Seq<DocumentRef> documents(Decoded d) {
      return io.vavr.collection.List.ofAll(d.get(documents));
    }
  }
}
