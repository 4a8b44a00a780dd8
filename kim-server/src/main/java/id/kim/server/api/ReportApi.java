package id.kim.server.api;

import id.kim.core.region.RegionDirectory;
import id.kim.report.ReportModel;
import id.kim.report.html.HtmlReport;
import id.kim.report.pipeline.ReportBuilder;
import id.kim.report.pipeline.RuleFamilies;
import id.kim.rules.evaluation.ContinuationPolicy;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * {@code POST /v1/report}: the report's inputs ({@link DatasetRequest}) → the self-contained HTML report of
 * kim-report (text/html): eligibility, the mapping (REPORT-1), the termination review and, with monitoring,
 * the evaluation of dissemination over the calendar year before {@code asOf} — the page {@code kim report} writes.
 */
public final class ReportApi implements Endpoint {
  private final Optional<RegionDirectory> regions;

  /** @param regions the register the records' region codes are checked against, or empty for none */
  public ReportApi(Optional<RegionDirectory> regions) {
    this.regions = regions;
  }

  @Override
  public Answer handle(Request request) {
    DatasetRequest in = DatasetRequest.read(JsonRequest.of(request, DatasetRequest.FIELDS), () -> { }, regions);
    ReportModel model = ReportBuilder.build(in.data(), RuleFamilies.available(), in.asOf(),
        ReportBuilder.defaultPeriod(in.asOf()), ContinuationPolicy.standard(), request.lang());
    return new Answer(200, "text/html; charset=utf-8", HtmlReport.render(model).getBytes(StandardCharsets.UTF_8));
  }
}
