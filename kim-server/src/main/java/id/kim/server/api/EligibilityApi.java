package id.kim.server.api;

import id.kim.core.community.KimRecord;
import id.kim.json.JsonStreamWriter;
import id.kim.report.pipeline.EligibilityStep;
import id.kim.report.pipeline.RuleFamilies;
import java.io.IOException;
import java.util.List;

/**
 * {@code POST /v1/eligibility}: eligibility (kelayakan) of one KIM or a batch as of a date — mapping
 * entry (MAP-ENTRY-1..4), partnership (PARTNER-LEGAL-1..3, PARTNER-ADMIN-1..4, PARTNER-ADMIN-DECL,
 * QUAL-1..7) or both — every decision with every finding (rule ID, citation, outcome, evidence with
 * personal data masked, message, remedy), in the shape {@code kim evaluate --format json} writes; the
 * decisions are written to the response as they are made, never held whole in memory.
 */
public final class EligibilityApi implements Endpoint {
  /** The question codes of the request's {@code question}. */
  static final List<String> QUESTIONS = List.of("both", "mappingEntry", "partnership");

  private final EligibilityStep step = RuleFamilies.available().eligibility();

  /** Decides records and a Dinas read through {@code KimJson.readValid}: validated once, not again per question. */
  @Override
  public Answer handle(Request request) throws IOException {
    JsonRequest body = JsonRequest.of(request, "dinas", "asOf", "question", "record", "records");
    String question = body.code("question", QUESTIONS, "both").orElse("both");
    RecordsRequest in = RecordsRequest.read(body, true).orElse(null);
    body.done();
    return Answer.streamedJson(out -> {
      try (JsonStreamWriter j = JsonStreamWriter.compact(out, request.lang())) {
        j.startObject().field("dinas", in.dinas().name()).field("asOf", in.asOf().toString())
            .startArray("results");
        for (KimRecord r : in.records()) {
          j.startObject().field("kim", r.profile().name());
          if (!question.equals("partnership")) {
            j.value("mappingEntry", step.mappingEntryOfValid(r, in.dinas(), in.asOf()));
          }
          if (!question.equals("mappingEntry")) {
            j.value("partnership", step.partnershipOfValid(r, in.dinas(), in.asOf()));
          }
          j.endObject();
        }
        j.endArray().endObject();
      }
    });
  }
}
