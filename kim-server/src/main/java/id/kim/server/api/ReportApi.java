package id.kim.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import id.kim.core.monitoring.MonitoringRecord;
import id.kim.report.ReportModel;
import id.kim.report.data.Dataset;
import id.kim.report.data.Input;
import id.kim.report.data.Inputs;
import id.kim.report.html.HtmlReport;
import id.kim.report.pipeline.ReportBuilder;
import id.kim.report.pipeline.RuleFamilies;
import id.kim.rules.evaluation.ContinuationPolicy;
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
 * {@code POST /v1/report}: the report's inputs → the self-contained HTML report of kim-report (text/html):
 * eligibility, the mapping (REPORT-1), the termination review and, with monitoring, the evaluation of
 * dissemination — the page {@code kim report} writes. Every input is read and validated through the JSON
 * contract first, so a refused input is a 422 naming its pointer.
 */
public final class ReportApi implements Endpoint {
  private static final String[] FIELDS = {"dinas", "asOf", "records", "grid", "issues", "decisions",
      "mappingPolicy", "monitoring"};

  @Override
  public Answer handle(Request request) throws Exception {
    JsonRequest body = JsonRequest.of(request, FIELDS);
    RecordsRequest in = RecordsRequest.read(body, true).orElse(null);
    Inputs.Builder inputs = Inputs.builder();
    optional(body, "grid", GridAssessment.class).ifPresent(inputs::grid);
    optional(body, "issues", PublicIssue.class).ifPresent(inputs::issues);
    optional(body, "decisions", CategoryDecision.class).ifPresent(inputs::decisions);
    optional(body, "monitoring", MonitoringRecord.class).ifPresent(inputs::monitoring);
    if (body.has("mappingPolicy")) {
      body.value("mappingPolicy", MappingPolicy.class);
      inputs.mappingPolicy(input("mappingPolicy", body.node("mappingPolicy")));
    }
    body.done();
    inputs.dinas(input("dinas", body.node("dinas"))).records(input("records", body.node("records")));
    Dataset data = Dataset.load(inputs.build(), request.lang())
        .getOrElseThrow((String problem) -> new ProblemException(Problems.badRequest(request.lang(),
            "server.detail.bad-request")));
    LocalDate asOf = in.asOf();
    ReportModel model = ReportBuilder.build(data, RuleFamilies.available(), asOf, ReportBuilder.defaultPeriod(asOf),
        ContinuationPolicy.standard(), request.lang());
    return new Answer(200, "text/html; charset=utf-8", HtmlReport.render(model).getBytes(StandardCharsets.UTF_8));
  }

  private static <T> Optional<Input> optional(JsonRequest body, String field, Class<T> type) {
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
