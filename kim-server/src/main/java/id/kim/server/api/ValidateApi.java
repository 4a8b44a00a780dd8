package id.kim.server.api;

import id.kim.core.community.KimProfile;
import id.kim.core.community.KimRecord;
import id.kim.core.region.RegionDirectory;
import id.kim.core.regioncheck.RegionCheck;
import id.kim.json.JsonProblem;
import id.kim.json.KimJson;
import id.kim.server.problem.ProblemError;
import id.kim.server.problem.Problems;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.io.IOException;
import java.util.Optional;

/**
 * {@code POST /v1/validate}: a profile ({@code profile}, Tabel 3.1) or a whole record ({@code record})
 * → its field violations, each with its JSON Pointer, the problem and the rule (PROFILE-a..t …). A
 * value that reads but breaks kim-core constraints is an answer (200, {@code valid: false}); a document
 * that does not have the contract's shape is refused (422). With a register (the server's {@code --regions},
 * kim-regions' published register by default) the region codes are checked against it too ({@link RegionCheck}):
 * a code it does not hold is a violation at the code's pointer (REGION-CODE-2), a name that is not its code's
 * official name one at the name's (REGION-CODE-4), after kim-core's own.
 */
public final class ValidateApi implements Endpoint {
  private final Optional<RegionCheck> regions;

  /** @param regions the register region codes are checked against, or empty for none */
  public ValidateApi(Optional<RegionDirectory> regions) {
    this.regions = regions.map(RegionCheck::of);
  }

  @Override
  public Answer handle(Request request) throws IOException {
    JsonRequest body = JsonRequest.of(request, "profile", "record");
    String field = body.has("record") ? "record" : "profile";
    Class<?> type = field.equals("record") ? KimRecord.class : KimProfile.class;
    if (!body.has(field) || (body.has("record") && body.has("profile"))) {
      body.refuse(Problems.error(request.lang(), "", "server.error.oneOf", "profile, record"));
    }
    body.done();
    Either<Seq<JsonProblem>, ?> read = body.readValid(field, type);
    Seq<JsonProblem> problems = read.isLeft() ? read.getLeft() : List.empty();
    if (problems.exists(p -> p.kind() != JsonProblem.Kind.INVALID_VALUE || p.ruleId().isEmpty())) {
      problems.forEach(p -> body.refuse(Problems.error(request.lang(), p, "/" + field)));
      body.done();
    }
    if (regions.isPresent()) {
      // a value that breaks a constraint was read all the same: read again without validating, to check its codes
      Object value = read.isRight() ? read.get() : KimJson.fromTree(body.node(field), type).getOrNull();
      problems = problems.appendAll(value == null ? List.empty() : RegionProblems.of(regions.get(), value));
    }
    try (JsonAnswer j = new JsonAnswer(request.lang())) {
      j.startObject().field("valid", problems.isEmpty()).startArray("violations");
      for (JsonProblem p : problems) {
        ProblemError e = Problems.error(request.lang(), p, "/" + field);
        j.startObject().field("pointer", e.pointer()).field("problem", e.problem())
            .field("ruleId", e.ruleId().orElse("")).endObject();
      }
      j.endArray().endObject();
      return j.answer();
    }
  }
}
