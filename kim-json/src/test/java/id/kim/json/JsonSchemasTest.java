package id.kim.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.kim.core.agency.Dinas;
import id.kim.core.community.KimRecord;
import id.kim.core.validation.MissingValueException;
import id.kim.rules.lifecycle.AuditTrail;
import id.kim.rules.lifecycle.LifecycleEvent;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** The JSON Schemas derived from the codecs say what reading accepts: fields, required, codes, dates, variants. */
class JsonSchemasTest {
  private static final String AT = "#/components/schemas/";

  @Test
  void anObjectListsItsFieldsItsRequiredOnesAndNoOthers() {
    JsonSchemas s = JsonSchemas.at(AT);
    assertEquals(AT + "Dinas", s.of(Dinas.class).path("$ref").asText());
    ObjectNode dinas = s.components().get("Dinas");
    assertEquals("object", dinas.path("type").asText());
    assertFalse(dinas.path("additionalProperties").asBoolean(true));
    assertEquals(List.of("name", "level", "province"), texts(dinas.path("required")));
    assertEquals(List.of("PROVINCIAL", "REGENCY_CITY"), texts(dinas.at("/properties/level/enum")));
    assertEquals(AT + "RegencyCity", dinas.at("/properties/regencyCity/$ref").asText());
    assertTrue(s.components().containsKey("Province"), "nested types become components");
  }

  @Test
  void aRegionCodeIsAStringOfItsLevelDottedOrPlain() {
    JsonSchemas s = JsonSchemas.at(AT);
    s.of(Dinas.class);
    s.of(KimRecord.class);
    Map<String, ObjectNode> c = s.components();
    Pattern village = Pattern.compile(c.get("Village").at("/properties/code/pattern").asText());
    assertEquals("string", c.get("Village").at("/properties/code/type").asText());
    assertTrue(village.matcher("51.01.03.2006").matches() && village.matcher("5101032006").matches());
    assertFalse(village.matcher("51.01.03").matches(), "a kecamatan's code on a village (REGION-CODE-1)");
    assertFalse(village.matcher("51.0103.2006").matches());
    Pattern regency = Pattern.compile(
        c.get("RegencyCity").at("/properties/code/pattern").asText());
    assertTrue(regency.matcher("51.01").matches() && regency.matcher("5101").matches());
    assertFalse(regency.matcher("51").matches());
  }

  @Test
  void datesArrayAndRecordedAsNoneCodesAreTyped() {
    JsonSchemas s = JsonSchemas.at(AT);
    s.of(KimRecord.class);
    Map<String, ObjectNode> c = s.components();
    assertEquals("date", c.get("VillageDecree").at("/properties/issuedOn/format").asText());
    assertEquals("array", c.get("KimRecord").at("/properties/recordedAsNone/type").asText());
    assertTrue(texts(c.get("KimRecord").at("/properties/recordedAsNone/items/enum")).contains("decree"));
    assertFalse(texts(c.get("KimRecord").at("/properties/recordedAsNone/items/enum")).contains("media"),
        "media is recorded as none on the profile, not on the record");
    assertEquals(List.of("profile"), texts(c.get("KimRecord").path("required")));
  }

  @Test
  void aFamilyIsOneOfItsVariantsToldApartByTheDiscriminator() {
    JsonSchemas s = JsonSchemas.at(AT);
    s.of(AuditTrail.class);
    ObjectNode event = s.components().get(LifecycleEvent.class.getSimpleName());
    assertEquals("type", event.at("/discriminator/propertyName").asText());
    assertEquals(9, event.path("oneOf").size());
    for (JsonNode variant : event.path("oneOf")) {
      assertEquals(List.of("type"), texts(variant.path("required")));
      String name = variant.path("$ref").asText().substring(AT.length());
      assertTrue(s.components().get(name).at("/properties/type/const").isTextual(), name);
    }
    assertEquals(AT + "Register", event.at("/discriminator/mapping/REGISTER").asText());
  }

  @Test
  void aTypeWithoutCodecOrANullIsRefusedByName() {
    assertThrows(IllegalArgumentException.class, () -> JsonSchemas.at(AT).of(String.class));
    MissingValueException e = assertThrows(MissingValueException.class, () -> JsonSchemas.at(AT).of(null));
    assertTrue(e.getMessage().contains("type"), e.getMessage());
    assertThrows(MissingValueException.class, () -> JsonSchemas.at(null));
  }

  @Test
  void everyTypeOfTheContractHasASchema() {
    JsonSchemas s = JsonSchemas.at(AT);
    for (Class<?> type : KimJson.types()) {
      JsonNode schema = s.of(type);
      assertTrue(schema.has("$ref") || schema.has("type") || schema.has("description"), type.getName());
    }
    assertTrue(s.components().size() > 80, "components: " + s.components().size());
  }

  private static List<String> texts(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
  }
}
