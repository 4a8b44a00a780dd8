package id.kim.rules.lifecycle;

import id.kim.core.time.Period;
import id.kim.rules.explain.Citation;
import id.kim.rules.explain.Decision;
import id.kim.rules.explain.Finding;
import id.kim.rules.explain.Verdict;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The partnership side of the machine: T4/T4b (designation for a period) and T8/T8b (periods ended).
 * Date guards are judged on the event's own day, so an event recorded late is judged as it would have
 * been on time.
 */
final class PartnershipSteps {
  private PartnershipSteps() {}

  /** Citation of T4 (CATEGORISED → PARTNER). */
  static final Citation T4_CITATION = Citation.of(
      "II.B.4", "Untuk dapat bermitra dengan Dinas, maka KIM harus memenuhi beberapa persyaratan berikut");
  /** Citation of T4b (PARTNER → PARTNER (another period)). */
  static final Citation T4B_CITATION = Citation.proposed(
      "Tabel 3.1 r", "Jangka waktu yang ditetapkan untuk bermitra dengan KIM untuk kegiatan "
      + "diseminasi informasi mengenai suatu program atau kebijakan.", "GAP-27");

  /**
   * T4 from CATEGORISED, T4b from PARTNER: an {@code ELIGIBLE} decision, made no later than the event and
   * within the freshness window — after the latest termination, if any (GAP-38); a well-formed period
   * not over on the day; no overlapping period for the same programme (INV-4).
   */
  static Either<Rejection, Transition> designate(Context<Designate> c) {
    Step step = c.state.status() == Status.CATEGORISED ? Step.T4 : Step.T4B;
    Designate e = c.event;
    Decision d = e.eligibility();
    if (d.verdict() != Verdict.ELIGIBLE) {
      return c.reject(step, "guard.notEligible", d.failures().map(Finding::ruleId), d.asOf(), d.verdict().name());
    }
    if (d.asOf().isAfter(e.on())) {
      return c.reject(step, "guard.decisionAfterEvent", d.asOf(), e.on());
    }
    long age = ChronoUnit.DAYS.between(d.asOf(), e.on());
    if (age > c.lifecycle.policy().freshnessDays()) {
      return c.reject(step, "guard.decisionStale", d.asOf(), c.lifecycle.policy().freshnessDays(), e.on(), age);
    }
    Option<LocalDate> terminatedOn = c.state.termination().map(Termination::decidedOn);
    if (terminatedOn.exists(t -> !d.asOf().isAfter(t))) {
      return c.reject(step, "guard.decisionBeforeTermination", terminatedOn.get(), d.asOf());
    }
    Period p = e.period().period();
    if (p.end().isBefore(p.start())) {
      return c.reject(step, "guard.periodInvalid", p);
    }
    if (p.end().isBefore(e.on())) {
      return c.reject(step, "guard.periodOver", p, e.on());
    }
    Option<Designation> clash = c.state.designations()
        .find(x -> x.period().programmeOrPolicy().trim().equalsIgnoreCase(e.period().programmeOrPolicy().trim())
            && x.period().period().overlaps(p));
    if (clash.isDefined()) {
      return c.reject(step, "guard.periodDuplicate", e.period().programmeOrPolicy(), clash.get().period().period());
    }
    Seq<Designation> designations = c.state.designations().append(Designation.of(e)).sorted(Designation.ORDER);
    return c.accept(step, c.next(Status.PARTNER).designations(designations).build());
  }

  /** Citation of T8 (PARTNER → CATEGORISED). */
  static final Citation T8_CITATION = Citation.proposed(
      "Tabel 3.1 r", "Jangka waktu yang ditetapkan untuk bermitra dengan KIM", "GAP-27");
  /** Citation of T8b (PARTNER → PARTNER (some periods ended)). */
  static final Citation T8B_CITATION = Citation.proposed(
      "Tabel 3.1 r", "Jangka waktu yang ditetapkan untuk bermitra dengan KIM", "GAP-27");

  /**
   * T8 when every period is over on the event's day, T8b when another still runs; refused when none is
   * over — a period whose last day is that day still runs.
   */
  static Either<Rejection, Transition> periodEnded(Context<PeriodEnded> c) {
    LocalDate day = c.event.on();
    Seq<Designation> over = c.state.designations().filter(d -> d.isOverOn(day));
    if (over.isEmpty()) {
      return c.reject(Step.T8, "guard.noPeriodOver", day,
          c.state.designations().map(d -> d.period().period().end()).min().map(LocalDate::toString).getOrElse("-"));
    }
    Seq<Designation> running = c.state.designations().removeAll(over);
    return running.isEmpty()
        ? c.accept(Step.T8, c.next(Status.CATEGORISED).designations(List.empty()).build())
        : c.accept(Step.T8B, c.next(Status.PARTNER).designations(running).build());
  }
}
