package id.kim.json.rules;

import id.kim.core.agency.Officer;
import id.kim.core.document.DocumentRef;
import id.kim.core.organisation.CivilServantScope;
import id.kim.json.Codec;
import id.kim.json.ComputedFields;
import id.kim.json.Field;
import id.kim.json.ObjectCodec;
import id.kim.json.Scalars;
import id.kim.json.core.AgencyCodecs;
import id.kim.json.core.ContactCodecs;
import id.kim.rules.explain.Evidence;
import id.kim.rules.explain.RuleId;
import id.kim.rules.termination.Indication;
import id.kim.rules.termination.IndicationSource;
import id.kim.rules.termination.TerminationTrigger;
import id.kim.rules.termination.TriggerPolicy;
import id.kim.rules.termination.TriggerSubject;
import io.vavr.collection.TreeSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * JSON of the termination grounds of juknis II.B.6: an {@link Indication} (a ground TERM-1..7
 * indicated — "terindikasi" — which opens a review, TERM-PROC-1) and the {@link TriggerPolicy} of
 * whose acts count (GAP-03/04/05). The ground's rule ID is derived from the trigger, written for
 * readers and checked on input.
 */
public final class TerminationCodecs {
  static final Codec<TerminationTrigger> TRIGGER = Scalars.code(TerminationTrigger.class);
  static final Codec<TriggerSubject> SUBJECT = Scalars.code(TriggerSubject.class);

  private static final Field<Indication, TerminationTrigger> I_TRIGGER = Field.required("trigger", Indication::trigger,
      TRIGGER);
  private static final Field<Indication, Optional<RuleId>> I_RULE = ComputedFields.derived("ruleId", Indication::ruleId,
      ExplainCodecs.RULE_ID);
  private static final Field<Indication, TriggerSubject> I_SUBJECT =
      Field.defaulted("subject", Indication::subject, SUBJECT, TriggerSubject.KIM);
  private static final Field<Indication, IndicationSource> I_SOURCE =
      Field.required("source", Indication::source, Scalars.code(IndicationSource.class));
  private static final Field<Indication, List<Evidence>> I_EVIDENCE = Field.array("evidence", Indication::evidence,
      ExplainCodecs.EVIDENCE);
  private static final Field<Indication, List<DocumentRef>> I_DOCUMENTS =
      Field.array("documents", Indication::documents, ContactCodecs.DOCUMENT);
  private static final Field<Indication, Officer> I_BY = Field.required("reportedBy", Indication::reportedBy,
      AgencyCodecs.OFFICER);
  private static final Field<Indication, LocalDate> I_ON = Field.required("reportedOn", Indication::reportedOn,
      Scalars.DATE);
  /** A ground indicated: what, about whom, on which evidence, detected or reported, by whom and when. */
  public static final Codec<Indication> INDICATION = ObjectCodec.of("Indication",
      List.of(I_TRIGGER, I_RULE, I_SUBJECT, I_SOURCE, I_EVIDENCE, I_DOCUMENTS, I_BY, I_ON),
      d -> Indication.builder().trigger(d.get(I_TRIGGER)).subject(d.get(I_SUBJECT)).source(d.get(I_SOURCE))
          .evidence(io.vavr.collection.List.ofAll(d.get(I_EVIDENCE)))
          .documents(io.vavr.collection.List.ofAll(d.get(I_DOCUMENTS)))
          .reportedBy(d.get(I_BY)).reportedOn(d.get(I_ON)).build());

  private static final Field<TriggerPolicy, CivilServantScope> P_ASN =
      Field.defaulted("asn", TriggerPolicy::asn, Scalars.code(CivilServantScope.class), TriggerPolicy.standard().asn());
  private static final Field<TriggerPolicy, List<TriggerSubject>> P_AFFILIATION = Field.defaulted("affiliationScope",
      p -> p.affiliationScope().toJavaList(), Field.listOf(SUBJECT),
      TriggerPolicy.standard().affiliationScope().toJavaList());
  private static final Field<TriggerPolicy, List<TriggerSubject>> P_UNLAWFUL = Field.defaulted("unlawfulActivityScope",
      p -> p.unlawfulActivityScope().toJavaList(), Field.listOf(SUBJECT),
      TriggerPolicy.standard().unlawfulActivityScope().toJavaList());
  /**
   * Whose acts count (PROPOSED, GAP-03/04/05); a setting left out takes its default; an empty scope is
   * refused (it would switch a ground off).
   */
  public static final Codec<TriggerPolicy> TRIGGER_POLICY = ObjectCodec.of("TriggerPolicy",
      List.of(P_ASN, P_AFFILIATION, P_UNLAWFUL),
      d -> TriggerPolicy.builder().asn(d.get(P_ASN)).affiliationScope(TreeSet.ofAll(d.get(P_AFFILIATION)))
          .unlawfulActivityScope(TreeSet.ofAll(d.get(P_UNLAWFUL))).build());

  private TerminationCodecs() {}
}
