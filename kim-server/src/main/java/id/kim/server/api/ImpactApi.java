package id.kim.server.api;

import id.kim.core.region.RegionDirectory;
import id.kim.core.regioncheck.RegionCheck;
import id.kim.report.html.ImpactReport;
import id.kim.rules.impact.Impact;
import id.kim.rules.impact.ImpactQuestion;
import id.kim.rules.impact.ImpactSummary;
import id.kim.rules.impact.Variant;
import id.kim.server.problem.ProblemException;
import id.kim.server.problem.Problems;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code POST /v1/impact}: what a variant of the rules (a {@code Variant}: other policies where the juknis is
 * silent, RULES.md §4, rules removed) would do to a register before it is made (dampak varian) — every KIM of
 * {@code records} decided under {@code base} (default the juknis as the SDK reads it) and under {@code variant},
 * same question ({@code partnership}, II.B.4–5, or {@code mapping_entry}, II.B.3), same Dinas, same {@code asOf};
 * the answer is the JSON of {@code kim impact --format json} (the transitions overall, by province and by
 * regency/city, the rules responsible, the KIM that change), written by the same {@link ImpactAnswer},
 * or with {@code ?format=html} or {@code Accept: text/html} kim-report's impact page ({@link ImpactReport}).
 *
 * <p>The records are read as {@code /v1/eligibility} reads a batch ({@link RecordsRequest}): each refused record
 * is named in one 422 with every problem, so no impact is measured on half a register. Nothing is decided: the
 * answer shows what the variant would change.
 */
public final class ImpactApi implements Endpoint {
  /** The question codes of the request's {@code question}, those of {@code kim impact --question}. */
  static final List<String> QUESTIONS = List.of("partnership", "mapping_entry");
  private static final String HTML = "text/html; charset=utf-8";
  private final Optional<RegionCheck> regions;

  /**
   * @param regions the register the records' region codes are checked against (the server's
   *     {@code --regions}), or empty: a code the register refuses is a 422 at its pointer (REGION-CODE-2, -4)
   */
  public ImpactApi(Optional<RegionDirectory> regions) {
    this.regions = regions.map(RegionCheck::of);
  }

  @Override
  public Answer handle(Request request) throws IOException {
    boolean html = html(request);
    JsonRequest body = JsonRequest.of(request, "variant", "base", "question", "dinas", "asOf", "records");
    Optional<Variant> variant = body.value("variant", Variant.class);
    Optional<Variant> base = body.has("base") ? body.value("base", Variant.class) : Optional.of(Variant.baseline());
    Optional<String> question = body.code("question", QUESTIONS, "partnership");
    Optional<RecordsRequest> parts = RecordsRequest.read(body, true, regions);
    body.done();
    RecordsRequest in = parts.orElseThrow(); // done() answered the problem of any part missing
    Variant v = variant.orElseThrow();
    ImpactQuestion q = question.orElseThrow().equals("partnership") ? ImpactQuestion.PARTNERSHIP
        : ImpactQuestion.MAPPING_ENTRY;
    // records read through KimJson.readValid are valid: not validated again
    ImpactSummary s = Impact.of(base.orElseThrow(), v, q).withValidation(false)
        .measure(in.records().stream(), in.dinas(), in.asOf());
    if (html) {
      return new Answer(200, HTML, ImpactReport.render(s, v.description(), request.lang())
          .getBytes(StandardCharsets.UTF_8));
    }
    try (JsonAnswer j = new JsonAnswer(request.lang())) {
      ImpactAnswer.write(j, in.dinas().name(), v, s, request.lang());
      return j.answer();
    }
  }

  /**
   * @return true for the HTML page: {@code ?format=html}, or no {@code ?format=} and an {@code Accept} header
   *     naming {@code text/html} before (or without) {@code application/json}
   * @throws ProblemException 400 if {@code ?format=} is neither {@code json} nor {@code html}
   */
  static boolean html(Request request) {
    String format = request.query("format");
    if (format != null) {
      return switch (format) {
        case "html" -> true;
        case "json" -> false;
        default -> throw new ProblemException(Problems.badRequest(request.lang(), "server.detail.format"));
      };
    }
    String accept = request.header("Accept");
    if (accept == null) {
      return false;
    }
    String a = accept.toLowerCase(Locale.ROOT);
    int html = a.indexOf("text/html");
    int json = a.indexOf("application/json");
    return html >= 0 && (json < 0 || html < json);
  }
}
