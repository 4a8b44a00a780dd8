package id.kim.cli;

import id.kim.core.i18n.Lang;
import id.kim.core.validation.FieldViolation;
import id.kim.rules.explain.Decision;
import id.kim.rules.explain.Verdict;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Counts the KIM that are not eligible, for {@code evaluate --fail-on-ineligible}. A KIM counts once
 * when any answer asked for is not {@link Verdict#ELIGIBLE} (LAYAK): {@link Verdict#NOT_ELIGIBLE},
 * {@link Verdict#INCOMPLETE} — a requirement not yet known is no permission to enter the mapping or
 * to partner (QUAL-ORDER) — or no decision at all because the record breaks a constraint ("invalid").
 * The line names the worst answer of each KIM counted: not eligible, else invalid, else incomplete.
 */
final class Ineligible {
  private final Lang lang;
  private final Map<Verdict, Integer> byVerdict = new EnumMap<>(Verdict.class);
  private int invalid;
  private int kim;

  Ineligible(Lang lang) {
    this.lang = lang;
  }

  /** @param answers the answers of one KIM */
  void count(List<Validation<Seq<FieldViolation>, Decision>> answers) {
    boolean anyInvalid = answers.stream().anyMatch(Validation::isInvalid);
    List<Verdict> verdicts = answers.stream().filter(Validation::isValid).map(a -> a.get().verdict()).toList();
    if (verdicts.contains(Verdict.NOT_ELIGIBLE)) {
      byVerdict.merge(Verdict.NOT_ELIGIBLE, 1, Integer::sum);
    } else if (anyInvalid) {
      invalid++;
    } else if (verdicts.contains(Verdict.INCOMPLETE)) {
      byVerdict.merge(Verdict.INCOMPLETE, 1, Integer::sum);
    } else {
      return;
    }
    kim++;
  }

  /** @return whether any KIM counted */
  boolean any() {
    return kim > 0;
  }

  /**
   * @param asked how many KIM were asked about
   * @return one line, e.g. {@code 12 dari 40 KIM tidak layak atau belum lengkap (--fail-on-ineligible): TIDAK
   *     LAYAK 8, BELUM LENGKAP 4}
   */
  String describe(int asked) {
    String parts = byVerdict.entrySet().stream().map(e -> e.getKey().label(lang) + " " + e.getValue())
        .collect(Collectors.joining(", "));
    if (invalid > 0) {
      parts = (parts.isEmpty() ? "" : parts + ", ") + Texts.get(lang, "cli.verdict.invalid") + " " + invalid;
    }
    return Texts.get(lang, "cli.ineligible", kim, asked, parts);
  }
}
