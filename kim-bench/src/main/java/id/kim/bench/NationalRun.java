package id.kim.bench;

import id.kim.core.agency.Dinas;
import id.kim.core.community.CommunityNumber;
import id.kim.core.community.KimProfile;
import id.kim.core.community.KimRecord;
import id.kim.core.community.KimRef;
import id.kim.core.monitoring.MonitoringRecord;
import id.kim.core.region.RegencyCity;
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
import id.kim.testkit.KimSamples;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * A whole country's register re-evaluated: {@code N} KIM records generated on the fly by kim-testkit
 * (seed = index, so the run is reproducible and nothing is stored), on a small fixed pool of worker
 * threads, in two streaming phases:
 * <ol>
 *   <li><b>decide</b> — every record: Bean Validation ({@link KimValidator}), the partnership
 *       decision with every finding ({@link Eligibility#decide}, juknis II.B.4–5, by the Dinas of
 *       its regency/city) and MEASURE-1 Output over its own PROFILE-s figures for 2026; only the
 *       record's regency/city (2 bytes) is kept;</li>
 *   <li><b>grid</b> — per regency/city, its records are generated again and placed on the
 *       interest/power/influence grid of Tabel 3.3 ({@link Grid#place}) against the median of that
 *       regency's own KIM (the standard relative threshold, GAP-15). Only one regency per worker is
 *       in memory at a time.</li>
 * </ol>
 * Every worker measures the time it spends generating data apart from the time it spends in the
 * SDK, so the report shows both the end-to-end rate and the SDK's own. Run with
 * {@code java -Xmx512m -cp benchmarks.jar id.kim.bench.NationalRun [profiles] [threads] [json-file]}.
 */
public final class NationalRun {
  private static final LocalDate AS_OF = Fixtures.AS_OF;
  private static final MeasurementPeriod YEAR = MeasurementPeriod.year(2026);
  private static final int CHUNK = 2_048;

  private final int profiles;
  private final int threads;
  private final short[] regencyOf;
  private final Map<RegencyCity, Integer> regencyIndex = new ConcurrentHashMap<>();
  private final List<Dinas> dinasByIndex = new CopyOnWriteArrayList<>();

  private NationalRun(int profiles, int threads) {
    this.profiles = profiles;
    this.threads = threads;
    this.regencyOf = new short[profiles];
  }

  /**
   * @param args {@code [profiles (1000000)] [threads (available processors)] [json-file]}
   * @throws Exception if a worker fails
   */
  public static void main(String[] args) throws Exception {
    int profiles = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
    NationalReport report = new NationalRun(profiles, threads).run();
    System.out.println(report.text());
    if (args.length > 2) {
      java.nio.file.Files.writeString(java.nio.file.Path.of(args[2]), report.json());
    }
  }

  private NationalReport run() throws Exception {
    HeapWatch heap = new HeapWatch();
    heap.start();
    long start = System.nanoTime();
    NationalTally decided = onPool(w -> this::decideChunks);
    long afterDecide = System.nanoTime();
    int[][] seedsByRegency = seedsByRegency();
    NationalTally gridded = onPool(w -> gridRegencies(seedsByRegency));
    long end = System.nanoTime();
    heap.stop();
    decided.add(gridded);
    decided.profiles = profiles;
    return new NationalReport(decided, threads, dinasByIndex.size(), afterDecide - start, end - afterDecide,
        heap.peakUsedBytes(), heap.peakLiveBytes(), heap.maxHeapBytes(), heap.collections(), heap.collectionMillis());
  }

  private NationalTally onPool(IntFunction<java.util.concurrent.Callable<NationalTally>> work) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<NationalTally>> futures = new ArrayList<>();
      for (int w = 0; w < threads; w++) {
        futures.add(pool.submit(work.apply(w)));
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

  private final AtomicLong nextSeed = new AtomicLong();

  /** Phase 1: validation, decision and metrics of every record, chunk by chunk. */
  private NationalTally decideChunks() {
    NationalTally t = new NationalTally();
    for (long from = nextSeed.getAndAdd(CHUNK); from < profiles; from = nextSeed.getAndAdd(CHUNK)) {
      long to = Math.min(profiles, from + CHUNK);
      for (int seed = (int) from; seed < to; seed++) {
        long t0 = System.nanoTime();
        KimRecord record = KimSamples.record(new SplittableRandom(seed));
        long t1 = System.nanoTime();
        boolean valid = KimValidator.standard().validate(record).isValid();
        long t2 = System.nanoTime();
        t.generationNanos += t1 - t0;
        t.validationNanos += t2 - t1;
        if (!valid) {
          t.invalid++;
          continue;
        }
        int regency = regencyIndexOf(Fixtures.dinasOf(record));
        regencyOf[seed] = (short) regency;
        EligibilityFacts facts = EligibilityFacts.of(record, dinasByIndex.get(regency));
        Decision d = Eligibility.decide(Eligibility.PARTNERSHIP_QUESTION, Juknis2022.PARTNERSHIP, facts, AS_OF);
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
      }
    }
    return t;
  }

  private int regencyIndexOf(Dinas dinas) {
    RegencyCity area = dinas.regencyCity().orElseThrow();
    return regencyIndex.computeIfAbsent(area, a -> {
      synchronized (dinasByIndex) {
        dinasByIndex.add(dinas);
        return dinasByIndex.size() - 1;
      }
    });
  }

  /** @return the seeds of each regency/city's records, largest regency first */
  private int[][] seedsByRegency() {
    int[] counts = new int[dinasByIndex.size()];
    for (short r : regencyOf) {
      counts[r]++;
    }
    int[][] seeds = new int[counts.length][];
    for (int r = 0; r < counts.length; r++) {
      seeds[r] = new int[counts[r]];
    }
    int[] filled = new int[counts.length];
    for (int seed = 0; seed < profiles; seed++) {
      int r = regencyOf[seed];
      seeds[r][filled[r]++] = seed;
    }
    return seeds;
  }

  private final AtomicInteger nextRegency = new AtomicInteger();

  /** Phase 2: the grid of each regency/city, one regency at a time per worker. */
  private java.util.concurrent.Callable<NationalTally> gridRegencies(int[][] seedsByRegency) {
    Integer[] order = new Integer[seedsByRegency.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> Integer.compare(seedsByRegency[b].length, seedsByRegency[a].length));
    return () -> {
      NationalTally t = new NationalTally();
      for (int k = nextRegency.getAndIncrement(); k < order.length; k = nextRegency.getAndIncrement()) {
        int regency = order[k];
        long t0 = System.nanoTime();
        List<KimProfile> population = new ArrayList<>(seedsByRegency[regency].length);
        for (int seed : seedsByRegency[regency]) {
          population.add(gridView(KimSamples.record(new SplittableRandom(seed)).profile(), seed));
        }
        long t1 = System.nanoTime();
        Census census = Census.of(dinasByIndex.get(regency), population)
            .getOrElseThrow(f -> new IllegalStateException("census refused: " + f.head()));
        population = null;
        IssueMatrix issues = IssueMatrix.of(io.vavr.collection.List.empty(), census, AS_OF)
            .getOrElseThrow(f -> new IllegalStateException("issues refused: " + f.head()));
        Grid grid = Grid.place(census, issues, io.vavr.collection.List.empty(), io.vavr.collection.List.empty(),
            MappingPolicy.standard().level(), AS_OF);
        for (GridPlacement p : grid.placements()) {
          t.categories.merge(p.category(), 1L, Long::sum);
        }
        long t2 = System.nanoTime();
        t.generationNanos += t1 - t0;
        t.gridNanos += t2 - t1;
      }
      return t;
    };
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
