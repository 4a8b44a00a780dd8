package id.kim.report.pipeline;

import id.kim.core.agency.Dinas;
import id.kim.core.agency.Officer;
import id.kim.core.community.CommunityNumber;
import id.kim.core.community.KimRecord;
import id.kim.core.community.PartnershipPeriod;
import id.kim.core.i18n.Lang;
import id.kim.core.validation.FieldViolation;
import id.kim.report.Texts;
import id.kim.rules.explain.Decision;
import id.kim.rules.lifecycle.AuditTrail;
import id.kim.rules.lifecycle.Categorise;
import id.kim.rules.lifecycle.Designate;
import id.kim.rules.lifecycle.EnterMapping;
import id.kim.rules.lifecycle.LifecycleEvent;
import id.kim.rules.lifecycle.OpenReview;
import id.kim.rules.lifecycle.Register;
import id.kim.rules.lifecycle.Rejection;
import id.kim.rules.termination.Indication;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.time.LocalDate;

/**
 * The lifecycle of a partner under review (RULES.md §3), as the record shows it: registered with its
 * Nomor Induk Komunitas (T1, on its day of issue), then, ten days before the partnership period running on
 * the as-of date starts, mapped on its mapping-entry decision of that day (T2, MAP-ENTRY-1..4), categorised
 * (T3) and designated for that period on its eligibility decision of that day (T4), then the review the
 * detected indications open (T5, TERM-PROC-1). Every step is judged by {@code Lifecycle}; a step the data
 * do not support answers with its {@link Rejection} — e.g. T2 for a KIM without its SK (MAP-ENTRY-3), a
 * designation on a day the KIM was not eligible. The record holds no lifecycle of its own, so
 * these days are the report's reconstruction, said so in the report.
 */
final class PartnerLifecycle {
  private PartnerLifecycle() {}

  /**
   * @return the trail ending with the review, or why the lifecycle refuses a step (in {@code lang})
   */
  static Either<String, AuditTrail> review(KimRecord record, Dinas dinas, PartnershipPeriod period,
      Seq<Indication> indications, Officer officer, EligibilityStep eligibility, LocalDate asOf, Lang lang) {
    if (record.profile().communityNumber().isEmpty()) {
      return Either.left(Texts.get(lang, "report.lifecycle.unregistered"));
    }
    LocalDate designated = period.period().start().minusDays(10);
    LocalDate registered = record.profile().communityNumber().flatMap(CommunityNumber::issuedOn)
        .filter(d -> !d.isAfter(designated)).orElse(designated.minusDays(30));
    AuditTrail trail = AuditTrail.start(record.profile().name(), dinas, registered);
    Validation<Seq<FieldViolation>, Decision> entry = eligibility.mappingEntry(record, dinas, designated);
    Validation<Seq<FieldViolation>, Decision> partnership = eligibility.partnership(record, dinas, designated);
    if (entry.isInvalid() || partnership.isInvalid()) {
      return Either.left(Texts.get(lang, "report.lifecycle.invalid"));
    }
    Seq<LifecycleEvent> events = List.of(
        Register.of(officer, registered, record.profile().communityNumber().orElseThrow()),
        EnterMapping.of(officer, designated, entry.get()),
        Categorise.of(officer, designated),
        Designate.of(officer, designated, period, partnership.get()),
        OpenReview.of(officer, asOf, indications));
    Either<Rejection, AuditTrail> t = Either.right(trail);
    for (LifecycleEvent e : events) {
      t = t.flatMap(x -> x.record(e, e.on()));
    }
    return t.mapLeft(r -> r.explain(lang));
  }
}
