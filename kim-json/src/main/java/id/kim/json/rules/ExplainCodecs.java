package id.kim.json.rules;

import id.kim.json.Codec;
import id.kim.json.ComputedFields;
import id.kim.json.DecodeFailure;
import id.kim.json.Decoded;
import id.kim.json.Field;
import id.kim.json.JsonProblem;
import id.kim.json.ObjectCodec;
import id.kim.json.Scalars;
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
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * JSON of the explanation spine every rule family answers in: rule IDs, citations, evidence,
 * messages, findings and decisions. A decision round-trips: messages are written by reference
 * (bundle, key, arguments) plus their rendered {@code text} in the writer's language, which is
 * ignored on input; the {@code verdict} is derived from the findings and, when given on input,
 * must agree with them.
 */
public final class ExplainCodecs {
  /** {@code "PARTNER-LEGAL-1"} */
  public static final Codec<RuleId> RULE_ID = Scalars.text("string (rule ID such as PARTNER-LEGAL-1)", RuleId::of,
      RuleId::value);

  private static final Field<RuleSetRef, String> RS_NAME = Field.required("name", RuleSetRef::name, Scalars.TEXT);
  private static final Field<RuleSetRef, String> RS_VERSION = Field.required("version", RuleSetRef::version,
      Scalars.TEXT);
  /** {@code {"name": "juknis-2022", "version": "2022.08.30"}} */
  public static final Codec<RuleSetRef> RULE_SET = ObjectCodec.of("RuleSetRef", List.of(RS_NAME, RS_VERSION),
      d -> RuleSetRef.of(d.get(RS_NAME), d.get(RS_VERSION)));

  private static final Field<Citation, String> SECTION = Field.required("section", Citation::section, Scalars.TEXT);
  private static final Field<Citation, String> QUOTE = Field.required("quote", Citation::quote, Scalars.TEXT);
  private static final Field<Citation, Boolean> PROPOSED = Field.defaulted("proposed", Citation::proposed,
      Scalars.BOOLEAN, false);
  private static final Field<Citation, Optional<String>> GAP = Field.optional("gap", c -> c.gap().toJavaOptional(),
      Scalars.TEXT);
  /** A juknis citation; a proposed rule names its gap, a juknis rule names none. */
  public static final Codec<Citation> CITATION = ObjectCodec.of("Citation", List.of(SECTION, QUOTE, PROPOSED, GAP),
      ExplainCodecs::citation);

  private static final Field<Evidence, String> EV_NAME = Field.required("name", Evidence::name, Scalars.TEXT);
  private static final Field<Evidence, String> EV_VALUE = Field.required("value", Evidence::value, Scalars.TEXT);
  /** {@code {"name": "decree.validUntil", "value": "2025-06-30"}} — already masked when personal. */
  public static final Codec<Evidence> EVIDENCE = ObjectCodec.of("Evidence", List.of(EV_NAME, EV_VALUE),
      d -> Evidence.of(d.get(EV_NAME), d.get(EV_VALUE)));

  private static final Field<Message, String> BUNDLE = Field.required("bundle", Message::bundle, Scalars.TEXT);
  private static final Field<Message, String> KEY = Field.required("key", Message::key, Scalars.TEXT);
  private static final Field<Message, List<String>> ARGS = Field.array("args", Message::args, Scalars.TEXT);
  private static final Field<Message, Optional<String>> TEXT = ComputedFields.informative("text", Message::render);
  /** A message by reference, with its rendered text. */
  public static final Codec<Message> MESSAGE = ObjectCodec.of("Message", List.of(BUNDLE, KEY, ARGS, TEXT),
      d -> Message.of(d.get(BUNDLE), d.get(KEY), d.get(ARGS).toArray()));

  private static final Field<Finding, RuleId> RULE = Field.required("ruleId", Finding::ruleId, RULE_ID);
  private static final Field<Finding, Citation> F_CITATION = Field.required("citation", Finding::citation, CITATION);
  private static final Field<Finding, Outcome> OUTCOME = Field.required("outcome", Finding::outcome,
      Scalars.code(Outcome.class));
  private static final Field<Finding, Severity> SEVERITY =
      Field.defaulted("severity", Finding::severity, Scalars.code(Severity.class), Severity.REQUIREMENT);
  private static final Field<Finding, List<Evidence>> F_EVIDENCE = Field.array("evidence", Finding::evidence, EVIDENCE);
  private static final Field<Finding, Message> F_MESSAGE = Field.required("message", Finding::message, MESSAGE);
  private static final Field<Finding, Option<Message>> REMEDY = Field.option("remedy", Finding::remedy, MESSAGE);
  /** What one rule concluded. */
  public static final Codec<Finding> FINDING = ObjectCodec.of("Finding",
      List.of(RULE, F_CITATION, OUTCOME, SEVERITY, F_EVIDENCE, F_MESSAGE, REMEDY),
      d -> Finding.builder().ruleId(d.get(RULE)).citation(d.get(F_CITATION)).outcome(d.get(OUTCOME))
          .severity(d.get(SEVERITY))
          .evidence(io.vavr.collection.List.ofAll(d.get(F_EVIDENCE))).message(d.get(F_MESSAGE)).remedy(d.get(REMEDY))
          .build());

  private static final Field<Decision, Message> QUESTION = Field.required("question", Decision::question, MESSAGE);
  private static final Field<Decision, String> SUBJECT = Field.required("subject", Decision::subject, Scalars.TEXT);
  private static final Field<Decision, Optional<Verdict>> VERDICT = ComputedFields.derived("verdict", Decision::verdict,
      Scalars.code(Verdict.class));
  private static final Field<Decision, RuleSetRef> D_RULE_SET = Field.required("ruleSet", Decision::ruleSet, RULE_SET);
  private static final Field<Decision, LocalDate> AS_OF = Field.required("asOf", Decision::asOf, Scalars.DATE);
  private static final Field<Decision, List<Finding>> FINDINGS = Field.array("findings", ExplainCodecs::findings,
      FINDING);
  /** A decision: question, subject, verdict, rule set, as-of date and every finding. */
  public static final Codec<Decision> DECISION = ObjectCodec.of("Decision",
      List.of(QUESTION, SUBJECT, VERDICT, D_RULE_SET, AS_OF, FINDINGS),
      d -> Decision.builder().question(d.get(QUESTION)).subject(d.get(SUBJECT)).ruleSet(d.get(D_RULE_SET))
          .asOf(d.get(AS_OF))
          .findings(io.vavr.collection.List.ofAll(d.get(FINDINGS))).build());

  private ExplainCodecs() {}

  private static Seq<Finding> findings(Decision decision) {
    return decision.findings();
  }

  private static Citation citation(Decoded d) {
    Optional<String> gap = d.get(GAP);
    if (d.get(PROPOSED)) {
      return Citation.proposed(d.get(SECTION), d.get(QUOTE), gap.orElseThrow(() ->
          DecodeFailure.of(d.path(GAP), JsonProblem.Kind.MISSING_FIELD, "json.citation.gapMissing")));
    }
    if (gap.isPresent()) {
      throw DecodeFailure.of(d.path(GAP), JsonProblem.Kind.INVALID_VALUE, "json.citation.gapWithoutProposal");
    }
    return Citation.of(d.get(SECTION), d.get(QUOTE));
  }
}
