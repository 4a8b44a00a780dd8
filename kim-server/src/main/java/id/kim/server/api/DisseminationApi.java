package id.kim.server.api;

import id.kim.core.community.KimRef;
import id.kim.core.monitoring.MonitoringRecord;
import id.kim.core.region.RegionDirectory;
import id.kim.report.pipeline.MonitoringRun;
import id.kim.report.pipeline.PartnerAdvice;
import id.kim.report.pipeline.Partners;
import id.kim.report.pipeline.ReportBuilder;
import id.kim.report.pipeline.RuleFamilies;
import id.kim.rules.evaluation.CollaborationEvaluation;
import id.kim.rules.evaluation.ContinuationPolicy;
import id.kim.rules.evaluation.MeasurementPeriod;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * {@code POST /v1/dissemination/evaluate}: a period of monitoring ({@code monitoring}, Tabel 5.2 and 5.3,
 * with the records and the Dinas of {@link DatasetRequest}) → each KIM's Output, Outtakes and Outcome
 * (MEASURE-1..3) and, for partners only ({@link PartnerAdvice}: a partnership period running on
 * {@code asOf}), the recommendation on continuing the collaboration (MONITOR-PURPOSE); any other KIM gets
 * {@code withheld}, the MONITOR-PURPOSE finding saying why — the JSON of {@code kim evaluate-dissemination}.
 * {@code period} defaults to the calendar year before {@code asOf};
 * {@code continuationPolicy} to the standard one (GAP-44).
 */
public final class DisseminationApi implements Endpoint {
  private final Optional<RegionDirectory> regions;

  /** @param regions the register the records' region codes are checked against, or empty for none */
  public DisseminationApi(Optional<RegionDirectory> regions) {
    this.regions = regions;
  }
  private static final String[] FIELDS = Stream.concat(Arrays.stream(DatasetRequest.FIELDS),
      Stream.of("period", "continuationPolicy")).toArray(String[]::new);

  @Override
  public Answer handle(Request request) throws IOException {
    JsonRequest body = JsonRequest.of(request, FIELDS);
    AtomicReference<MeasurementPeriod> period = new AtomicReference<>();
    AtomicReference<ContinuationPolicy> policy = new AtomicReference<>();
    DatasetRequest in = DatasetRequest.read(body, () -> {
      if (!body.has("monitoring")) {
        body.list("monitoring", MonitoringRecord.class);
      }
      if (body.has("period")) {
        body.value("period", MeasurementPeriod.class).ifPresent(period::set);
      }
      if (body.has("continuationPolicy")) {
        body.value("continuationPolicy", ContinuationPolicy.class).ifPresent(policy::set);
      }
    }, regions);
    MeasurementPeriod p = period.get() == null ? ReportBuilder.defaultPeriod(in.asOf()) : period.get();
    ContinuationPolicy c = policy.get() == null ? ContinuationPolicy.standard() : policy.get();
    try (JsonAnswer j = new JsonAnswer(request.lang())) {
      j.startObject().field("dinas", in.data().dinas().name()).field("asOf", in.asOf().toString())
          .value("period", p).value("policy", c).startArray("evaluations");
      Set<KimRef> partners = Partners.of(in.data(), in.asOf());
      for (MonitoringRecord r : MonitoringRun.of(in.data(), in.data().records())) {
        CollaborationEvaluation e = RuleFamilies.available().evaluation().evaluate(r, p, c, in.asOf());
        j.element(PartnerAdvice.of(e, partners.contains(e.kim())).toJson(request.lang()));
      }
      j.endArray().endObject();
      return j.answer();
    }
  }
}
