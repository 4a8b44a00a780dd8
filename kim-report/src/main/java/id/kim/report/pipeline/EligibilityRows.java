package id.kim.report.pipeline;

import id.kim.core.community.KimProfile;
import id.kim.core.community.KimRecord;
import id.kim.core.i18n.Lang;
import id.kim.core.validation.FieldViolation;
import id.kim.report.Texts;
import id.kim.report.data.Dataset;
import id.kim.report.EligibilityRow;
import id.kim.report.ReportModel;
import id.kim.rules.explain.Decision;
import id.kim.rules.explain.Outcome;
import id.kim.rules.explain.Severity;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;

/** The eligibility table: per KIM the mapping-entry and partnership verdicts, and the requirements not met or not known. */
final class EligibilityRows {
  private EligibilityRows() {}

  static void fill(ReportModel.Builder b, Dataset data, EligibilityStep step, LocalDate asOf, Lang lang) {
    for (KimRecord r : data.records()) {
      KimProfile p = r.profile();
      EligibilityRow.Builder row = EligibilityRow.builder().kim(p.name()).type(p.type().map(t -> t.label()))
          .communityNumber(p.communityNumber().map(n -> n.value()));
      verdict(step.mappingEntry(r, data.dinas(), asOf), lang, row, true);
      verdict(step.partnership(r, data.dinas(), asOf), lang, row, false);
      b.addEligibility(row.build());
    }
  }

  private static void verdict(Validation<Seq<FieldViolation>, Decision> answer, Lang lang, EligibilityRow.Builder row, boolean entry) {
    String code = answer.fold(v -> "INVALID", d -> d.verdict().name());
    String label = answer.fold(v -> Texts.get(lang, "report.invalid"), d -> d.verdict().label(lang));
    if (entry) {
      row.mappingEntry(code).mappingEntryLabel(label);
      return;
    }
    row.partnership(code).partnershipLabel(label);
    if (answer.isInvalid()) {
      answer.getError().forEach(v -> row.addReasons(Reasons.of(v, lang)));
    } else {
      answer.get().findings().filter(f -> f.isFailure() || f.outcome() == Outcome.UNKNOWN && f.severity() == Severity.REQUIREMENT)
          .forEach(f -> row.addReasons(Reasons.of(f, lang)));
    }
  }
}
