package id.kim.bench;

import id.kim.core.community.KimRef;
import id.kim.core.monitoring.MonitoringRecord;
import id.kim.rules.evaluation.MeasurementPeriod;
import id.kim.rules.evaluation.OutputMeasure;
import id.kim.rules.evaluation.OuttakesMeasure;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The measures of Tabel 5.1 (MEASURE-1 Output, MEASURE-2 Outtakes) over one year of one KIM's
 * monitoring data: 365 posts on five platforms (Tabel 5.3), weekly follower counts of each account
 * and monthly tallies — the figures a Dinas computes for every KIM at renewal.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class MetricsBenchmark {
  /** Posts in the year. */
  public static final int POSTS = 365;
  private MonitoringRecord record;
  private MeasurementPeriod year;

  /** Generates the year of data. */
  @Setup(Level.Trial)
  public void setUp() {
    record = Monitoring.yearOf(KimRef.of("KIM Gumbrih"), 2026, POSTS, new SplittableRandom(1));
    year = MeasurementPeriod.year(2026);
  }

  /** @param out receives the Output and Outtakes results of the year */
  @Benchmark
  public void outputAndOuttakesOfYear(Blackhole out) {
    out.consume(OutputMeasure.of(record, year));
    out.consume(OuttakesMeasure.of(record, year));
  }
}
