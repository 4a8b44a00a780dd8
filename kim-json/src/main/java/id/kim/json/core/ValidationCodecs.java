package id.kim.json.core;

import id.kim.core.validation.FieldViolation;
import id.kim.json.Codec;
import id.kim.json.ComputedFields;
import id.kim.json.Field;
import id.kim.json.MapFields;
import id.kim.json.ObjectCodec;
import id.kim.json.Scalars;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** JSON of a validation finding ({@link FieldViolation}); its rejected value is already masked. */
public final class ValidationCodecs {
  private static final Field<FieldViolation, String> PATH = Field.required("path", FieldViolation::path, Scalars.TEXT);
  private static final Field<FieldViolation, String> CONSTRAINT = Field.required("constraint",
      FieldViolation::constraint, Scalars.TEXT);
  private static final Field<FieldViolation, String> KEY = Field.required("messageKey", FieldViolation::messageKey,
      Scalars.TEXT);
  private static final Field<FieldViolation, Optional<String>> MESSAGE = ComputedFields.informative("message",
      FieldViolation::message);
  private static final Field<FieldViolation, String> REJECTED = Field.required("rejectedValue",
      FieldViolation::rejectedValue, Scalars.TEXT);
  private static final Field<FieldViolation, Optional<String>> RULE = Field.optional("ruleId", FieldViolation::ruleId,
      Scalars.TEXT);
  private static final Field<FieldViolation, Map<String, String>> ATTRIBUTES = MapFields.textMap("attributes",
      FieldViolation::attributes);
  /** A violation; {@code message} is the rendered text in the writer's language, ignored on input. */
  public static final Codec<FieldViolation> VIOLATION = ObjectCodec.of("FieldViolation",
      List.of(PATH, CONSTRAINT, KEY, MESSAGE, REJECTED, RULE, ATTRIBUTES),
      d -> FieldViolation.builder().path(d.get(PATH)).constraint(d.get(CONSTRAINT)).messageKey(d.get(KEY))
          .rejectedValue(d.get(REJECTED)).ruleId(d.get(RULE)).attributes(d.get(ATTRIBUTES)).build());

  private ValidationCodecs() {}
}
