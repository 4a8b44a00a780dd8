package id.kim.json.core;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import id.kim.core.i18n.Lang;
import id.kim.core.region.RegionCode;
import id.kim.core.region.RegionLevel;
import id.kim.json.Codec;
import id.kim.json.DecodeFailure;
import id.kim.json.JsonPath;
import id.kim.json.JsonProblem;
import id.kim.json.JsonSchemas;
import java.io.IOException;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The Kemendagri code (kode wilayah) of a region of one level, written as a JSON string. Reading
 * accepts the dotted form ({@code "51.01.03.2006"}) and plain digits ({@code "5101032006"}); writing
 * gives the dotted form. Text that is no region code, or the code of another level (a kecamatan's
 * code on a village), is an invalid value at its path naming REGION-CODE-1; the problem never
 * repeats the text.
 */
final class RegionCodeCodec implements Codec<RegionCode> {
  /** The rule a malformed code or a code of the wrong level breaks. */
  static final String RULE = "REGION-CODE-1";
  /** The level codes must have; null for a code of any level. */
  private final @Nullable RegionLevel level;
  private final String expected;

  private RegionCodeCodec(@Nullable RegionLevel level) {
    this.level = level;
    this.expected = level == null ? "string (region code, 2, 4, 6 or 10 digits)"
        : "string (" + level.label() + " code, " + level.digits() + " digits)";
  }

  /** @return the codec of a code of any level, e.g. a code standing alone */
  static Codec<RegionCode> any() {
    return new RegionCodeCodec(null);
  }

  /**
   * @param level the level the region's code must have
   * @return the codec of codes of that level
   */
  static Codec<RegionCode> of(RegionLevel level) {
    return new RegionCodeCodec(level);
  }

  @Override
  public String expected() {
    return expected;
  }

  @Override
  public JsonNode schema(JsonSchemas schemas) {
    String pattern = level == null
        ? Arrays.stream(RegionLevel.values()).map(RegionCodeCodec::pattern).collect(Collectors.joining("|"))
        : pattern(level);
    return JsonNodeFactory.instance.objectNode().put("type", "string").put("pattern", pattern)
        .put("description", expected + " (" + RULE + ")");
  }

  @Override
  public void write(RegionCode value, JsonGenerator out, Lang lang) throws IOException {
    out.writeString(value.toString());
  }

  @Override
  public RegionCode read(JsonNode node, JsonPath path) {
    if (!node.isTextual()) {
      throw Codec.wrongType(node, path, this);
    }
    return decode(node.textValue(), path);
  }

  @Override
  public RegionCode read(JsonParser parser, JsonPath path) throws IOException {
    return parser.currentToken() == JsonToken.VALUE_STRING ? decode(parser.getText(), path)
        : read(Codec.tree(parser), path);
  }

  private RegionCode decode(String text, JsonPath path) {
    RegionCode code = RegionCode.tryParse(text).orElseThrow(() -> failure(path, "json.regionCode.malformed"));
    if (level != null && code.level() != level) {
      throw failure(path, "json.regionCode.level", code.level().label());
    }
    return code;
  }

  private DecodeFailure failure(JsonPath path, String key, String... found) {
    JsonProblem.Builder problem = JsonProblem.builder().path(path.toString()).kind(JsonProblem.Kind.INVALID_VALUE)
        .ruleId(RULE);
    if (level == null) {
      problem.messageKey("json.regionCode.any");
    } else {
      problem.messageKey(key).addArgs(level.label(), String.valueOf(level.digits()), example(level))
          .addArgs(found);
    }
    return new DecodeFailure(problem.build());
  }

  /** @return an example code of the level */
  private static String example(RegionLevel level) {
    return switch (level) {
      case PROVINCE -> "51";
      case REGENCY_CITY -> "51.01";
      case DISTRICT -> "51.01.03";
      case VILLAGE -> "51.01.03.2006";
    };
  }

  /** @return what reading accepts for a code of the level, dotted or plain: the pattern the schema gives */
  private static String pattern(RegionLevel level) {
    return switch (level) {
      case PROVINCE -> "^[0-9]{2}$";
      case REGENCY_CITY -> "^([0-9]{2}\\.[0-9]{2}|[0-9]{4})$";
      case DISTRICT -> "^([0-9]{2}\\.[0-9]{2}\\.[0-9]{2}|[0-9]{6})$";
      case VILLAGE -> "^([0-9]{2}\\.[0-9]{2}\\.[0-9]{2}\\.[0-9]{4}|[0-9]{10})$";
    };
  }
}
