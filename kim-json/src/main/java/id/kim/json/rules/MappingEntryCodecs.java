package id.kim.json.rules;

import id.kim.core.community.KimRecord;
import id.kim.core.community.KimRef;
import id.kim.core.validation.FieldViolation;
import id.kim.json.Codec;
import id.kim.json.DecodeFailure;
import id.kim.json.Decoded;
import id.kim.json.Field;
import id.kim.json.JsonProblem;
import id.kim.json.ObjectCodec;
import id.kim.json.Scalars;
import id.kim.json.core.ProfileCodecs;
import id.kim.json.core.RecordCodecs;
import id.kim.json.core.ValidationCodecs;
import id.kim.rules.explain.Decision;
import id.kim.rules.explain.Finding;
import id.kim.rules.mapping.entry.NotAdmitted;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.List;
import java.util.Optional;

/**
 * JSON of the mapping entry (juknis II.B.3, MAP-ENTRY-1..4): a record left out of the mapping
 * ({@link NotAdmitted}) with its {@code record} and either its mapping-entry {@code decision} (never
 * {@code ELIGIBLE}) or its field {@code violations} (invalid data, no decision). {@code kim}, {@code verdict}
 * ({@code NOT_ELIGIBLE}, {@code INCOMPLETE} or {@code INVALID}) and {@code reasons} (the requirements not
 * satisfied, not yet known or not evaluated) are derived: written for readers and, when given on input, they
 * must be what the SDK computes.
 */
public final class MappingEntryCodecs {
  private static final Field<NotAdmitted, Optional<KimRef>> N_KIM =
      Field.derived("kim", NotAdmitted::ref, ProfileCodecs.KIM_REF);
  private static final Field<NotAdmitted, Optional<String>> N_VERDICT =
      Field.derived("verdict", NotAdmitted::code, Scalars.TEXT);
  private static final Field<NotAdmitted, Optional<List<Finding>>> N_REASONS =
      Field.derived("reasons", n -> n.reasons().toJavaList(), Field.listOf(ExplainCodecs.FINDING));
  private static final Field<NotAdmitted, KimRecord> N_RECORD =
      Field.required("record", NotAdmitted::record, RecordCodecs.RECORD);
  private static final Field<NotAdmitted, Optional<Decision>> N_DECISION =
      Field.optional("decision", n -> n.decision().toJavaOptional(), ExplainCodecs.DECISION);
  private static final Field<NotAdmitted, List<FieldViolation>> N_VIOLATIONS =
      Field.array("violations", NotAdmitted::violations, ValidationCodecs.VIOLATION);
  /** A record left out of the mapping, with its decision or its violations (MAP-ENTRY-1..4). */
  public static final Codec<NotAdmitted> NOT_ADMITTED = ObjectCodec.of("NotAdmitted",
      List.of(N_KIM, N_VERDICT, N_RECORD, N_DECISION, N_VIOLATIONS, N_REASONS), MappingEntryCodecs::notAdmitted);

  private MappingEntryCodecs() {}

  private static NotAdmitted notAdmitted(Decoded d) {
    Optional<Decision> decision = d.get(N_DECISION);
    Seq<FieldViolation> violations = io.vavr.collection.List.ofAll(d.get(N_VIOLATIONS));
    if (decision.isPresent() == !violations.isEmpty()) {
      throw DecodeFailure.of(d.path(N_DECISION), JsonProblem.Kind.INVALID_VALUE, "json.notAdmitted.answer");
    }
    Validation<Seq<FieldViolation>, Decision> answer =
        decision.<Validation<Seq<FieldViolation>, Decision>>map(Validation::valid).orElse(Validation.invalid(violations));
    try {
      return NotAdmitted.of(d.get(N_RECORD), answer);
    } catch (IllegalArgumentException e) {
      throw DecodeFailure.of(d.path(N_DECISION), JsonProblem.Kind.INVALID_VALUE, "json.notAdmitted.eligible");
    }
  }
}
