package id.kim.bench;

import id.kim.core.i18n.Lang;
import id.kim.rules.eligibility.Eligibility;
import id.kim.rules.eligibility.EligibilityFacts;
import id.kim.rules.eligibility.Juknis2022;
import id.kim.rules.engine.RuleSet;
import id.kim.rules.explain.Decision;
import id.kim.rules.explain.Message;
import java.time.LocalDate;
import java.util.List;
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

/**
 * The partnership decision for one KIM (juknis II.B.4–5), three ways over the same
 * {@link EligibilityFacts}:
 * <ul>
 *   <li>{@link #sdkDecision} (a) — the SDK: a {@link Decision} with one finding per rule, evidence,
 *       citations and messages (as references; rendered only when read);</li>
 *   <li>{@link #handWritten} (b) — {@link HandWrittenEligibility}: a boolean, stopping at the first
 *       failure — the practical lower bound;</li>
 *   <li>{@link #easyRules} (c) — {@link EasyRulesEligibility}: the same rules in Easy Rules.</li>
 * </ul>
 * plus {@link #sdkExplainId}: rendering a decision as Indonesian text, measured on its own.
 *
 * <p>{@code scenario=eligible}: KIM that satisfy every rule, so every rule is evaluated (the most
 * work for each engine). {@code scenario=mixed}: generated register records, mostly incomplete, so
 * the baseline stops early and the SDK holds the qualifications back. Each call takes the next KIM
 * of a fixed set of 256, the same sequence for the three engines.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EligibilityBenchmark {
  private static final int SIZE = 256;
  private static final Message QUESTION = Eligibility.PARTNERSHIP_QUESTION;
  private static final RuleSet<EligibilityFacts> RULES = Juknis2022.PARTNERSHIP;
  private static final LocalDate AS_OF = Fixtures.AS_OF;

  /** Which KIM are decided. */
  @Param({"eligible", "mixed"})
  public String scenario;

  private EligibilityFacts[] facts;
  private Decision[] decisions;
  private int next;

  /** Generates the KIM and their decisions (for the rendering benchmark). */
  @Setup(Level.Trial)
  public void setUp() {
    facts = "eligible".equals(scenario) ? Fixtures.eligible(SIZE, 1) : Fixtures.mixed(SIZE, 1);
    decisions = new Decision[SIZE];
    for (int i = 0; i < SIZE; i++) {
      decisions[i] = Eligibility.decide(QUESTION, RULES, facts[i], AS_OF);
    }
  }

  private int nextIndex() {
    int i = next;
    next = (i + 1) & (SIZE - 1);
    return i;
  }

  /** @return (a) the SDK's full decision, with every finding */
  @Benchmark
  public Decision sdkDecision() {
    return Eligibility.decide(QUESTION, RULES, facts[nextIndex()], AS_OF);
  }

  /** @return (b) the hand-written boolean */
  @Benchmark
  public boolean handWritten() {
    return HandWrittenEligibility.eligible(facts[nextIndex()], AS_OF);
  }

  /** @return (c) the rules that fired in Easy Rules */
  @Benchmark
  public List<String> easyRules() {
    return EasyRulesEligibility.fired(facts[nextIndex()], AS_OF);
  }

  /** @return a decision rendered as Indonesian text (messages formatted, citations, evidence) */
  @Benchmark
  public String sdkExplainId() {
    return decisions[nextIndex()].explain(Lang.ID);
  }
}
