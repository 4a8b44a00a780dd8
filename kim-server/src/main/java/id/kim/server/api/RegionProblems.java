package id.kim.server.api;

import id.kim.core.regioncheck.RegionCheck;
import id.kim.json.JsonPath;
import id.kim.json.JsonProblem;
import io.vavr.collection.Seq;

/**
 * The region codes of a value read from a request, checked against the server's register
 * ({@code --regions}, {@link RegionCheck}: REGION-CODE-2 a code exists, REGION-CODE-4 its official
 * name and kind), as the contract's problems at the value's own paths.
 */
final class RegionProblems {
  private RegionProblems() {}

  /**
   * @param check the register's check
   * @param value a value read from the request (a record, a profile, a Dinas)
   * @return one problem per violation, its path relative to the value, with its rule
   */
  static Seq<JsonProblem> of(RegionCheck check, Object value) {
    return check.violations(value).map(v -> JsonProblem.builder()
        .path(JsonPath.root().resolveField(v.path()).toString())
        .kind(JsonProblem.Kind.INVALID_VALUE).messageKey(v.messageKey()).ruleId(v.ruleId())
        .putAllAttributes(v.attributes()).build());
  }
}
