package id.kim.rules.collaboration.trial;

import static id.kim.rules.collaboration.Fixtures.OFFICER;
import static id.kim.rules.collaboration.Fixtures.d;

import id.kim.core.community.KimProfile;
import id.kim.core.community.PartnershipPeriod;
import id.kim.core.time.Period;
import id.kim.rules.collaboration.Fixtures;
import id.kim.rules.explain.Finding;
import id.kim.rules.explain.RuleId;
import io.vavr.collection.Seq;

/** Sample checklists and helpers for the trial and validation tests. */
final class TrialSamples {
  static final String PROGRAMME = "Sosialisasi program ketahanan pangan";

  private TrialSamples() {}

  static ValidationChecklist start(KimProfile kim) {
    return ValidationChecklist.start(kim, Fixtures.DINAS).get();
  }

  static PartnershipPeriod period(String start, String end) {
    return PartnershipPeriod.of(Period.of(d(start), d(end)), PROGRAMME);
  }

  static DesignationStep designation(String on, String start, String end) {
    return DesignationStep.of(d(on), OFFICER, period(start, end));
  }

  static Seq<Finding> findingsOf(ValidationEvaluation e, String rule) {
    return e.findings().filter(f -> f.ruleId().equals(RuleId.of(rule)));
  }

  static Finding only(ValidationEvaluation e, String rule) {
    Seq<Finding> fs = findingsOf(e, rule);
    if (fs.size() != 1) {
      throw new AssertionError("expected one finding for " + rule + " but got " + fs);
    }
    return fs.head();
  }
}
