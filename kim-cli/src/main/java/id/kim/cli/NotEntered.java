package id.kim.cli;

import id.kim.core.community.KimRecord;
import id.kim.core.i18n.Lang;
import id.kim.core.validation.FieldViolation;
import id.kim.json.JsonStreamWriter;
import id.kim.report.pipeline.MappingEntry;
import id.kim.rules.explain.Decision;
import id.kim.rules.explain.Finding;
import id.kim.rules.explain.Outcome;
import id.kim.rules.explain.RuleId;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The KIM that {@code kim map} leaves out: those whose mapping-entry decision (juknis II.B.3,
 * MAP-ENTRY-1..4) on the as-of date is not ELIGIBLE — not eligible, incomplete, or with invalid data —
 * each with its verdict and the rules that kept it out, so a Dinas sees why a KIM is not on its grid.
 */
final class NotEntered {
  private final Optional<MappingEntry> entry;
  private final List<KimRecord> left;

  /**
   * @param entry the mapping-entry decisions, or empty where the Dinas decides none (the mapping refuses it)
   * @param records the records of the data
   */
  NotEntered(Optional<MappingEntry> entry, List<KimRecord> records) {
    this.entry = entry;
    this.left = entry.map(e -> records.stream().filter(r -> !e.entered(r)).collect(Collectors.toList()))
        .orElse(List.of());
  }

  /**
   * Writes {@code "notEntered": [{"name", "verdict", "rules"}]} in the order of the data: the verdict
   * {@code NOT_ELIGIBLE}, {@code INCOMPLETE} or {@code INVALID} (the record fails validation), and the
   * rules not satisfied or not yet knowable (for invalid data, the rules of the violated fields).
   */
  void json(JsonStreamWriter j) throws IOException {
    j.startArray("notEntered");
    for (KimRecord r : left) {
      j.startObject().field("name", r.profile().name()).field("verdict", verdict(r)).startArray("rules");
      for (String rule : rules(r)) {
        j.string(rule);
      }
      j.endArray().endObject();
    }
    j.endArray();
  }

  /** One line per KIM left out, after the mapping's own text. */
  void text(PrintWriter p, Lang lang) {
    if (left.isEmpty()) {
      return;
    }
    p.println(Texts.get(lang, "cli.map.notEntered", left.size()));
    for (KimRecord r : left) {
      p.println("  " + Texts.get(lang, "cli.map.notEntered.kim", r.profile().name(), verdictLabel(r, lang),
          String.join(", ", rules(r))));
    }
  }

  private String verdict(KimRecord r) {
    return answer(r).fold(v -> "INVALID", d -> d.verdict().name());
  }

  private String verdictLabel(KimRecord r, Lang lang) {
    return answer(r).fold(v -> Texts.get(lang, "cli.verdict.invalid"), d -> d.verdict().label(lang));
  }

  private List<String> rules(KimRecord r) {
    return answer(r).fold(
        violations -> violations.map(v -> v.ruleId().orElse(v.path())).distinct().toJavaList(),
        d -> d.findings().filter(f -> f.outcome() == Outcome.NOT_SATISFIED || f.outcome() == Outcome.UNKNOWN)
            .map(Finding::ruleId).map(RuleId::value).toJavaList());
  }

  /** @return the decision on a record left out (records are left out only where there is an entry) */
  private Validation<Seq<FieldViolation>, Decision> answer(KimRecord r) {
    return entry.orElseThrow().answer(r);
  }
}
