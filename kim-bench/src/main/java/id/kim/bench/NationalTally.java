package id.kim.bench;

import id.kim.rules.explain.Verdict;
import id.kim.rules.mapping.grid.GridCategory;
import java.util.EnumMap;
import java.util.Map;

/**
 * What one worker of the national run counted: verdicts, grid categories, measurable metrics, and
 * the nanoseconds it spent generating data versus in the SDK. Workers own their tally; the run
 * merges them at the end.
 */
final class NationalTally {
  final Map<Verdict, Long> verdicts = new EnumMap<>(Verdict.class);
  final Map<GridCategory, Long> categories = new EnumMap<>(GridCategory.class);
  long profiles;
  long invalid;
  long measurableGrowth;
  long generationNanos;
  long validationNanos;
  long eligibilityNanos;
  long metricsNanos;
  long gridNanos;
  /** CPU time of the worker threads (all work: generation and SDK), less sensitive to a busy machine than wall time */
  long workerCpuNanos;
  /** Time the JIT compiler threads spent compiling during the run (the JVM's own account; set once, not added) */
  long compileMillis;

  /** @param other a worker's tally, added to this one */
  void add(NationalTally other) {
    other.verdicts.forEach((v, n) -> verdicts.merge(v, n, Long::sum));
    other.categories.forEach((c, n) -> categories.merge(c, n, Long::sum));
    profiles += other.profiles;
    invalid += other.invalid;
    measurableGrowth += other.measurableGrowth;
    generationNanos += other.generationNanos;
    validationNanos += other.validationNanos;
    eligibilityNanos += other.eligibilityNanos;
    metricsNanos += other.metricsNanos;
    gridNanos += other.gridNanos;
    workerCpuNanos += other.workerCpuNanos;
  }

  /** @return nanoseconds of all workers in the SDK (validation, eligibility, metrics, grid) */
  long sdkNanos() {
    return validationNanos + eligibilityNanos + metricsNanos + gridNanos;
  }
}
