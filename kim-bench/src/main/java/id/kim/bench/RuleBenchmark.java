package id.kim.bench;

import id.kim.rules.eligibility.EligibilityFacts;
import id.kim.rules.eligibility.Juknis2022;
import id.kim.rules.engine.Rule;
import id.kim.rules.explain.Finding;
import id.kim.rules.explain.RuleId;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Where a partnership decision spends its time: one rule of {@link Juknis2022#PARTNERSHIP} at a
 * time — its finding (rule, citation, outcome, evidence, message) and its data-quality warnings —
 * on the same 256 eligible KIM as {@link EligibilityBenchmark} (calls per second; the summary
 * turns them into nanoseconds per call). The sum
 * over the rules is close to one decision; the difference is the engine (gates, the list of
 * findings, the decision itself).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class RuleBenchmark {
  private static final int SIZE = 256;
  private static final LocalDate AS_OF = Fixtures.AS_OF;

  /** The rule measured. */
  @Param({"PARTNER-LEGAL-1", "PARTNER-LEGAL-2", "PARTNER-LEGAL-3", "PARTNER-ADMIN-1", "PARTNER-ADMIN-2",
      "PARTNER-ADMIN-3", "PARTNER-ADMIN-4", "PARTNER-ADMIN-DECL", "QUAL-1", "QUAL-2", "QUAL-3", "QUAL-4", "QUAL-5",
      "QUAL-6", "QUAL-7"})
  public String rule;

  private Rule<EligibilityFacts> measured;
  private EligibilityFacts[] facts;
  private int next;

  /** Picks the rule and generates the KIM. */
  @Setup(Level.Trial)
  public void setUp() {
    measured = Juknis2022.PARTNERSHIP.rule(RuleId.of(rule))
        .getOrElseThrow(() -> new IllegalArgumentException("no rule " + rule + " in " + Juknis2022.PARTNERSHIP));
    facts = Fixtures.eligible(SIZE, 1);
  }

  /**
   * @param sink keeps the results alive
   */
  @Benchmark
  public void findingAndWarnings(Blackhole sink) {
    EligibilityFacts f = facts[next];
    next = (next + 1) & (SIZE - 1);
    Finding finding = measured.evaluate(f, AS_OF);
    Seq<Finding> warnings = measured.warnings(f, AS_OF);
    sink.consume(finding);
    sink.consume(warnings);
  }
}
