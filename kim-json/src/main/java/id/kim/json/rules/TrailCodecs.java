package id.kim.json.rules;

import id.kim.json.Codec;
import id.kim.json.ComputedFields;
import id.kim.json.Field;
import id.kim.json.ObjectCodec;
import id.kim.json.Scalars;
import id.kim.rules.explain.Message;
import id.kim.rules.explain.RuleId;
import id.kim.rules.explain.RuleSetRef;
import id.kim.rules.lifecycle.AuditEntry;
import id.kim.rules.lifecycle.AuditTrail;
import id.kim.rules.lifecycle.EventKind;
import id.kim.rules.lifecycle.LifecycleEvent;
import id.kim.rules.lifecycle.LifecyclePolicy;
import id.kim.rules.lifecycle.LifecycleState;
import id.kim.rules.lifecycle.Rejection;
import id.kim.rules.lifecycle.Status;
import id.kim.rules.lifecycle.Step;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * JSON of a {@link Rejection} and of the audit trail ({@link AuditTrail}, {@link AuditEntry}). A trail
 * is stored as its first (candidate) state and its entries; read back, it is replayed
 * ({@link AuditTrail#of}) — the current {@code state}, or the {@code broken} entry of a corrupt trail,
 * is written for readers and, when given on input, must be what the replay gives.
 */
public final class TrailCodecs {
  private static final Field<Rejection, EventKind> J_EVENT = Field.required("event", Rejection::event,
      Scalars.code(EventKind.class));
  private static final Field<Rejection, Status> J_STATE = Field.required("state", Rejection::state,
      LifecycleCodecs.STATUS);
  private static final Field<Rejection, Option<Step>> J_STEP = Field.option("step", Rejection::step,
      LifecycleCodecs.STEP);
  private static final Field<Rejection, List<RuleId>> J_RULES = Field.array("rules", Rejection::rules,
      ExplainCodecs.RULE_ID);
  private static final Field<Rejection, Message> J_REASON = Field.required("reason", Rejection::reason,
      ExplainCodecs.MESSAGE);
  private static final Field<Rejection, Option<Integer>> J_ENTRY = Field.option("entry", Rejection::entry, Scalars.INT);
  private static final Field<Rejection, Optional<List<Status>>> J_ALLOWED =
      ComputedFields.derived("allowedIn", r -> r.allowedIn().toJavaList(), Field.listOf(LifecycleCodecs.STATUS));
  private static final Field<Rejection, Optional<String>> J_TEXT = ComputedFields.informative("text",
      Rejection::explain);
  /** Why an event was refused: the event, the state it met, step, rules, reason, and the states that allow it. */
  public static final Codec<Rejection> REJECTION = ObjectCodec.of("Rejection",
      List.of(J_EVENT, J_STATE, J_STEP, J_RULES, J_REASON, J_ENTRY, J_ALLOWED, J_TEXT),
      d -> Rejection.builder().event(d.get(J_EVENT)).state(d.get(J_STATE)).step(d.get(J_STEP))
          .rules(io.vavr.collection.List.ofAll(d.get(J_RULES))).reason(d.get(J_REASON)).entry(d.get(J_ENTRY)).build());

  private static final Field<AuditEntry, Integer> E_SEQUENCE = Field.required("sequence", AuditEntry::sequence,
      Scalars.INT);
  private static final Field<AuditEntry, LifecycleEvent> E_EVENT = Field.required("event", AuditEntry::event,
      EventCodecs.EVENT);
  private static final Field<AuditEntry, LocalDate> E_AS_OF = Field.required("asOf", AuditEntry::asOf, Scalars.DATE);
  private static final Field<AuditEntry, Step> E_STEP = Field.required("step", AuditEntry::step, LifecycleCodecs.STEP);
  private static final Field<AuditEntry, Status> E_STATUS = Field.required("status", AuditEntry::status,
      LifecycleCodecs.STATUS);
  private static final Field<AuditEntry, List<RuleId>> E_RULES = Field.array("rules", AuditEntry::rules,
      ExplainCodecs.RULE_ID);
  private static final Field<AuditEntry, RuleSetRef> E_RULE_SET = Field.required("ruleSet", AuditEntry::ruleSet,
      ExplainCodecs.RULE_SET);
  private static final Field<AuditEntry, LifecyclePolicy> E_POLICY =
      Field.defaulted("policy", AuditEntry::policy, LifecycleCodecs.POLICY, LifecyclePolicy.standard());
  /** One recorded step: sequence, event, as-of day, step, resulting status, rules, rule set and policy. */
  public static final Codec<AuditEntry> ENTRY = ObjectCodec.of("AuditEntry",
      List.of(E_SEQUENCE, E_EVENT, E_AS_OF, E_STEP, E_STATUS, E_RULES, E_RULE_SET, E_POLICY),
      d -> AuditEntry.builder().sequence(d.get(E_SEQUENCE)).event(d.get(E_EVENT)).asOf(d.get(E_AS_OF))
          .step(d.get(E_STEP))
          .status(d.get(E_STATUS)).rules(io.vavr.collection.List.ofAll(d.get(E_RULES))).ruleSet(d.get(E_RULE_SET))
          .policy(d.get(E_POLICY)).build());

  private static final Field<AuditTrail, LifecycleState> A_INITIAL = Field.required("initial", AuditTrail::initial,
      LifecycleCodecs.STATE);
  private static final Field<AuditTrail, List<AuditEntry>> A_ENTRIES = Field.array("entries", AuditTrail::entries,
      ENTRY);
  private static final Field<AuditTrail, Optional<LifecycleState>> A_STATE =
      ComputedFields.derivedOptional("state", t -> t.state().toJavaOptional(), LifecycleCodecs.STATE);
  private static final Field<AuditTrail, Optional<Rejection>> A_BROKEN =
      ComputedFields.derivedOptional("broken", t -> t.state().swap().toJavaOptional(), REJECTION);
  /** The history of one KIM towards one Dinas; read back, it is replayed. */
  public static final Codec<AuditTrail> TRAIL = ObjectCodec.of("AuditTrail",
      List.of(A_INITIAL, A_ENTRIES, A_STATE, A_BROKEN),
      d -> AuditTrail.of(d.get(A_INITIAL), io.vavr.collection.List.ofAll(d.get(A_ENTRIES))));

  private TrailCodecs() {}
}
