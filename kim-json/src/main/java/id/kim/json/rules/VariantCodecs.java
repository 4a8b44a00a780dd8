package id.kim.json.rules;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import id.kim.core.i18n.Lang;
import id.kim.core.organisation.CivilServantScope;
import id.kim.json.Codec;
import id.kim.json.ComputedFields;
import id.kim.json.DecodeFailure;
import id.kim.json.Decoded;
import id.kim.json.Field;
import id.kim.json.JsonPath;
import id.kim.json.JsonProblem;
import id.kim.json.ObjectCodec;
import id.kim.json.Scalars;
import id.kim.rules.eligibility.AffiliationScope;
import id.kim.rules.eligibility.CommunityNumberRegister;
import id.kim.rules.eligibility.EligibilityPolicy;
import id.kim.rules.eligibility.SignatoryPolicy;
import id.kim.rules.engine.GatePolicy;
import id.kim.rules.evaluation.ContinuationPolicy;
import id.kim.rules.explain.RuleId;
import id.kim.rules.explain.RuleSetRef;
import id.kim.rules.impact.Variant;
import id.kim.rules.mapping.MappingPolicy;
import id.kim.rules.termination.TriggerPolicy;
import io.vavr.collection.TreeSet;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * JSON of a rule variant (docs/json.md "Variant"): its name, the base rule set, the policies of
 * eligibility, termination, mapping and evaluation that differ from the SDK's defaults, and the rules
 * removed. Every setting left out keeps the default; an unknown policy is an unknown field, an unknown
 * value an unknown code, an unknown rule an invalid value — each at its JSONPath. The derived
 * {@code version} is written for readers and checked on input.
 */
public final class VariantCodecs {
  private static final EligibilityPolicy DEFAULTS = EligibilityPolicy.defaults();
  private static final Field<EligibilityPolicy, CivilServantScope> E_ASN = Field.defaulted("asnScope",
      EligibilityPolicy::asnScope, Scalars.code(CivilServantScope.class), DEFAULTS.asnScope());
  private static final Field<EligibilityPolicy, AffiliationScope> E_AFFILIATION = Field.defaulted("affiliationScope",
      EligibilityPolicy::affiliationScope, Scalars.code(AffiliationScope.class), DEFAULTS.affiliationScope());
  private static final Field<EligibilityPolicy, SignatoryPolicy> E_SIGNATORIES = Field.defaulted("signatories",
      EligibilityPolicy::signatories, Scalars.code(SignatoryPolicy.class), DEFAULTS.signatories());
  private static final Field<EligibilityPolicy, GatePolicy> E_GATE = Field.defaulted("qualificationGate",
      EligibilityPolicy::qualificationGate, Scalars.code(GatePolicy.class), DEFAULTS.qualificationGate());
  private static final Field<EligibilityPolicy, CommunityNumberRegister> E_REGISTER = Field.defaulted(
      "communityNumberRegister", EligibilityPolicy::communityNumberRegister,
      Scalars.code(CommunityNumberRegister.class), DEFAULTS.communityNumberRegister());
  /** The eligibility policies (GAP-03, GAP-04, GAP-08, QUAL-ORDER, PARTNER-LEGAL-2); {@code {}} is the defaults. */
  public static final Codec<EligibilityPolicy> ELIGIBILITY_POLICY = ObjectCodec.of("EligibilityPolicy",
      List.of(E_ASN, E_AFFILIATION, E_SIGNATORIES, E_GATE, E_REGISTER),
      d -> EligibilityPolicy.builder().asnScope(d.get(E_ASN)).affiliationScope(d.get(E_AFFILIATION))
          .signatories(d.get(E_SIGNATORIES)).qualificationGate(d.get(E_GATE))
          .communityNumberRegister(d.get(E_REGISTER)).build());

  private static final Field<Variant, String> NAME = Field.required("name", Variant::name, Scalars.TEXT);
  private static final Field<Variant, Optional<String>> DESCRIPTION = Field.optional("description",
      Variant::description, Scalars.TEXT);
  private static final Field<Variant, RuleSetRef> BASE = Field.required("base", Variant::base, ExplainCodecs.RULE_SET);
  private static final Field<Variant, EligibilityPolicy> ELIGIBILITY = Field.defaulted("eligibility",
      Variant::eligibility, ELIGIBILITY_POLICY, DEFAULTS);
  private static final Field<Variant, TriggerPolicy> TERMINATION = Field.defaulted("termination",
      Variant::termination, TerminationCodecs.TRIGGER_POLICY, TriggerPolicy.standard());
  private static final Field<Variant, MappingPolicy> MAPPING = Field.defaulted("mapping", Variant::mapping,
      MappingPolicyCodecs.MAPPING, MappingPolicy.standard());
  private static final Field<Variant, ContinuationPolicy> EVALUATION = Field.defaulted("evaluation",
      Variant::evaluation, EvaluationCodecs.POLICY, ContinuationPolicy.standard());
  private static final Field<Variant, List<RuleId>> REMOVED = Field.array("removedRules", Variant::removedRules,
      removableRule());
  private static final Field<Variant, Optional<String>> VERSION = ComputedFields.derived("version", Variant::version,
      Scalars.TEXT);
  /** A variant of the juknis rules. */
  public static final Codec<Variant> VARIANT = ObjectCodec.of("Variant",
      List.of(NAME, DESCRIPTION, BASE, ELIGIBILITY, TERMINATION, MAPPING, EVALUATION, REMOVED, VERSION),
      VariantCodecs::build);

  private VariantCodecs() {}

  private static Variant build(Decoded d) {
    if (!Variant.NAME.matcher(d.get(NAME)).matches()) {
      throw DecodeFailure.of(d.path(NAME), JsonProblem.Kind.INVALID_VALUE, "json.variant.name");
    }
    if (!d.get(BASE).equals(Variant.JUKNIS_2022)) {
      throw DecodeFailure.of(d.path(BASE), JsonProblem.Kind.INVALID_VALUE, "json.variant.unknownBase",
          Variant.JUKNIS_2022.name(), Variant.JUKNIS_2022.version());
    }
    return Variant.builder().name(d.get(NAME)).description(d.get(DESCRIPTION)).base(d.get(BASE))
        .eligibility(d.get(ELIGIBILITY)).termination(d.get(TERMINATION)).mapping(d.get(MAPPING))
        .evaluation(d.get(EVALUATION)).removedRules(TreeSet.ofAll(d.get(REMOVED))).build();
  }

  /** A rule ID that a variant may remove: one of the eligibility rules of the juknis. */
  private static Codec<RuleId> removableRule() {
    Codec<RuleId> id = ExplainCodecs.RULE_ID;
    return new Codec<>() {
      @Override
      public String expected() {
        return id.expected();
      }

      @Override
      public void write(RuleId value, JsonGenerator out, Lang lang) throws IOException {
        id.write(value, out, lang);
      }

      @Override
      public RuleId read(JsonNode node, JsonPath path) {
        RuleId rule = id.read(node, path);
        if (!Variant.removableRules().contains(rule)) {
          throw DecodeFailure.of(path, JsonProblem.Kind.INVALID_VALUE, "json.variant.unknownRule",
              Variant.removableRules().map(RuleId::value).mkString(", "));
        }
        return rule;
      }
    };
  }
}
