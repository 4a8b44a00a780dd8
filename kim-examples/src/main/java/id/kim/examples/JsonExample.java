package id.kim.examples;

import id.kim.core.i18n.Lang;
import id.kim.json.JsonProblem;
import id.kim.json.KimJson;
import id.kim.rules.explain.Decision;
import io.vavr.control.Either;

/**
 * A decision in the JSON contract of {@code docs/json.md} ({@code kim-json}), for the Dinas applications
 * that are not written in Java: README's worked example (juknis II.B.4, PARTNER-LEGAL-1: KIM Gumbrih's SK
 * expired, TIDAK LAYAK) is written with {@link KimJson#write(Object, Lang)} and read back with
 * {@link KimJson#read(String, Class)}.
 *
 * <p>What the reader learns: the JSON names fields as the SDK's accessors, dates as ISO-8601 and enums by
 * their stable code; message texts are rendered in the writer's language for readers without the SDK, and
 * ignored on input; what is read back is equal to what was written. Reading is strict and answers
 * {@code Either<JsonProblem, T>}: a document whose derived verdict disagrees with its findings is refused
 * with a problem that names its JSON path, never silently accepted.
 *
 * <p>Run: {@code mvn -q -pl kim-examples -am compile exec:java -Dexec.mainClass=id.kim.examples.JsonExample}
 */
public final class JsonExample {
  private JsonExample() {}

  /** @param args ignored */
  public static void main(String[] args) {
    System.out.print(run());
  }

  /** @return README's worked example as JSON (pretty-printed, messages in English) */
  public static String json() {
    return KimJson.write(WorkedExample.decision(WorkedExample.AS_OF), Lang.EN);
  }

  /**
   * @return what {@link #main} prints: the start of the JSON (the decision and its first finding), whether
   *     the whole reads back equal, and a refused edit
   */
  public static String run() {
    Decision decision = WorkedExample.decision(WorkedExample.AS_OF);
    String json = json();
    Either<JsonProblem, Decision> read = KimJson.read(json, Decision.class);
    String edited = json.replace("\"verdict\": \"NOT_ELIGIBLE\"", "\"verdict\": \"ELIGIBLE\"");
    Either<JsonProblem, Decision> tampered = KimJson.read(edited, Decision.class);
    String start = json.substring(0, json.indexOf("    {\n      \"ruleId\": \"PARTNER-LEGAL-2\""));
    return start + "    …\n(" + json.lines().count() + " baris / lines)\n"
        + "Dibaca kembali sama / read back equal: " + read.map(decision::equals).getOrElse(false) + "\n"
        + "Verdict diubah / verdict edited: "
        + tampered.fold(problem -> problem.describe(Lang.ID), d -> "diterima (SALAH) / accepted (WRONG)") + "\n";
  }
}
