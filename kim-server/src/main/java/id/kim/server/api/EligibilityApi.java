package id.kim.server.api;

import id.kim.core.community.KimRecord;
import id.kim.core.i18n.Lang;
import id.kim.core.region.RegionDirectory;
import id.kim.core.regioncheck.RegionCheck;
import id.kim.json.JsonStreamWriter;
import id.kim.report.pipeline.EligibilityStep;
import id.kim.report.pipeline.RuleFamilies;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;

/**
 * {@code POST /v1/eligibility}: eligibility (kelayakan) of one KIM or a batch as of a date — mapping
 * entry (MAP-ENTRY-1..4), partnership (PARTNER-LEGAL-1..3, PARTNER-ADMIN-1..4, PARTNER-ADMIN-DECL,
 * QUAL-1..7) or both — every decision with every finding (rule ID, citation, outcome, evidence with
 * personal data masked, message, remedy), in the shape {@code kim evaluate --format json} writes; the
 * decisions are written to the response as they are made, never held whole in memory; a batch of more
 * than {@value #PARALLEL_ABOVE} records is decided on every core ({@link ChunkedResults}).
 */
public final class EligibilityApi implements Endpoint {
  /** The question codes of the request's {@code question}. */
  static final List<String> QUESTIONS = List.of("both", "mappingEntry", "partnership");
  /** What follows the results: the end of the array and of the answer. */
  private static final byte[] END = {']', '}'};
  /**
   * Batches of more records than this are decided on the server's workers, chunk by chunk; smaller ones on
   * the request's thread, as requests at once already keep every core busy.
   */
  static final int PARALLEL_ABOVE = 4 * ChunkedResults.CHUNK;

  private final EligibilityStep step = RuleFamilies.available().eligibility();
  private final Optional<RegionCheck> regions;

  /**
   * @param regions the register the records' region codes are checked against (the server's
   *     {@code --regions}), or empty: a code the register refuses is a 422 at its pointer (REGION-CODE-2, -4)
   */
  public EligibilityApi(Optional<RegionDirectory> regions) {
    this.regions = regions.map(RegionCheck::of);
  }

  /** Decides records and a Dinas read through {@code KimJson.readValid}: validated once, not again per question. */
  @Override
  public Answer handle(Request request) throws IOException {
    JsonRequest body = JsonRequest.of(request, "dinas", "asOf", "question", "record", "records");
    String question = body.code("question", QUESTIONS, "both").orElse("both");
    Optional<RecordsRequest> parts = RecordsRequest.read(body, true, regions);
    body.done();
    RecordsRequest in = parts.orElseThrow(); // done() answered the problem of any part missing
    ChunkedResults.Element<KimRecord> result = (j, r) -> {
      j.startObject().field("kim", r.profile().name());
      if (!question.equals("partnership")) {
        j.value("mappingEntry", step.mappingEntryOfValid(r, in.dinas(), in.asOf()));
      }
      if (!question.equals("mappingEntry")) {
        j.value("partnership", step.partnershipOfValid(r, in.dinas(), in.asOf()));
      }
      j.endObject();
    };
    Lang lang = request.lang();
    return Answer.streamedJson(out -> {
      if (in.records().size() <= PARALLEL_ABOVE) {
        try (JsonStreamWriter j = JsonStreamWriter.compact(out, lang)) {
          j.startObject().field("dinas", in.dinas().name()).field("asOf", in.asOf().toString())
              .startArray("results");
          for (KimRecord r : in.records()) {
            result.write(j, r);
          }
          j.endArray().endObject();
        }
      } else {
        head(out, in, lang);
        new ChunkedResults<>(result).write(out, in.records(), lang);
        out.write(END);
      }
    });
  }

  /** Writes the answer up to the opening of its {@code results} array: all but the results and {@link #END}. */
  private static void head(OutputStream out, RecordsRequest in, Lang lang) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream(256);
    try (JsonStreamWriter j = JsonStreamWriter.compact(head, lang)) {
      j.startObject().field("dinas", in.dinas().name()).field("asOf", in.asOf().toString())
          .startArray("results").endArray().endObject();
    }
    out.write(head.toByteArray(), 0, head.size() - END.length);
  }
}
