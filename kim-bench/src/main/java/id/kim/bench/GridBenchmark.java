package id.kim.bench;

import id.kim.core.agency.Dinas;
import id.kim.core.region.RegencyCity;
import id.kim.rules.mapping.MappingPolicy;
import id.kim.rules.mapping.grid.Grid;
import id.kim.rules.mapping.issue.IssueMatrix;
import id.kim.rules.mapping.profiling.Census;
import id.kim.testkit.KimSamples;
import io.vavr.collection.List;
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

/**
 * Mapping stage C (juknis III.C, Tabel 3.3): placing all 10,000 KIM of one regency/city on the
 * interest/power/influence grid under the standard policy — power and influence measured from
 * PROFILE-s/t against the median of the regency's own KIM (relative threshold, GAP-15), each
 * placement with its explanation. One operation places the whole population.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class GridBenchmark {
  /** KIM in the regency. */
  public static final int POPULATION = 10_000;
  private Census census;
  private IssueMatrix issues;

  /** Builds the census (stage A) and the empty issue matrix (stage B). */
  @Setup(Level.Trial)
  public void setUp() {
    RegencyCity regency = KimSamples.regencyCity(new SplittableRandom(7));
    Dinas dinas = Dinas.regencyCity("Dinas Kominfo " + regency.fullName(), regency);
    census = Census.of(dinas, Populations.of(regency, POPULATION, 1)).get();
    issues = IssueMatrix.of(List.empty(), census, Fixtures.AS_OF).get();
  }

  /** @return the grid of 10,000 KIM */
  @Benchmark
  public Grid place10k() {
    return Grid.place(census, issues, List.empty(), List.empty(), MappingPolicy.standard().level(), Fixtures.AS_OF);
  }
}
