package id.kim.rules.termination;

import id.kim.core.agency.Dinas;
import id.kim.core.assessment.AssessedCriterion;
import id.kim.core.assessment.Assessment;
import id.kim.core.assessment.AssessmentResult;
import id.kim.core.community.KimRecord;
import id.kim.rules.explain.Evidence;
import id.kim.rules.explain.Message;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;

/**
 * TERM-6 "Mengalami penurunan reputasi di masyarakat yang dapat mengancam reputasi Dinas Kominfo": a
 * judgement, not data. The SDK reads the applicable assessment of
 * {@link AssessedCriterion#REPUTATION_DECLINE} (the latest made by the as-of day and not expired):
 * {@code MET} indicates the ground; without an assessment the ground can still be reported.
 */
final class ReputationCheck extends TriggerCheck {

  @Override
  TerminationTrigger trigger() {
    return TerminationTrigger.REPUTATION_DECLINE;
  }

  private static Option<Assessment> assessment(KimRecord record, LocalDate asOf) {
    return Option.ofOptional(record.latestAssessment(AssessedCriterion.REPUTATION_DECLINE, asOf));
  }

  @Override
  Seq<Hit> hits(KimRecord record, Dinas dinas, LocalDate asOf, TriggerPolicy policy) {
    return assessment(record, asOf).filter(a -> a.result() == AssessmentResult.MET)
        .map(a ->
            new Hit(trigger(), TriggerSubject.KIM, "reputation|" + a.assessedOn() + "|" + a.assessedBy().name().value(),
            List.of(Evidence.of("assessment.criterion", a.criterion().ruleId()),
                Evidence.of("assessment.result", a.result()),
                Evidence.of("assessment.assessedOn", a.assessedOn()),
                Evidence.of("assessment.assessedBy", a.assessedBy().name()))))
        .toList();
  }

  @Override
  Message indicated(Seq<Hit> hits, KimRecord record, Dinas dinas, LocalDate asOf) {
    return message("TERM-6.indicated", assessment(record, asOf).get().assessedOn());
  }

  @Override
  Option<Message> unknown(KimRecord record, Dinas dinas, LocalDate asOf) {
    return assessment(record, asOf).isEmpty() ? Option.some(message("TERM-6.unknown", asOf)) : Option.none();
  }

  @Override
  Message clear(KimRecord record, Dinas dinas, LocalDate asOf, TriggerPolicy policy) {
    return message("TERM-6.clear", assessment(record, asOf).get().assessedOn());
  }
}
