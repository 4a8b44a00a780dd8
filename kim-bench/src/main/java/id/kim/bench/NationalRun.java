package id.kim.bench;

import id.kim.core.agency.Dinas;
import id.kim.core.community.CommunityNumber;
import id.kim.core.community.KimProfile;
import id.kim.core.community.KimRecord;
import id.kim.core.community.KimRef;
import id.kim.core.monitoring.MonitoringRecord;
import id.kim.core.validation.KimValidator;
import id.kim.rules.eligibility.Eligibility;
import id.kim.rules.eligibility.EligibilityFacts;
import id.kim.rules.eligibility.Juknis2022;
import id.kim.rules.evaluation.MeasurementPeriod;
import id.kim.rules.evaluation.OutputMeasure;
import id.kim.rules.explain.Decision;
import id.kim.rules.mapping.MappingPolicy;
import id.kim.rules.mapping.grid.Grid;
import id.kim.rules.mapping.grid.GridPlacement;
import id.kim.rules.mapping.issue.IssueMatrix;
import id.kim.rules.mapping.profiling.Census;
import id.kim.testkit.RecordSamplers;
import id.kim.testkit.Sampler;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A whole country's register re-evaluated: {@code N} KIM records generated on the fly by kim-testkit
 * (nothing is stored), on a small fixed pool of worker threads, one Dinas' register at a time. The
 * {@code N} records are shared equally among the 44 regencies/cities of kim-testkit's region table
 * (see {@link Register#shares}); record {@code i} of the country (seed = {@code i}) is
 * {@code KimSamples.recordIn(new SplittableRandom(i), itsRegency)} (through the register's
 * {@code RecordSamplers.recordIn} sampler, made once). Each worker takes the next register and, in
 * one pass over its records:
 * <ol>
 *   <li>validates each record ({@link KimValidator}, Bean Validation of the whole record), decides
 *       the partnership with every finding ({@link Eligibility#decide}, juknis II.B.4–5, by the
 *       Dinas of that regency/city) and measures MEASURE-1 Output over its own PROFILE-s figures
 *       for 2026, keeping only what mapping stages A–C read;</li>
 *   <li>then places the whole regency on the interest/power/influence grid of Tabel 3.3
 *       ({@link Census#of} → {@link IssueMatrix#of} → {@link Grid#place}) against the median of that
 *       regency's own KIM (the standard relative threshold, GAP-15).</li>
 * </ol>
 * Each record is generated once. Every worker measures the time it spends generating data apart
 * from the time it spends in the SDK, so the report shows both the end-to-end rate and the SDK's
 * own.
 *
 * <p>The first pass is the figure that counts: a fresh JVM, so it includes loading the classes,
 * bootstrapping Hibernate Validator and the JIT compiler's work (on 2 cores the compiler threads take
 * CPU from the workers; the report gives the compile time). With {@code passes > 1} the same
 * country is run again in the same JVM, which shows what a long-running Dinas server would see once
 * warm. Run with
 * {@code java -Xmx512m -cp benchmarks.jar id.kim.bench.NationalRun [profiles] [threads] [json-file] [passes]}.
 */
public final class NationalRun {
  private static final LocalDate AS_OF = Fixtures.AS_OF;
  private static final MeasurementPeriod YEAR = MeasurementPeriod.year(2026);

  private final int profiles;
  private final int threads;
  private final List<Register> registers;
  private final AtomicInteger nextRegister = new AtomicInteger();

  private NationalRun(int profiles, int threads) {
    this.profiles = profiles;
    this.threads = threads;
    this.registers = Register.shares(profiles);
  }

  /**
   * @param args {@code [profiles (1000000)] [threads (available processors)] [json-file] [passes (1)]}
   * @throws Exception if a worker fails
   */
  public static void main(String[] args) throws Exception {
    int profiles = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
    int passes = args.length > 3 ? Integer.parseInt(args[3]) : 1;
    NationalReport first = new NationalRun(profiles, threads).run();
    System.out.println(first.text());
    NationalReport last = first;
    for (int pass = 2; pass <= passes; pass++) {
      last = new NationalRun(profiles, threads).run();
      System.out.println("Pass " + pass + ", same JVM (classes loaded, code compiled):");
      System.out.println(last.text());
    }
    if (args.length > 2) {
      Files.writeString(Path.of(args[2]), first.json(passes > 1 ? last : null));
    }
  }

  private NationalReport run() throws Exception {
    HeapWatch heap = new HeapWatch();
    CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    long compiled = jit.getTotalCompilationTime();
    heap.start();
    long start = System.nanoTime();
    NationalTally total = onPool(this::registers);
    long end = System.nanoTime();
    heap.stop();
    total.profiles = profiles;
    total.compileMillis = jit.getTotalCompilationTime() - compiled;
    return new NationalReport(total, threads, registers.size(), registers.get(0).count(), end - start,
        heap.peakUsedBytes(), heap.peakLiveBytes(), heap.maxHeapBytes(), heap.collections(), heap.collectionMillis());
  }

  private NationalTally onPool(Callable<NationalTally> work) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<NationalTally>> futures = new ArrayList<>();
      for (int w = 0; w < threads; w++) {
        futures.add(pool.submit(work));
      }
      NationalTally total = new NationalTally();
      for (Future<NationalTally> f : futures) {
        total.add(f.get());
      }
      return total;
    } finally {
      pool.shutdown();
    }
  }

  /** One worker: the next register until none is left. */
  private NationalTally registers() {
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long cpu0 = cpu.getCurrentThreadCpuTime();
    NationalTally t = new NationalTally();
    for (int k = nextRegister.getAndIncrement(); k < registers.size(); k = nextRegister.getAndIncrement()) {
      register(registers.get(k), t);
    }
    t.workerCpuNanos = cpu.getCurrentThreadCpuTime() - cpu0;
    return t;
  }

  /** One regency/city: every record validated, decided, measured, then the regency's grid. */
  private static void register(Register register, NationalTally t) {
    Dinas dinas = register.dinas();
    Sampler<KimRecord> records = RecordSamplers.recordIn(register.regencyCity());
    List<KimProfile> population = new ArrayList<>(register.count());
    for (int seed = register.firstSeed(); seed < register.firstSeed() + register.count(); seed++) {
      long t0 = System.nanoTime();
      KimRecord record = records.from(new SplittableRandom(seed));
      long t1 = System.nanoTime();
      boolean valid = KimValidator.standard().validate(record).isValid();
      long t2 = System.nanoTime();
      t.generationNanos += t1 - t0;
      t.validationNanos += t2 - t1;
      if (valid) {
        Decision d = Eligibility.decide(Eligibility.PARTNERSHIP_QUESTION, Juknis2022.PARTNERSHIP,
            EligibilityFacts.of(record, dinas), AS_OF);
        t.verdicts.merge(d.verdict(), 1L, Long::sum);
        long t3 = System.nanoTime();
        MonitoringRecord monitoring = MonitoringRecord.builder().kim(KimRef.from(record.profile()))
            .reach(record.profile().reach()).build();
        if (OutputMeasure.of(monitoring, YEAR).followerGrowth().isMeasurable()) {
          t.measurableGrowth++;
        }
        long t4 = System.nanoTime();
        t.eligibilityNanos += t3 - t2;
        t.metricsNanos += t4 - t3;
        t2 = t4;
      } else {
        t.invalid++;
      }
      population.add(gridView(record.profile(), seed));
      t.generationNanos += System.nanoTime() - t2;
    }
    long t5 = System.nanoTime();
    Census census = Census.of(dinas, population)
        .getOrElseThrow(f -> new IllegalStateException("census refused: " + f.head()));
    population = null;
    IssueMatrix issues = IssueMatrix.of(io.vavr.collection.List.empty(), census, AS_OF)
        .getOrElseThrow(f -> new IllegalStateException("issues refused: " + f.head()));
    Grid grid = Grid.place(census, issues, io.vavr.collection.List.empty(), io.vavr.collection.List.empty(),
        MappingPolicy.standard().level(), AS_OF);
    for (GridPlacement p : grid.placements()) {
      t.categories.merge(p.category(), 1L, Long::sum);
    }
    t.gridNanos += System.nanoTime() - t5;
  }

  /**
   * The part of a profile that stages A–C of the mapping read — identity (name, PROFILE-c number,
   * seat), PROFILE-s/t figures and the fields and issues that suggest interest — so that a whole
   * regency fits in memory at once. kim-testkit draws names and community numbers from small sets,
   * so two generated KIM of one regency may share them, and a census refuses the same KIM twice
   * (MAP-A-1); a real register's numbers are unique, so the seed is appended to name and number.
   */
  private static KimProfile gridView(KimProfile p, int seed) {
    KimProfile.Builder view = KimProfile.builder().name(p.name() + " #" + seed).seat(p.seat())
        .reach(p.reach()).responses(p.responses()).fieldsOfActivity(p.fieldsOfActivity())
        .publicIssues(p.publicIssues());
    p.communityNumber().ifPresent(n -> {
      CommunityNumber unique = CommunityNumber.of(n.value() + "-" + seed, n.issuedBy());
      view.communityNumber(n.issuedOn().map(unique::withIssuedOn).orElse(unique));
    });
    return view.build();
  }
}
