package id.kim.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.kim.core.agency.Dinas;
import id.kim.core.community.KimProfile;
import id.kim.core.community.KimRecord;
import id.kim.core.monitoring.MonitoringRecord;
import id.kim.core.validation.FieldViolation;
import id.kim.json.JsonSchemas;
import id.kim.rules.evaluation.ContinuationPolicy;
import id.kim.rules.evaluation.MeasurementPeriod;
import id.kim.rules.impact.Variant;
import id.kim.rules.lifecycle.AuditTrail;
import id.kim.rules.lifecycle.LifecycleEvent;
import id.kim.rules.lifecycle.LifecyclePolicy;
import id.kim.rules.lifecycle.LifecycleState;
import id.kim.rules.mapping.MappingPolicy;
import id.kim.rules.mapping.MappingRejection;
import id.kim.rules.mapping.grid.CategoryDecision;
import id.kim.rules.mapping.grid.GridAssessment;
import id.kim.rules.mapping.issue.PublicIssue;
import id.kim.rules.mapping.report.MappingReport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The JSON Schemas of the contract's input types (and of the contract's values in answers) as kim-json
 * derives them from its codecs ({@link JsonSchemas}): what {@code /openapi.json} must hold under
 * {@code components.schemas}.
 */
final class ContractSchemas {
  /** The contract types the service reads from a request body. */
  static final List<Class<?>> INPUTS = List.of(Dinas.class, KimProfile.class, KimRecord.class, AuditTrail.class,
      LifecycleState.class, LifecyclePolicy.class, LifecycleEvent.class, GridAssessment.class, PublicIssue.class,
      CategoryDecision.class, MappingPolicy.class, MonitoringRecord.class, MeasurementPeriod.class,
      ContinuationPolicy.class, Variant.class);
  /** The contract types the service writes into an answer (beside those it reads). */
  static final List<Class<?>> OUTPUTS = List.of(FieldViolation.class, MappingReport.class, MappingRejection.class);

  private ContractSchemas() {}

  /** @return each component's name and schema, as the codecs give them */
  static Map<String, ObjectNode> components() {
    JsonSchemas schemas = JsonSchemas.at("#/components/schemas/");
    for (Class<?> type : Stream.concat(INPUTS.stream(), OUTPUTS.stream()).toList()) {
      JsonNode ref = schemas.of(type);
      if (!ref.path("$ref").asText().endsWith("/" + type.getSimpleName())) {
        throw new IllegalStateException(type.getSimpleName() + " is named " + ref);
      }
    }
    return new LinkedHashMap<>(schemas.components());
  }
}
