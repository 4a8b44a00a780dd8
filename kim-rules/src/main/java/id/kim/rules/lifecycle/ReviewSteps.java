package id.kim.rules.lifecycle;

import id.kim.rules.explain.Citation;
import id.kim.rules.explain.RuleId;
import id.kim.rules.termination.Indication;
import id.kim.rules.termination.TerminationTrigger;
import id.kim.rules.termination.TriggerPolicy;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * The review and termination of juknis II.B.6: T5/T5b (indications open or extend a review,
 * TERM-PROC-1), T7 (cleared, GAP-37), T6 (proven ground, TERM-PROC-2, INV-3).
 */
final class ReviewSteps {
  private ReviewSteps() {}

  /** Citation of T5 (PARTNER → UNDER_REVIEW): juknis II.B.6, TERM-PROC-1 — an indicated ground opens a review. */
  static final Citation T5_CITATION = Citation.of(TerminationTrigger.SECTION,
      "Bagi KIM yang terindikasi mengalami salah satu poin tersebut di atas, maka Dinas Kominfo akan melakukan "
          + "peninjauan terhadap kemitraan dengan KIM.");
  /** Citation of T5b (UNDER_REVIEW → UNDER_REVIEW). */
  static final Citation T5B_CITATION = Citation.proposed("II.B.6", T5_CITATION.quote(), "GAP-37");

  /**
   * T5 from PARTNER, T5b from UNDER_REVIEW: at least one indication; each with evidence, raised no
   * later than the event, within the trigger policy (GAP-03, GAP-05), not already under review.
   */
  static Either<Rejection, Transition> openReview(Context<OpenReview> c) {
    Step step = c.state.status() == Status.PARTNER ? Step.T5 : Step.T5B;
    Seq<Indication> indications = c.event.indications();
    if (indications.isEmpty()) {
      return c.reject(step, "guard.noIndication");
    }
    TriggerPolicy policy = c.lifecycle.policy().triggers();
    for (Indication i : indications.sorted(Indication.ORDER)) {
      Seq<RuleId> ground = List.of(i.ruleId());
      if (!i.hasEvidence()) {
        return c.reject(step, "guard.indicationNoEvidence", ground, i.ruleId());
      }
      if (i.reportedOn().isAfter(c.event.on())) {
        return c.reject(step, "guard.indicationLater", ground, i.ruleId(), i.reportedOn(), c.event.on());
      }
      if (!policy.covers(i.trigger(), i.subject())) {
        return c.reject(step, "guard.indicationScope", ground, i.ruleId(), i.subject().name(), policy);
      }
      if (c.state.openIndications().contains(i) || indications.count(i::equals) > 1) {
        return c.reject(step, "guard.indicationDuplicate", ground, i.ruleId());
      }
    }
    Review review = c.state.review().map(r -> r.adding(indications)).getOrElse(() -> Review.open(c.event));
    return c.accept(step, c.next(Status.UNDER_REVIEW).review(Option.some(review)).build(), grounds(indications));
  }

  /** Citation of T7 (UNDER_REVIEW → PARTNER). */
  static final Citation T7_CITATION = Citation.proposed("II.B.6", T5_CITATION.quote(), "GAP-37");

  /** T7: the review closes without proof, on a written rationale; the partnership continues. */
  static Either<Rejection, Transition> clearReview(Context<ClearReview> c) {
    if (c.event.rationale().isBlank()) {
      return c.reject(Step.T7, "guard.rationaleBlank");
    }
    return c.accept(Step.T7, c.next(Status.PARTNER).review(Option.none()).build(), grounds(c.state.openIndications()));
  }

  /** Citation of T6 (UNDER_REVIEW → TERMINATED): juknis II.B.6, TERM-PROC-2 — a proven ground ends the partnership. */
  static final Citation T6_CITATION = Citation.of(TerminationTrigger.SECTION,
      "Selanjutnya, apabila KIM terbukti mengalami salah satu poin sebagaimana tersebut di atas, Dinas Kominfo "
          + "melakukan penghentian kemitraan dengan KIM.");

  /** T6: at least one proven ground, each one under review; the decision cites them (INV-3). */
  static Either<Rejection, Transition> terminate(Context<Terminate> c) {
    Seq<ProvenTrigger> proven = c.event.proven();
    if (proven.isEmpty()) {
      return c.reject(Step.T6, "guard.noProof");
    }
    Review review = c.state.review().get();
    Option<ProvenTrigger> unreviewed = proven.sorted(ProvenTrigger.ORDER)
        .find(p -> !review.triggers().contains(p.trigger()));
    if (unreviewed.isDefined()) {
      return c.reject(Step.T6, "guard.notUnderReview", List.of(unreviewed.get().ruleId()), unreviewed.get().ruleId(),
          review.triggers().map(t -> t.ruleId().value()).mkString(", "));
    }
    LifecycleState to = c.next(Status.TERMINATED).review(Option.none()).designations(List.empty())
        .termination(Option.some(Termination.of(review, c.event))).build();
    return c.accept(Step.T6, to, proven.map(ProvenTrigger::ruleId).distinct().sorted());
  }

  private static Seq<RuleId> grounds(Seq<Indication> indications) {
    return indications.map(Indication::ruleId).distinct().sorted();
  }
}
