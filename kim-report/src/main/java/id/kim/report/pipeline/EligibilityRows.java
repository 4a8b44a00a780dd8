package id.kim.report.pipeline;

import id.kim.core.community.KimProfile;
import id.kim.core.community.KimRecord;
import id.kim.core.i18n.Lang;
import id.kim.core.validation.FieldViolation;
import id.kim.report.EligibilityRow;
import id.kim.report.Reason;
import id.kim.report.ReportModel;
import id.kim.report.Texts;
import id.kim.report.data.Dataset;
import id.kim.rules.explain.Decision;
import id.kim.rules.explain.Outcome;
import id.kim.rules.explain.Severity;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The eligibility table: per KIM, by number, the mapping-entry (MAP-ENTRY-1..4) and partnership (PARTNER-*,
 * QUAL-*) verdicts and the requirements not met or not known. The KIM that did not enter the mapping, listed
 * apart with the MAP-ENTRY-1..4 requirements that kept them out, are the rows whose mapping-entry verdict is not
 * {@code ELIGIBLE} ({@link ReportModel#notMapped()}).
 */
final class EligibilityRows {
  private EligibilityRows() {}

  static void fill(ReportModel.Builder b, Dataset data, KimNumbers numbers, MappingEntry entry, EligibilityStep step,
      LocalDate asOf, Lang lang) {
    List<EligibilityRow> rows = new ArrayList<>();
    for (KimRecord r : data.records()) {
      KimProfile p = r.profile();
      Validation<Seq<FieldViolation>, Decision> entered = entry.answer(r);
      List<Reason> entryReasons = reasons(entered, lang);
      EligibilityRow.Builder row = EligibilityRow.builder().number(numbers.of(r)).kim(p.name()).type(p.type()
          .map(t -> t.label()))
          .communityNumber(p.communityNumber().map(n -> n.printable()))
          .mappingEntry(code(entered)).mappingEntryLabel(label(entered, lang)).entryReasons(entryReasons);
      Validation<Seq<FieldViolation>, Decision> partnership = step.partnership(r, data.dinas(), asOf);
      row.partnership(code(partnership)).partnershipLabel(label(partnership, lang)).reasons(reasons(partnership, lang));
      rows.add(row.build());
    }
    rows.sort(Comparator.comparingInt(EligibilityRow::number));
    b.eligibility(rows); // the KIM not ELIGIBLE to enter the mapping are derived from them: ReportModel.notMapped
  }

  private static String code(Validation<Seq<FieldViolation>, Decision> answer) {
    return answer.fold(v -> "INVALID", d -> d.verdict().name());
  }

  private static String label(Validation<Seq<FieldViolation>, Decision> answer, Lang lang) {
    return answer.fold(v -> Texts.get(lang, "report.invalid"), d -> d.verdict().label(lang));
  }

  /** @return the data problems, or the requirements not satisfied and those not yet known */
  private static List<Reason> reasons(Validation<Seq<FieldViolation>, Decision> answer, Lang lang) {
    List<Reason> out = new ArrayList<>();
    if (answer.isInvalid()) {
      answer.getError().forEach(v -> out.add(Reasons.of(v, lang)));
    } else {
      answer
          .get()
          .findings()
          .filter(
              f ->
                  f.isFailure()
                      || (f.outcome() == Outcome.UNKNOWN && f.severity() == Severity.REQUIREMENT))
          .forEach(f -> out.add(Reasons.of(f, lang)));
    }
    return out;
  }
}
