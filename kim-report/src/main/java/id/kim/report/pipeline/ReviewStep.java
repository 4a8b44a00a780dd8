package id.kim.report.pipeline;

import id.kim.core.agency.Dinas;
import id.kim.core.agency.Officer;
import id.kim.core.community.KimRecord;
import id.kim.rules.explain.Finding;
import id.kim.rules.termination.Indication;
import id.kim.rules.termination.TriggerDetector;
import io.vavr.collection.Seq;
import java.time.LocalDate;

/** The termination family behind the pipeline: one finding per ground TERM-1..7, and the indications the data show. */
public interface ReviewStep {

  /** @return seven findings: indicated (NOT_SATISFIED), not indicated, or not knowable (UNKNOWN) */
  Seq<Finding> scan(KimRecord record, Dinas dinas, LocalDate asOf);

  /** @return the grounds the data indicate, as indications detected on {@code asOf} by the officer running the check */
  Seq<Indication> detect(KimRecord record, Dinas dinas, LocalDate asOf, Officer by);

  /** @return the literal-reading trigger detector of {@code id.kim.rules.termination} */
  static ReviewStep juknis2022() {
    TriggerDetector detector = TriggerDetector.standard();
    return new ReviewStep() {
      @Override
      public Seq<Finding> scan(KimRecord record, Dinas dinas, LocalDate asOf) {
        return detector.scan(record, dinas, asOf);
      }

      @Override
      public Seq<Indication> detect(KimRecord record, Dinas dinas, LocalDate asOf, Officer by) {
        return detector.detect(record, dinas, asOf, by);
      }
    };
  }
}
