package id.kim.server.api;

import id.kim.core.community.KimRecord;
import id.kim.core.region.RegionDirectory;
import id.kim.core.regioncheck.RegionCheck;
import id.kim.report.pipeline.ReviewStep;
import id.kim.report.pipeline.RuleFamilies;
import java.io.IOException;
import java.util.Optional;

/**
 * {@code POST /v1/termination/review}: the grounds for ending a partnership TERM-1..7 (pemutusan
 * kemitraan) as of a date, for one KIM or a batch — one finding per ground: indicated
 * ({@code NOT_SATISFIED}), not indicated, or not knowable from the data ({@code UNKNOWN}).
 */
public final class TerminationApi implements Endpoint {
  private final ReviewStep step = RuleFamilies.available().review();
  private final Optional<RegionCheck> regions;

  /**
   * @param regions the register the records' region codes are checked against (the server's
   *     {@code --regions}), or empty: a code the register refuses is a 422 at its pointer (REGION-CODE-2, -4)
   */
  public TerminationApi(Optional<RegionDirectory> regions) {
    this.regions = regions.map(RegionCheck::of);
  }

  @Override
  public Answer handle(Request request) throws IOException {
    JsonRequest body = JsonRequest.of(request, "dinas", "asOf", "record", "records");
    Optional<RecordsRequest> parts = RecordsRequest.read(body, false, regions);
    body.done();
    RecordsRequest in = parts.orElseThrow(); // done() answered the problem of any part missing
    try (JsonAnswer j = new JsonAnswer(request.lang())) {
      j.startObject().field("dinas", in.dinas().name()).field("asOf", in.asOf().toString()).startArray("reviews");
      for (KimRecord r : in.records()) {
        boolean partner = r.profile().partnershipPeriods().stream().anyMatch(p -> p.period().contains(in.asOf()));
        j.startObject().field("kim", r.profile().name()).field("partner", partner)
            .value("findings", step.scan(r, in.dinas(), in.asOf()).toJavaList()).endObject();
      }
      j.endArray().endObject();
      return j.answer();
    }
  }
}
