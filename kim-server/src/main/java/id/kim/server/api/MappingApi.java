package id.kim.server.api;

import id.kim.core.region.RegionDirectory;
import id.kim.report.pipeline.MappingRun;
import id.kim.report.pipeline.RuleFamilies;
import id.kim.rules.mapping.MappingRejection;
import id.kim.rules.mapping.report.MappingReport;
import io.vavr.control.Either;
import java.io.IOException;
import java.util.Optional;

/**
 * {@code POST /v1/mapping}: the mapping inputs ({@link DatasetRequest}: the records, the Dinas' grid
 * assessments, public issues, category decisions and policy) → the mapping report of the five stages of
 * chapter III (MAP-STAGE-A..E: census, issues, grid of Tabel 3.3, categories, priorities, REPORT-1) over the
 * KIM that entered the mapping (MAP-ENTRY-1..4), or the rejection naming its rule (MAP-RULE-a …).
 */
public final class MappingApi implements Endpoint {
  private final Optional<RegionDirectory> regions;

  /** @param regions the register the records' region codes are checked against, or empty for none */
  public MappingApi(Optional<RegionDirectory> regions) {
    this.regions = regions;
  }

  @Override
  public Answer handle(Request request) throws IOException {
    DatasetRequest in = DatasetRequest.read(JsonRequest.of(request, DatasetRequest.FIELDS), () -> { }, regions);
    Either<MappingRejection, MappingReport> result = MappingRun.of(in.data(), RuleFamilies.available(), in.asOf());
    try (JsonAnswer j = new JsonAnswer(request.lang())) {
      j.startObject().field("dinas", in.data().dinas().name()).field("asOf", in.asOf().toString())
          .value(result.isRight() ? "report" : "rejection", result.<Object>fold(r -> r, r -> r)).endObject();
      return j.answer();
    }
  }
}
