package id.kim.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import id.kim.core.monitoring.MonitoringRecord;
import id.kim.core.region.RegionDirectory;
import id.kim.regions.RegionRegister;
import id.kim.report.data.Dataset;
import id.kim.report.data.Input;
import id.kim.report.data.Inputs;
import id.kim.rules.mapping.MappingPolicy;
import id.kim.rules.mapping.grid.CategoryDecision;
import id.kim.rules.mapping.grid.GridAssessment;
import id.kim.rules.mapping.issue.PublicIssue;
import id.kim.server.problem.ProblemException;
import id.kim.server.problem.Problems;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The inputs of kim-report's pipeline in one request body — {@code dinas}, {@code asOf}, {@code records},
 * and optionally {@code grid}, {@code issues}, {@code decisions}, {@code mappingPolicy},
 * {@code monitoring} — each read and validated through the JSON contract (every refused part a 422
 * error at its pointer), then joined into a {@link Dataset} exactly as the {@code kim} command joins its files.
 *
 * @param data the joined inputs
 * @param asOf the as-of date
 */
record DatasetRequest(Dataset data, LocalDate asOf) {
  /** The fields of such a body. */
  static final String[] FIELDS = {"dinas", "asOf", "records", "grid", "issues", "decisions", "mappingPolicy",
      "monitoring"};

  /**
   * @param body the request body, opened with at least {@link #FIELDS}
   * @param extra called to read the endpoint's own fields before the problems are answered
   * @return the dataset, its region codes checked against kim-regions' published register
   * @throws ProblemException 422 with every problem of the body
   */
  static DatasetRequest read(JsonRequest body, Runnable extra) {
    return read(body, extra, Optional.of(RegionRegister.bundled()));
  }

  /**
   * @param body the request body, opened with at least {@link #FIELDS}
   * @param extra called to read the endpoint's own fields before the problems are answered
   * @param regions the register the data's region codes are checked against (the server's {@code --regions}),
   *     or empty for none
   * @return the dataset
   * @throws ProblemException 422 with every problem of the body
   */
  static DatasetRequest read(JsonRequest body, Runnable extra, Optional<RegionDirectory> regions) {
    Optional<RecordsRequest> parts = RecordsRequest.read(body, true);
    Inputs.Builder inputs = Inputs.builder().regions(regions);
    list(body, "grid", GridAssessment.class).ifPresent(inputs::grid);
    list(body, "issues", PublicIssue.class).ifPresent(inputs::issues);
    list(body, "decisions", CategoryDecision.class).ifPresent(inputs::decisions);
    list(body, "monitoring", MonitoringRecord.class).ifPresent(inputs::monitoring);
    if (body.has("mappingPolicy")) {
      body.value("mappingPolicy", MappingPolicy.class);
      inputs.mappingPolicy(input("mappingPolicy", body.node("mappingPolicy")));
    }
    extra.run();
    body.done();
    RecordsRequest in = parts.orElseThrow(); // done() answered the problem of any part missing
    inputs.dinas(input("dinas", body.node("dinas"))).records(input("records", body.node("records")));
    Dataset data = Dataset.load(inputs.build(), body.lang())
        .getOrElseThrow((String problem) -> new ProblemException(Problems.badRequest(body.lang(),
            "server.detail.dataset")));
    return new DatasetRequest(data, in.asOf());
  }

  private static <T> Optional<Input> list(JsonRequest body, String field, Class<T> type) {
    if (!body.has(field)) {
      return Optional.empty();
    }
    body.list(field, type);
    return Optional.of(input(field, body.node(field)));
  }

  /** @return the value at a field of the request as an input of the pipeline, named for messages */
  private static Input input(String field, JsonNode node) {
    byte[] bytes = node.toString().getBytes(StandardCharsets.UTF_8);
    return new Input() {
      @Override
      public String name() {
        return "(request) " + field;
      }

      @Override
      public InputStream open() {
        return new ByteArrayInputStream(bytes);
      }
    };
  }
}
