package id.kim.json.rules;

import id.kim.core.agency.Dinas;
import id.kim.core.community.KimRecord;
import id.kim.core.community.KimRef;
import id.kim.core.validation.FieldViolation;
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
import id.kim.json.core.RecordCodecs;
import id.kim.json.core.ValidationCodecs;
import id.kim.rules.eligibility.Juknis2022;
import id.kim.rules.explain.Decision;
import id.kim.rules.explain.Finding;
import id.kim.rules.explain.RuleSetRef;
import id.kim.rules.mapping.entry.AdmittedKim;
import id.kim.rules.mapping.entry.MappingEntrants;
import id.kim.rules.mapping.entry.NotAdmitted;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * JSON of the mapping entry (juknis II.B.3, MAP-ENTRY-1..4): a record left out of the mapping
 * ({@link NotAdmitted}) with its {@code record} and either its mapping-entry {@code decision} (never
 * {@code ELIGIBLE}) or its field {@code violations} (invalid data, no decision). {@code kim}, {@code verdict}
 * ({@code NOT_ELIGIBLE}, {@code INCOMPLETE} or {@code INVALID}) and {@code reasons} (the requirements not
 * satisfied, not yet known or not evaluated) are derived: written for readers and, when given on input, they
 * must be what the SDK computes. And the entrants of a mapping ({@link MappingEntrants}), decided again on
 * input.
 */
public final class MappingEntryCodecs {
  private static final Field<NotAdmitted, Optional<KimRef>> N_KIM =
      ComputedFields.derived("kim", NotAdmitted::ref, ProfileCodecs.KIM_REF);
  private static final Field<NotAdmitted, Optional<String>> N_VERDICT =
      ComputedFields.derived("verdict", NotAdmitted::code, Scalars.TEXT);
  private static final Field<NotAdmitted, Optional<List<Finding>>> N_REASONS =
      ComputedFields.derived("reasons", n -> n.reasons().toJavaList(), Field.listOf(ExplainCodecs.FINDING));
  private static final Field<NotAdmitted, KimRecord> N_RECORD =
      Field.required("record", NotAdmitted::record, RecordCodecs.RECORD);
  private static final Field<NotAdmitted, Optional<Decision>> N_DECISION =
      Field.optional("decision", n -> n.decision().toJavaOptional(), ExplainCodecs.DECISION);
  private static final Field<NotAdmitted, List<FieldViolation>> N_VIOLATIONS =
      Field.array("violations", NotAdmitted::violations, ValidationCodecs.VIOLATION);
  /** A record left out of the mapping, with its decision or its violations (MAP-ENTRY-1..4). */
  public static final Codec<NotAdmitted> NOT_ADMITTED = ObjectCodec.of("NotAdmitted",
      List.of(N_KIM, N_VERDICT, N_RECORD, N_DECISION, N_VIOLATIONS, N_REASONS), MappingEntryCodecs::notAdmitted);

  private static final Field<MappingEntrants, Dinas> E_DINAS = Field.required("dinas", MappingEntrants::dinas,
      AgencyCodecs.DINAS);
  private static final Field<MappingEntrants, LocalDate> E_AS_OF = Field.required("asOf", MappingEntrants::asOf,
      Scalars.DATE);
  private static final Field<MappingEntrants, RuleSetRef> E_RULE_SET =
      Field.required("ruleSet", MappingEntrants::ruleSet, ExplainCodecs.RULE_SET);
  private static final Field<MappingEntrants, List<KimRecord>> E_RECORDS = Field.array("records",
      e -> e.admitted().map(AdmittedKim::record).appendAll(e.notAdmitted().map(NotAdmitted::record)),
      RecordCodecs.RECORD);
  private static final Field<MappingEntrants, Optional<List<KimRef>>> E_ADMITTED = ComputedFields.derived("admitted",
      e -> e.admitted().map(AdmittedKim::ref).toJavaList(), Field.listOf(ProfileCodecs.KIM_REF));
  /**
   * The records a Dinas brought to its mapping, split by MAP-ENTRY-1..4: stored as the Dinas, the day, the rule
   * set and the records (the admitted first), and decided again on input — an {@code AdmittedKim} is never
   * taken on trust. Only the juknis' own rule set can be decided again; {@code admitted} is derived.
   */
  public static final Codec<MappingEntrants> ENTRANTS = ObjectCodec.of("MappingEntrants",
      List.of(E_DINAS, E_AS_OF, E_RULE_SET, E_ADMITTED, E_RECORDS), MappingEntryCodecs::entrants);

  private MappingEntryCodecs() {}

  private static MappingEntrants entrants(Decoded d) {
    if (!d.get(E_RULE_SET).equals(Juknis2022.MAPPING_ENTRY.ref())) {
      throw DecodeFailure.of(d.path(E_RULE_SET), JsonProblem.Kind.INVALID_VALUE, "json.entrants.ruleSet",
          d.get(E_RULE_SET).toString(), Juknis2022.MAPPING_ENTRY.ref().toString());
    }
    return MappingEntrants.decide(d.get(E_DINAS), d.get(E_RECORDS), d.get(E_AS_OF));
  }

  private static NotAdmitted notAdmitted(Decoded d) {
    Optional<Decision> decision = d.get(N_DECISION);
    Seq<FieldViolation> violations = io.vavr.collection.List.ofAll(d.get(N_VIOLATIONS));
    if (decision.isPresent() == !violations.isEmpty()) {
      throw DecodeFailure.of(d.path(N_DECISION), JsonProblem.Kind.INVALID_VALUE, "json.notAdmitted.answer");
    }
    Validation<Seq<FieldViolation>, Decision> answer =
        decision.<Validation<Seq<FieldViolation>, Decision>>map(Validation::valid)
            .orElse(Validation.invalid(violations));
    try {
      return NotAdmitted.of(d.get(N_RECORD), answer);
    } catch (IllegalArgumentException e) {
      throw DecodeFailure.of(d.path(N_DECISION), JsonProblem.Kind.INVALID_VALUE, "json.notAdmitted.eligible");
    }
  }
}
