package id.kim.report.pipeline;

import id.kim.core.agency.Officer;
import id.kim.core.community.KimRecord;
import id.kim.core.community.PartnershipPeriod;
import id.kim.core.contact.PersonName;
import id.kim.core.i18n.Lang;
import id.kim.report.Texts;
import id.kim.report.data.Dataset;
import id.kim.report.ReportModel;
import id.kim.report.ReviewRow;
import id.kim.rules.explain.Finding;
import id.kim.rules.explain.Outcome;
import id.kim.rules.lifecycle.AuditEntry;
import id.kim.rules.lifecycle.AuditTrail;
import id.kim.rules.lifecycle.Status;
import id.kim.rules.termination.Indication;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The termination reviews: per KIM the grounds TERM-1..7 its data indicate and those they cannot show;
 * for a partner with an indication, the review the lifecycle opens (T5, TERM-PROC-1) — only a proven
 * ground ends a partnership (TERM-PROC-2) — and for a non-partner none (INV-7). Partners first, then by number.
 * An indicated ground reads "Terindikasi" (to be reviewed, not proven); a ground the data cannot show says
 * what data is missing.
 */
public final class ReviewRows {
  /** Who runs the check when the data name no officer: a role, not a person. */
  public static final PersonName CHECKER = PersonName.of("Petugas Dinas Kominfo");

  private ReviewRows() {}

  static void fill(ReportModel.Builder b, Dataset data, KimNumbers numbers, RuleFamilies families, LocalDate asOf,
      Lang lang) {
    Officer officer = Officer.builder().name(CHECKER).dinas(data.dinas()).build();
    List<ReviewRow> rows = new ArrayList<>();
    for (KimRecord r : data.records()) {
      Optional<PartnershipPeriod> period = Partners.periodOn(r, asOf);
      Seq<Finding> scan = families.review().scan(r, data.dinas(), asOf);
      Seq<Finding> indicated = scan.filter(f -> f.outcome() == Outcome.NOT_SATISFIED);
      if (period.isEmpty() && indicated.isEmpty()) {
        continue;
      }
      ReviewRow.Builder row = ReviewRow.builder().number(numbers.of(r)).kim(r.profile().name())
          .partner(period.isPresent());
      indicated.forEach(f -> row.addIndicated(Reasons.indicated(f, lang)));
      scan.filter(f -> f.outcome() == Outcome.UNKNOWN).forEach(f -> row.addUnknown(Reasons.unknownGround(f, lang)));
      if (period.isPresent() && !indicated.isEmpty()) { // a partner's indication opens a review (TERM-PROC-1)
        Seq<Indication> indications = families.review().detect(r, data.dinas(), asOf, officer);
        lifecycle(row, PartnerLifecycle.review(r, data.dinas(), period.get(), indications, officer,
            families.eligibility(), asOf, lang),
            lang);
      } else if (period.isPresent()) {
        row.status(Status.PARTNER.name()).statusLabel(Status.PARTNER.label(lang)).lifecycle(Texts.get(lang,
            "report.lifecycle.partner", period.get().period()));
      } else { // not a partner: an indication opens no review (INV-7)
        row.lifecycle(Texts.get(lang, "report.lifecycle.notPartner"));
      }
      rows.add(row.build());
    }
    rows.sort(Comparator.comparing((ReviewRow r) -> !r.partner()).thenComparingInt(ReviewRow::number));
    b.reviews(rows);
  }

  private static void lifecycle(ReviewRow.Builder row, Either<String, AuditTrail> trail, Lang lang) {
    if (trail.isLeft()) {
      row.status("REFUSED").statusLabel(Texts.get(lang, "report.status.refused")).lifecycle(Texts.get(lang,
          "report.lifecycle.refused", trail.getLeft()));
      return;
    }
    AuditEntry last = trail.get().entries().last();
    row.status(last.status().name()).statusLabel(last.status().label(lang)).lifecycle(Texts.get(lang,
        "report.lifecycle.review", last.status().label(lang), last.step().label(),
        last.rules().map(id -> id.value()).mkString(", "), last.on(), trail.get().state().get().openIndications()
            .map(i -> i.ruleId().value()).distinct().mkString(", ")));
  }
}
