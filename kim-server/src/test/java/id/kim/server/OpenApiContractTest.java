package id.kim.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The contract's input types in {@code /openapi.json} are the schemas kim-json derives from the codecs that
 * read them ({@code JsonSchemas}): the document's copy may not differ from them, and every request body
 * names them. {@code -Dkim.openapi.schemas=FILE} writes the derived schemas to FILE, to put them in the
 * document after a change of the contract.
 */
class OpenApiContractTest {
  private static final JsonNode DOCUMENT = document();

  @Test
  void theDocumentHoldsTheSchemasTheCodecsGive() throws IOException {
    Map<String, ObjectNode> derived = ContractSchemas.components();
    String out = System.getProperty("kim.openapi.schemas");
    if (out != null) {
      ObjectNode all = Http.JSON.createObjectNode();
      all.setAll(derived);
      Files.writeString(Path.of(out), Http.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(all));
    }
    JsonNode schemas = DOCUMENT.path("components").path("schemas");
    derived.forEach((name, schema) -> assertEquals(schema, schemas.path(name),
        () -> name + " differs from what kim-json's codecs give; regenerate with -Dkim.openapi.schemas"));
  }

  @Test
  void everyRequestBodyNamesTheContractTypes() {
    JsonNode s = DOCUMENT.path("components").path("schemas");
    assertRef("KimRecord", s.at("/EligibilityRequest/properties/record"));
    assertRef("KimRecord", s.at("/EligibilityRequest/properties/records/items"));
    assertRef("Dinas", s.at("/EligibilityRequest/properties/dinas"));
    assertRef("KimProfile", s.at("/ValidateRequest/properties/profile"));
    assertRef("KimRecord", s.at("/RecordsRequest/properties/records/items"));
    assertRef("GridAssessment", s.at("/DatasetRequest/properties/grid/items"));
    assertRef("PublicIssue", s.at("/DatasetRequest/properties/issues/items"));
    assertRef("CategoryDecision", s.at("/DatasetRequest/properties/decisions/items"));
    assertRef("MappingPolicy", s.at("/DatasetRequest/properties/mappingPolicy"));
    assertRef("MonitoringRecord", s.at("/DisseminationRequest/properties/monitoring/items"));
    assertRef("MeasurementPeriod", s.at("/DisseminationRequest/properties/period"));
    assertRef("ContinuationPolicy", s.at("/DisseminationRequest/properties/continuationPolicy"));
    assertRef("AuditTrail", s.at("/LifecycleRequest/properties/trail"));
    assertRef("LifecycleState", s.at("/LifecycleRequest/properties/state"));
    assertRef("LifecyclePolicy", s.at("/LifecycleRequest/properties/policy"));
    assertRef("LifecycleEvent", s.at("/LifecycleRequest/properties/event"));
    assertRef("Variant", s.at("/ImpactRequest/properties/variant"));
    assertRef("Variant", s.at("/ImpactRequest/properties/base"));
    assertRef("Dinas", s.at("/ImpactRequest/properties/dinas"));
    assertRef("KimRecord", s.at("/ImpactRequest/properties/records/items"));
    assertTrue(DOCUMENT.toString().indexOf("A value of the KIM SDK JSON contract") < 0, "no bare object is left");
  }

  private static void assertRef(String type, JsonNode schema) {
    assertEquals("#/components/schemas/" + type, schema.path("$ref").asText(), schema::toString);
  }

  private static JsonNode document() {
    try (InputStream in = OpenApiContractTest.class.getResourceAsStream("/id/kim/server/openapi.json")) {
      return Http.JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
