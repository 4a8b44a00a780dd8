package id.kim.server.api;

import id.kim.core.community.KimProfile;
import id.kim.core.community.KimRecord;
import id.kim.json.JsonProblem;
import id.kim.server.problem.ProblemError;
import id.kim.server.problem.Problems;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.io.IOException;

/**
 * {@code POST /v1/validate}: a profile ({@code profile}, Tabel 3.1) or a whole record ({@code record})
 * → its field violations, each with its JSON Pointer, the problem and the rule (PROFILE-a..t …). A
 * value that reads but breaks kim-core constraints is an answer (200, {@code valid: false}); a document
 * that does not have the contract's shape is refused (422).
 */
public final class ValidateApi implements Endpoint {

  @Override
  public Answer handle(Request request) throws IOException {
    JsonRequest body = JsonRequest.of(request, "profile", "record");
    String field = body.has("record") ? "record" : "profile";
    Class<?> type = field.equals("record") ? KimRecord.class : KimProfile.class;
    if (!body.has(field) || body.has("record") && body.has("profile")) {
      body.refuse(Problems.error(request.lang(), "", "server.error.oneOf", "profile, record"));
    }
    body.done();
    Either<Seq<JsonProblem>, ?> read = body.readValid(field, type);
    Seq<JsonProblem> problems = read.isLeft() ? read.getLeft() : List.empty();
    if (problems.exists(p -> p.kind() != JsonProblem.Kind.INVALID_VALUE || p.ruleId().isEmpty())) {
      problems.forEach(p -> body.refuse(Problems.error(request.lang(), p, "/" + field)));
      body.done();
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
