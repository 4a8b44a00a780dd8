package id.kim.json.core;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.kim.core.community.KnownAbsence;
import id.kim.core.i18n.Lang;
import id.kim.json.Codec;
import id.kim.json.DecodeFailure;
import id.kim.json.JsonPath;
import id.kim.json.JsonProblem;
import id.kim.json.JsonSchemas;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * JSON of a fact recorded as none (tercatat tidak ada, {@link KnownAbsence}): its field name, e.g.
 * {@code "communityNumber"}, in the array {@code "recordedAsNone"} of the profile (Tabel 3.1 facts) or
 * of the record (documents and checks). An unknown name is refused with the names allowed there; a
 * fact of the other level is refused with where it belongs.
 */
public final class AbsenceCodecs {
  /** A Tabel 3.1 fact: {@code communityNumber}, {@code media}, {@code otherDisseminationMeans}. */
  public static final Codec<KnownAbsence> PROFILE_FACT = new FactCodec(Level.PROFILE);
  /** A fact of documents and checks: {@code decree} … {@code civilServants}. */
  public static final Codec<KnownAbsence> RECORD_FACT = new FactCodec(Level.RECORD);
  /** Any fact, by its field name: the type on its own ({@code KimJson.read("\"media\"", KnownAbsence.class)}). */
  public static final Codec<KnownAbsence> ANY_FACT = new FactCodec(Level.ANY);

  private enum Level {
    PROFILE, RECORD, ANY;

    boolean allows(KnownAbsence fact) {
      return this == ANY || fact.isProfileFact() == (this == PROFILE);
    }
  }

  private AbsenceCodecs() {}

  private static final class FactCodec implements Codec<KnownAbsence> {
    private final Level level;
    private final String allowed;
    private final String expected;

    FactCodec(Level level) {
      this.level = level;
      this.allowed = Arrays.stream(KnownAbsence.values()).filter(level::allows)
          .map(KnownAbsence::fieldName).collect(Collectors.joining(", "));
      this.expected = "string (" + (level == Level.ANY ? "" : level.name().toLowerCase(Locale.ROOT) + " ")
          + "fact recorded as none)";
    }

    @Override
    public String expected() {
      return expected;
    }

    @Override
    public JsonNode schema(JsonSchemas schemas) {
      ObjectNode names = JsonNodeFactory.instance.objectNode().put("type", "string").put("description", expected);
      ArrayNode allowedNames = names.putArray("enum");
      Arrays.stream(KnownAbsence.values()).filter(level::allows).forEach(f -> allowedNames.add(f.fieldName()));
      return names;
    }

    @Override
    public void write(KnownAbsence value, JsonGenerator out, Lang lang) throws IOException {
      out.writeString(value.fieldName());
    }

    @Override
    public KnownAbsence read(JsonNode node, JsonPath path) {
      if (!node.isTextual()) {
        throw Codec.wrongType(node, path, this);
      }
      KnownAbsence fact = KnownAbsence.fromFieldName(node.textValue()).orElseThrow(() ->
          DecodeFailure.of(path, JsonProblem.Kind.INVALID_VALUE, "json.unknownCode", "recordedAsNone", allowed));
      if (!level.allows(fact)) {
        throw DecodeFailure.of(path, JsonProblem.Kind.INVALID_VALUE, level == Level.PROFILE
            ? "json.absence.recordFactOnProfile" : "json.absence.profileFactOnRecord", fact.fieldName(), allowed);
      }
      return fact;
    }
  }
}
