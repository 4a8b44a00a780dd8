package id.kim.rules.collaboration.trial;

import id.kim.core.time.Period;
import id.kim.rules.collaboration.CollaborationMessages;
import id.kim.rules.collaboration.CollaborationModel;
import id.kim.rules.explain.Citation;
import id.kim.rules.explain.Evidence;
import id.kim.rules.explain.Finding;
import id.kim.rules.explain.Outcome;
import id.kim.rules.explain.Severity;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

/**
 * The findings of the designation (MODEL-A-VAL-3, MODEL-B-VAL-4): the one {@code REQUIREMENT} of the
 * checklist — a designation with a period must be recorded (GAP-28, PROPOSED) — and, for TYPE-B only,
 * two advisory warnings from the juknis' example "dalam periode tertentu selama tahun berjalan
 * (misalnya 6 atau 8 bulan)" (GAP-27, PROPOSED): the period should lie within the calendar year of the
 * designation, and is compared with the longest example length.
 */
final class DesignationFindings {
  private DesignationFindings() {}

  static Seq<Finding> of(CollaborationModel model, ValidationStep step, Option<DesignationStep> designation,
      ValidationPolicy policy) {
    Citation required = Citation.proposed(step.citation().section(), step.citation().quote(), "GAP-28");
    if (designation.isEmpty()) {
      return List.of(Finding.builder().ruleId(step.ruleId()).citation(required).outcome(Outcome.NOT_SATISFIED)
          .message(CollaborationMessages.of("designation.missing", step.ruleId()))
          .remedy(Option.of(CollaborationMessages.of("designation.missing.remedy", step.ruleId()))).build());
    }
    DesignationStep d = designation.get();
    Period period = d.partnershipPeriod().period();
    Finding recorded = Finding.builder().ruleId(step.ruleId()).citation(required).outcome(Outcome.SATISFIED)
        .evidence(List.of(Evidence.of("designatedOn", d.on()), Evidence.of("period", period),
            Evidence.of("programmeOrPolicy", d.partnershipPeriod().programmeOrPolicy()),
            Evidence.of("designatedBy", d.by().name()), Evidence.of("policy", policy)))
        .message(CollaborationMessages.of("designation.recorded", step.ruleId(), d.on(), period,
            d.partnershipPeriod().programmeOrPolicy()))
        .build();
    Seq<Finding> findings = List.of(recorded);
    if (model != CollaborationModel.EMPOWERMENT_CONTENT) {
      return findings;
    }
    if (policy.warnOutsideRunningYear()) {
      int year = d.on().getYear();
      boolean within = period.start().getYear() == year && period.end().getYear() == year;
      findings = findings.append(advisory(step, within, "MODEL-B-VAL-4.runningYear",
          "dalam periode tertentu selama tahun berjalan",
          List.of(Evidence.of("period", period), Evidence.of("runningYear", year)), period, year));
    }
    if (policy.warnBeyondLongestExample()) {
      boolean within = !policy.exceedsLongestExample(period);
      findings = findings.append(advisory(step, within, "MODEL-B-VAL-4.length", "(misalnya 6 atau 8 bulan)",
          List.of(Evidence.of("periodDays", period.lengthInDays()),
              Evidence.of("exampleMonths", policy.exampleDesignationMonths().mkString("/"))),
          period, period.lengthInDays(), policy.longestDesignationMonths()));
    }
    return findings;
  }

  private static Finding advisory(ValidationStep step, boolean within, String key, String quote, Seq<Evidence> ev,
      Object... args) {
    Object[] all = new Object[args.length + 1];
    all[0] = step.ruleId().value();
    System.arraycopy(args, 0, all, 1, args.length);
    Citation citation = Citation.proposed(step.citation().section(), quote, "GAP-27");
    return Finding.builder().ruleId(step.ruleId()).citation(citation)
        .outcome(within ? Outcome.SATISFIED : Outcome.NOT_SATISFIED).severity(Severity.WARNING).evidence(ev)
        .message(CollaborationMessages.of(key + (within ? ".within" : ".outside"), all)).build();
  }
}
