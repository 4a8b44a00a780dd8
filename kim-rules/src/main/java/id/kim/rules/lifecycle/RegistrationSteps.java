package id.kim.rules.lifecycle;

import id.kim.core.community.CommunityNumber;
import id.kim.core.region.RegencyCity;
import id.kim.rules.eligibility.Eligibility;
import id.kim.rules.explain.Citation;
import id.kim.rules.explain.Decision;
import id.kim.rules.explain.Finding;
import id.kim.rules.explain.Outcome;
import id.kim.rules.explain.RuleId;
import id.kim.rules.explain.Severity;
import id.kim.rules.explain.Verdict;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The register side of the machine: T1 (registration), T2 (mapping), T3/T3b/T3r (categorisation), T9 (deregistration).
 */
final class RegistrationSteps {
  private RegistrationSteps() {}

  /** Citation of T1 (CANDIDATE → REGISTERED). */
  static final Citation T1_CITATION = Citation.of("I.A butir 3; II.B.4", "registasi dan verifikasi kelembagaan KIM");

  /** T1: the number must be issued by the Dinas' own regency/city (PARTNER-LEGAL-2, INV-2), not after registration. */
  static Either<Rejection, Transition> register(Context<Register> c) {
    CommunityNumber number = c.event.communityNumber();
    Option<RegencyCity> own = Option.ofOptional(c.state.dinas().regencyCity());
    if (!own.contains(number.issuedBy())) {
      return c.reject(Step.T1, "guard.numberIssuer", number.value(), number.issuedBy().fullName(),
          own.map(RegencyCity::fullName).getOrElse("-"));
    }
    if (number.issuedOn().filter(d -> d.isAfter(c.event.on())).isPresent()) {
      return c.reject(Step.T1, "guard.numberIssuedLater", number.issuedOn().orElseThrow(), c.event.on());
    }
    return c.accept(Step.T1, c.next(Status.REGISTERED).communityNumber(Option.some(number)).build());
  }

  /** Citation of T2 (REGISTERED → MAPPED). */
  static final Citation T2_CITATION = Citation.of(
      "II.B.3", "Kelompok masyarakat yang ingin menjadi KIM dan bermitra dengan Dinas Kominfo harus "
      + "masuk didalam pemetaan yang dilakukan oleh Dinas Kominfo");

  /**
   * T2: the registered KIM enters the mapping (II.B.3, MAP-RULE-a) on a mapping-entry decision about it
   * (MAP-ENTRY-1..4) that is {@code ELIGIBLE}, made no later than the event and within the freshness window.
   */
  static Either<Rejection, Transition> enterMapping(Context<EnterMapping> c) {
    Decision d = c.event.mappingEntry();
    if (!d.question().equals(Eligibility.MAPPING_ENTRY_QUESTION)) {
      return c.reject(Step.T2, "guard.mappingEntryQuestion", d.ruleSet().name(), d.asOf());
    }
    if (!isAbout(d, c.state)) {
      return c.reject(Step.T2, "guard.mappingEntrySubject", d.subject(), c.state.kimName());
    }
    if (d.verdict() != Verdict.ELIGIBLE) {
      Seq<RuleId> unmet = d.findings().filter(f -> f.severity() == Severity.REQUIREMENT
          && f.outcome() != Outcome.SATISFIED).map(Finding::ruleId);
      return c.reject(Step.T2, "guard.mappingEntryNotEligible", unmet, d.asOf(), d.verdict().name(),
          unmet.map(RuleId::value).mkString(", "));
    }
    LocalDate on = c.event.on();
    if (d.asOf().isAfter(on)) {
      return c.reject(Step.T2, "guard.mappingEntryAfterEvent", d.asOf(), on);
    }
    long age = ChronoUnit.DAYS.between(d.asOf(), on);
    if (age > c.lifecycle.policy().freshnessDays()) {
      return c.reject(Step.T2, "guard.mappingEntryStale", d.asOf(), c.lifecycle.policy().freshnessDays(), on, age);
    }
    return c.accept(Step.T2, c.next(Status.MAPPED).build());
  }

  /** @return true if the decision names this KIM: its name, with its Nomor Induk Komunitas when it carries one */
  private static boolean isAbout(Decision d, LifecycleState state) {
    return d.subject().equals(state.kimName()) || state.communityNumber()
        .exists(n -> d.subject().equals(state.kimName() + " (" + n.printable() + ")"));
  }

  /** Citation of T3 (MAPPED → CATEGORISED). */
  static final Citation T3_CITATION = Citation.of("I.A butir 3; II.B.3", "pemetaan dan kategorisasi KIM");
  /** Citation of T3b (CATEGORISED → CATEGORISED). */
  static final Citation T3B_CITATION = Citation.proposed("II.B.3", "pemetaan dan kategorisasi KIM", "GAP-16");
  /** Citation of T3r (TERMINATED → CATEGORISED). */
  static final Citation T3R_CITATION = Citation.proposed(
      "II.B.6", "Dinas Kominfo melakukan penghentian kemitraan dengan KIM.", "GAP-38");

  /** T3 from MAPPED, T3b from CATEGORISED, T3r from TERMINATED — the last only with a written rationale (GAP-38). */
  static Either<Rejection, Transition> categorise(Context<Categorise> c) {
    Step step = c.state.status() == Status.MAPPED ? Step.T3 : c.state.status() == Status.CATEGORISED ? Step.T3B
        : Step.T3R;
    if (c.event.rationale().exists(String::isBlank)) {
      return c.reject(step, "guard.rationaleBlank");
    }
    if (step == Step.T3R && c.event.rationale().isEmpty()) {
      return c.reject(step, "guard.reentryRationale", c.state.termination().get().decidedOn());
    }
    return c.accept(step, c.next(Status.CATEGORISED).build());
  }

  /** Citation of T9 (→ DEREGISTERED). */
  static final Citation T9_CITATION = Citation.proposed(
      "II.B.6", "Berpindah ke Kabupaten/Kota lain. … Membubarkan diri", "GAP-38");

  /** T9: a non-partner leaves the register, on evidence of dissolution or relocation. */
  static Either<Rejection, Transition> deregister(Context<Deregister> c) {
    if (c.event.evidence().isEmpty() && c.event.documents().isEmpty()) {
      return c.reject(Step.T9, "guard.deregisterEvidence", c.event.reason().name());
    }
    return c.accept(Step.T9, c.next(Status.DEREGISTERED).deregistration(Option.some(c.event.reason())).build());
  }
}
