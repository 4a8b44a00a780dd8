package id.kim.rules.termination;

import id.kim.core.agency.Dinas;
import id.kim.core.community.KimRecord;
import id.kim.rules.explain.Finding;
import id.kim.rules.fixtures.Kims;
import io.vavr.collection.Seq;
import java.time.LocalDate;

/** Shortcuts for the trigger tests: one ground's finding, and the indications of one ground. */
final class Scans {
  private Scans() {}

  static Finding finding(TerminationTrigger t, KimRecord record, LocalDate asOf) {
    return finding(TriggerDetector.standard(), t, record, Kims.DINAS, asOf);
  }

  static Finding finding(TriggerDetector d, TerminationTrigger t, KimRecord record, Dinas dinas, LocalDate asOf) {
    return d.scan(record, dinas, asOf).find(f -> f.ruleId().equals(t.ruleId())).get();
  }

  static Seq<Indication> detected(TerminationTrigger t, KimRecord record, LocalDate asOf) {
    return TriggerDetector.standard().detect(record, Kims.DINAS, asOf, Kims.OFFICER).filter(i -> i.trigger() == t);
  }

  static Seq<Indication> changed(TerminationTrigger t, KimRecord before, KimRecord after, LocalDate asOf) {
    return TriggerDetector.standard().detectChanges(before, after, Kims.DINAS, asOf, Kims.OFFICER)
        .filter(i -> i.trigger() == t);
  }
}
