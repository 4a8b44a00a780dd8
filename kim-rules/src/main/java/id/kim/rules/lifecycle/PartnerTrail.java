package id.kim.rules.lifecycle;

import id.kim.core.agency.Dinas;
import id.kim.core.agency.Officer;
import id.kim.core.community.CommunityNumber;
import id.kim.core.community.KimRecord;
import id.kim.core.community.PartnershipPeriod;
import id.kim.core.validation.FieldViolation;
import id.kim.core.validation.MissingValueException;
import id.kim.rules.eligibility.Eligibility;
import id.kim.rules.eligibility.EligibilityFacts;
import id.kim.rules.explain.Decision;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.time.LocalDate;

/**
 * The shortest real path of a KIM to partner (mitra) — RULES.md §3, T1 → T4 — as one call: starting as a
 * candidate, the KIM is registered with its Nomor Induk Komunitas (T1, on the day the number was issued,
 * or on {@code asOf} when that day is not recorded); then, on {@code asOf}, it enters the mapping (T2) on its
 * mapping-entry decision as of {@code asOf} (MAP-ENTRY-1..4, II.B.3), is categorised (T3) and is designated
 * for a partnership period (T4) on its partnership decision as of {@code asOf} (PARTNER-LEGAL-*,
 * PARTNER-ADMIN-*, QUAL-*). Every step is judged by {@link Lifecycle#standard()}: nothing bypasses a guard, so
 * a KIM that may not partner gets the lifecycle's {@link Rejection} — e.g. T2 refused naming the MAP-ENTRY
 * requirement not met, T4 refused on a decision that is not ELIGIBLE (MAP-RULE-0, QUAL-ORDER). The record
 * keeps no day of mapping, so the reconstruction maps on the latest day it can: the day of designation.
 *
 * <p>For tests and scenarios that need a partner state ({@code trail.state().get()} is {@link Status#PARTNER}
 * since {@code asOf}), and for reconstructions where a Dinas keeps no lifecycle of its own. Pure: no clock.
 *
 * <pre>{@code
 * AuditTrail partner = PartnerTrail.of(record, dinas, officer, asOf).get();
 * ContinuationEvaluator.advise(partner.state().get(), monitoring, period, policy, asOf);
 * }</pre>
 */
public final class PartnerTrail {
  private PartnerTrail() {}

  /**
   * Designates the KIM for its own partnership period running on {@code asOf} (PROFILE-r).
   *
   * @param record the KIM's record, with its Nomor Induk Komunitas and a partnership period containing {@code asOf}
   * @param dinas the Dinas Kominfo Kabupaten/Kota that issued the number
   * @param officer the officer recording every step
   * @param asOf the day of the designation
   * @return the trail ending in PARTNER, or the first step the lifecycle refuses
   * @throws MissingValueException if an argument is null, naming it
   * @throws IllegalArgumentException if the record has no community number or no period running on
   *     {@code asOf}, or breaks a kim-core constraint (no decision is made on invalid data)
   */
  public static Either<Rejection, AuditTrail> of(KimRecord record, Dinas dinas, Officer officer, LocalDate asOf) {
    MissingValueException.requireNonNull(record, "record");
    MissingValueException.requireNonNull(asOf, "asOf");
    PartnershipPeriod period = record.profile().partnershipPeriods().stream()
        .filter(p -> p.period().contains(asOf)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("record.profile.partnershipPeriods: no period of '"
            + record.profile().name() + "' runs on " + asOf + " (PROFILE-r); give the period explicitly"));
    return of(record, dinas, officer, period, asOf);
  }

  /**
   * @param record the KIM's record, with its Nomor Induk Komunitas
   * @param dinas the Dinas Kominfo Kabupaten/Kota that issued the number
   * @param officer the officer recording every step
   * @param period the partnership period and programme (PROFILE-r), not over on {@code asOf}
   * @param asOf the day of the designation
   * @return the trail ending in PARTNER, or the first step the lifecycle refuses
   * @throws MissingValueException if an argument is null, naming it
   * @throws IllegalArgumentException if the record has no community number or breaks a kim-core constraint
   */
  public static Either<Rejection, AuditTrail> of(KimRecord record, Dinas dinas, Officer officer,
      PartnershipPeriod period, LocalDate asOf) {
    MissingValueException.requireNonNull(record, "record");
    MissingValueException.requireNonNull(dinas, "dinas");
    MissingValueException.requireNonNull(officer, "officer");
    MissingValueException.requireNonNull(period, "period");
    MissingValueException.requireNonNull(asOf, "asOf");
    CommunityNumber number = record.profile().communityNumber().orElseThrow(() -> new IllegalArgumentException(
        "record.profile.communityNumber: '" + record.profile().name() + "' has no Nomor Induk Komunitas; T1 "
            + "registration issues one (PARTNER-LEGAL-2, ARCH-4)"));
    Decision decision = valid(Eligibility.partnership(EligibilityFacts.of(record, dinas), asOf), "partnership");
    LocalDate registered = number.issuedOn().filter(d -> !d.isAfter(asOf)).orElse(asOf);
    Decision entry = valid(Eligibility.mappingEntry(EligibilityFacts.of(record, dinas), asOf), "mapping-entry");
    Seq<LifecycleEvent> events = List.of(Register.of(officer, registered, number),
        EnterMapping.of(officer, asOf, entry), Categorise.of(officer, asOf),
        Designate.of(officer, asOf, period, decision));
    Either<Rejection, AuditTrail> trail = Either.right(AuditTrail.start(record.profile().name(), dinas, registered));
    for (LifecycleEvent e : events) {
      trail = trail.flatMap(t -> t.record(e, e.on()));
    }
    return trail;
  }

  private static Decision valid(Validation<Seq<FieldViolation>, Decision> decision, String question) {
    if (decision.isInvalid()) {
      throw new IllegalArgumentException("record: invalid data, no " + question + " decision is made: "
          + decision.getError().map(v -> v.path() + " " + v.ruleId().orElse(v.constraint())).mkString("; "));
    }
    return decision.get();
  }
}
