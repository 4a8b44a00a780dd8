package id.kim.examples.pipeline;

import id.kim.core.agency.Dinas;
import id.kim.core.community.KimRecord;
import id.kim.rules.explain.Finding;
import id.kim.rules.termination.TriggerDetector;
import io.vavr.collection.Seq;
import java.time.LocalDate;

/** The termination family behind the pipeline: one finding per ground TERM-1..7. */
public interface ReviewStep {

  /** @return seven findings: indicated (NOT_SATISFIED), not indicated, or not knowable (UNKNOWN) */
  Seq<Finding> scan(KimRecord record, Dinas dinas, LocalDate asOf);

  /** @return the literal-reading trigger detector of {@code id.kim.rules.termination} */
  static ReviewStep juknis2022() {
    return TriggerDetector.standard()::scan;
  }
}
