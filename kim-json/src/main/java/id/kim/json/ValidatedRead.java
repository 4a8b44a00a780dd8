package id.kim.json;

import com.fasterxml.jackson.databind.JsonNode;
import id.kim.core.validation.FieldViolation;
import id.kim.core.validation.KimValidator;
import io.vavr.Lazy;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;

/**
 * The second step of {@link KimJson#readValid}: a value that reads is checked with
 * {@link KimValidator}, and every {@link FieldViolation} becomes a {@link JsonProblem} at the JSON
 * path of the refused value, with the constraint's message key, attributes and rule ID. A list read
 * from a JSON array is checked element by element ({@code $[3].profile.reach[0].value}).
 *
 * <p>A violation's path follows the Java accessors; the JSON follows them too, except where a value
 * is written as one JSON scalar (a phone number, an e-mail address): the path is then walked in the
 * document and stops at the scalar ({@code profile.whatsapp.value} is {@code $.profile.whatsapp}).
 */
final class ValidatedRead {
  private ValidatedRead() {}

  /**
   * A value and the document it was read from, as a tree built only when a violation's path must be
   * walked in it (a valid value, the usual case, never builds it).
   */
  record Read<T>(Lazy<JsonNode> document, T value) {}

  /**
   * @param read a value read and its document
   * @param <T> the type
   * @return every violation of the value, or the valid value
   */
  static <T> Either<Seq<JsonProblem>, T> check(Read<T> read) {
    T value = read.value();
    Seq<JsonProblem> problems = value instanceof java.util.List<?> list ? elements(list, read.document())
        : problems(value, read.document(), JsonPath.root());
    return problems.isEmpty() ? Either.right(value) : Either.left(problems);
  }

  private static Seq<JsonProblem> elements(java.util.List<?> list, Lazy<JsonNode> array) {
    Seq<JsonProblem> problems = List.empty();
    for (int i = 0; i < list.size(); i++) {
      int index = i;
      problems = problems.appendAll(problems(list.get(i), array.map(a -> a.path(index)), JsonPath.root().index(i)));
    }
    return problems;
  }

  private static Seq<JsonProblem> problems(Object value, Lazy<JsonNode> node, JsonPath at) {
    Validation<Seq<FieldViolation>, Object> checked = KimValidator.standard().validate(value);
    return checked.isValid() ? List.empty() : checked.getError().map(v -> problem(v, node.get(), at));
  }

  /** @return the violation as a problem: its path in the document, never its value */
  private static JsonProblem problem(FieldViolation v, JsonNode node, JsonPath at) {
    return JsonProblem.builder().path(at.resolveField(v.path(), node).toString()).kind(JsonProblem.Kind.INVALID_VALUE)
        .messageKey(v.messageKey()).ruleId(v.ruleId()).putAllAttributes(v.attributes()).build();
  }
}
