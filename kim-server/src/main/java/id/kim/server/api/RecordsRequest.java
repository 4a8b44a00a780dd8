package id.kim.server.api;

import id.kim.core.agency.Dinas;
import id.kim.core.community.KimRecord;
import id.kim.core.regioncheck.RegionCheck;
import id.kim.json.JsonProblem;
import id.kim.rules.eligibility.EligibilityFacts;
import id.kim.server.problem.ProblemError;
import id.kim.server.problem.Problems;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The common part of the requests about KIM records: the Dinas ({@code dinas}), the as-of date
 * ({@code asOf}) and one record ({@code "record"}) or a batch ({@code records}), each read and validated
 * through the JSON contract and, given the server's register, its region codes checked against it
 * (REGION-CODE-2, REGION-CODE-4).
 *
 * @param dinas the Dinas asking
 * @param asOf the day everything is judged as of
 * @param records the records, in request order
 */
record RecordsRequest(Dinas dinas, LocalDate asOf, List<KimRecord> records) {

  /**
   * Reads the common fields; problems are noted in {@code body}, not thrown.
   *
   * @param body the request body
   * @param deciding true if the Dinas must be one that decides mapping entry and partnership (ARCH-4)
   * @return the parts, or empty if any is missing or refused
   */
  static Optional<RecordsRequest> read(JsonRequest body, boolean deciding) {
    return read(body, deciding, Optional.empty());
  }

  /**
   * Reads the common fields and checks their region codes; problems are noted in {@code body}, not thrown.
   *
   * @param body the request body
   * @param deciding true if the Dinas must be one that decides mapping entry and partnership (ARCH-4)
   * @param regions the register's check, or empty to check codes only by form and nesting
   * @return the parts, or empty if any is missing or refused
   */
  static Optional<RecordsRequest> read(JsonRequest body, boolean deciding, Optional<RegionCheck> regions) {
    Optional<Dinas> dinas = body.value("dinas", Dinas.class);
    Optional<LocalDate> asOf = body.date("asOf");
    Optional<List<KimRecord>> records;
    if (body.has("record") && !body.has("records")) {
      records = body.value("record", KimRecord.class).map(List::of);
    } else {
      records = body.list("records", KimRecord.class);
    }
    if (deciding && dinas.isPresent() && !EligibilityFacts.isDecidingDinas(dinas.get())) {
      body.refuse(new ProblemError("/dinas",
          Problems.text("server.error.notDeciding", body.lang()), Optional.of("ARCH-4")));
      return Optional.empty();
    }
    if (dinas.isEmpty() || asOf.isEmpty() || records.isEmpty()) {
      return Optional.empty();
    }
    if (regions.isPresent() && !registered(body, regions.get(), dinas.get(), records.get())) {
      return Optional.empty();
    }
    return Optional.of(new RecordsRequest(dinas.get(), asOf.get(), records.get()));
  }

  /** @return true if no code of the Dinas or a record breaks the register; else each refusal noted at its pointer */
  private static boolean registered(JsonRequest body, RegionCheck regions, Dinas dinas, List<KimRecord> records) {
    boolean clean = refuse(body, RegionProblems.of(regions, dinas), "/dinas");
    String at = body.has("record") && !body.has("records") ? "/record" : "/records/";
    for (int i = 0; i < records.size(); i++) {
      clean &= refuse(body, RegionProblems.of(regions, records.get(i)), at.equals("/record") ? at : at + i);
    }
    return clean;
  }

  private static boolean refuse(JsonRequest body, Seq<JsonProblem> problems, String pointer) {
    problems.forEach(p -> body.refuse(Problems.error(body.lang(), p, pointer)));
    return problems.isEmpty();
  }
}
