package id.kim.rules.collaboration.trial;

import id.kim.rules.collaboration.CollaborationMessages;
import id.kim.rules.explain.Evidence;
import id.kim.rules.explain.Finding;
import id.kim.rules.explain.Outcome;
import id.kim.rules.explain.Severity;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;

/**
 * The findings of the optional steps (MODEL-A-VAL-1..2, MODEL-B-VAL-1..3). They are all
 * {@link Severity#WARNING}: the juknis says the steps "dapat dilakukan" (GAP-28), so no answer here
 * changes the designation — a step not recorded, a KIM not ready, an inconsistent trial are shown to
 * the officer, who decides.
 */
final class StepFindings {
  private StepFindings() {}

  static Finding of(ValidationStep step, Option<? extends ValidationEntry> entry, LocalDate asOf,
      ValidationPolicy policy) {
    if (entry.isEmpty()) {
      return warning(step, Outcome.NOT_SATISFIED, "optional.notRecorded", List.empty(), step.number())
          .remedy(Option.of(CollaborationMessages.of("optional.notRecorded.remedy", step.ruleId()))).build();
    }
    ValidationEntry e = entry.get();
    if (e instanceof ParticipationMonitoring m) {
      Seq<Evidence> ev = List.of(Evidence.of("monitoredOn", m.on()), Evidence.of("issues", m.issues().mkString("; ")),
          Evidence.of("media", m.media().map(x -> x.platform().label()).mkString(", ")));
      boolean subject = m.issues().nonEmpty() || m.media().nonEmpty();
      return warning(step, subject ? Outcome.SATISFIED : Outcome.UNKNOWN,
          subject ? "MODEL-A-VAL-1.recorded" : "MODEL-A-VAL-1.noSubject", ev, m.on(), m.issues().size(),
          m.media().size()).build();
    }
    if (e instanceof ReadinessFeedback f) {
      return answer(step, f.readyToCoordinate(), "MODEL-A-VAL-2", "readyToCoordinate", f.on());
    }
    if (e instanceof CommitmentMonitoring m) {
      return answer(step, m.committed(), "MODEL-B-VAL-1", "committed", m.on());
    }
    if (e instanceof SupportFeedback f) {
      return warning(step, Outcome.SATISFIED, "MODEL-B-VAL-2.recorded",
          List.of(Evidence.of("processedOn", f.on()), Evidence.of("needs", f.needs().mkString(", "))), f.on(),
          f.needs().size()).build();
    }
    return trial(step, (ProductionTrial) e, asOf, policy);
  }

  private static Finding answer(ValidationStep step, Option<Boolean> answer, String rule, String fact,
      LocalDate on) {
    Outcome outcome = answer.map(yes -> yes ? Outcome.SATISFIED : Outcome.NOT_SATISFIED).getOrElse(Outcome.UNKNOWN);
    String key = rule + answer.map(yes -> yes ? ".yes" : ".no").getOrElse(".unstated");
    return warning(step, outcome, key, List.of(Evidence.of("on", on), Evidence.of(fact, answer)), on).build();
  }

  private static Finding trial(ValidationStep step, ProductionTrial t, LocalDate asOf, ValidationPolicy policy) {
    Seq<Evidence> ev = List.of(Evidence.of("trialPeriod", t.trialPeriod()),
        Evidence.of("trialDays", t.trialPeriod().lengthInDays()),
        Evidence.of("exampleTrialMonths", policy.exampleTrialMonths()),
        Evidence.of("scheduled", t.scheduled()), Evidence.of("produced", t.produced()));
    if (t.trialPeriod().end().isAfter(asOf)) {
      return warning(step, Outcome.UNKNOWN, "MODEL-B-VAL-3.running", ev, t.trialPeriod(), asOf).build();
    }
    return warning(step, t.isConsistent() ? Outcome.SATISFIED : Outcome.NOT_SATISFIED,
        t.isConsistent() ? "MODEL-B-VAL-3.consistent" : "MODEL-B-VAL-3.inconsistent", ev, t.trialPeriod(),
        t.produced(), t.scheduled()).build();
  }

  /**
   * A warning when a step is dated before a step that comes earlier in the juknis' list was first
   * recorded: the earlier step first recorded latest is named (on a tie, the lowest-numbered).
   *
   * @param earlier the earlier steps done, with the day each was first recorded
   */
  static Option<Finding> order(ValidationStep step, LocalDate on, Seq<Tuple2<ValidationStep, LocalDate>> earlier) {
    return earlier.filter(d -> d._2.isAfter(on)).maxBy((a, b) -> a._2.equals(b._2)
            ? Integer.compare(b._1.number(), a._1.number()) : a._2.compareTo(b._2))
        .map(d -> warning(step, Outcome.NOT_SATISFIED, "order.beforeEarlierStep",
            List.of(Evidence.of("on", on), Evidence.of(d._1.ruleId().value(), d._2)), on, d._1.ruleId(), d._2)
            .build());
  }

  static Finding.Builder warning(ValidationStep step, Outcome outcome, String key, Seq<Evidence> evidence,
      Object... args) {
    Object[] all = new Object[args.length + 1];
    all[0] = step.ruleId().value();
    System.arraycopy(args, 0, all, 1, args.length);
    return Finding.builder().ruleId(step.ruleId()).citation(step.citation()).outcome(outcome)
        .severity(Severity.WARNING).evidence(evidence).message(CollaborationMessages.of(key, all));
  }
}
