package id.kim.bench;

import id.kim.core.agency.Dinas;
import id.kim.core.community.KimRecord;
import id.kim.core.region.RegencyCity;
import id.kim.rules.eligibility.EligibilityFacts;
import id.kim.rules.eligibility.EligibilityPolicy;
import id.kim.rules.eligibility.SignatoryPolicy;
import id.kim.rules.impact.Impact;
import id.kim.rules.impact.ImpactSummary;
import id.kim.rules.impact.Variant;
import id.kim.testkit.RecordSamplers;
import id.kim.testkit.RegionSamplers;
import id.kim.testkit.Sampler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;

/**
 * Rule-variant impact at the national register's size (docs/benchmarks.md "Rule-variant impact"):
 * the juknis against a variant (every board member signs the statement letter, GAP-08 — the shipped
 * variant that changes most KIM) over the partnership decision (II.B.4–5), in one
 * {@link Impact#measure} call each:
 * <ol>
 *   <li>{@code national} KIM (default 7,365) spread over the provinces by the 2023 province table
 *       (RULES.md §5.1, kim-report's {@code national-2023.csv}), within each province over the
 *       regencies/cities of kim-testkit's region table, generated before the clock starts — the
 *       first call in a fresh JVM (cold), then three more (warm);</li>
 *   <li>{@code streamed} records (default 1,000,000) generated on the fly while the impact reads
 *       them (seed = index), never held: run it with {@code -Xmx512m}.</li>
 * </ol>
 * Prints the figures and the heap; asserts nothing. Run with
 * {@code java -Xmx512m -cp benchmarks.jar id.kim.bench.ImpactRun [national] [streamed]}.
 */
public final class ImpactRun {
  /** KIM recorded with the Ministry per province, 2023 (RULES.md §5.1), for provinces kim-testkit has regencies in. */
  static final Map<String, Integer> PROVINCES = provinces();
  private static final Variant VARIANT = Variant.of("tanda-tangan-semua-pengurus",
      EligibilityPolicy.builder().signatories(SignatoryPolicy.ALL_BOARD).build());

  private ImpactRun() {}

  private static Map<String, Integer> provinces() {
    Map<String, Integer> m = new LinkedHashMap<>();
    String[] rows = {"Aceh=501", "Sumatera Utara=77", "Sumatera Barat=19", "Sumatera Selatan=175", "Lampung=1",
        "Jawa Barat=367", "Banten=4", "Daerah Istimewa Yogyakarta=58", "Jawa Timur=1031", "Bali=94",
        "Nusa Tenggara Barat=101",
        "Nusa Tenggara Timur=124", "Jawa Tengah=806", "Sulawesi Utara=178", "Sulawesi Tengah=46", "Maluku=56",
        "Papua=20", "Papua Barat=2", "Gorontalo=9", "Kalimantan Timur=22", "Kalimantan Selatan=53",
        "Kalimantan Barat=134", "Riau=42"};
    for (String r : rows) {
      String[] kv = r.split("=");
      m.put(kv[0], Integer.parseInt(kv[1]));
    }
    return m;
  }

  /** @param args {@code [national (7365)] [streamed (1000000)]} */
  public static void main(String[] args) {
    int national = args.length > 0 ? Integer.parseInt(args[0]) : 7365;
    int streamed = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
    Impact impact = Impact.from(VARIANT);
    System.out.printf("cores %d, max heap %d MB, load average %s%n", Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20, load());

    long g0 = System.nanoTime();
    List<EligibilityFacts> register = national(national);
    System.out.printf("national register: %,d KIM in %d regencies/cities of %d provinces generated in %.2f s%n",
        register.size(), register.stream().map(EligibilityFacts::area).distinct().count(), PROVINCES.size(),
        (System.nanoTime() - g0) / 1e9);
    for (int pass = 1; pass <= 4; pass++) {
      long t0 = System.nanoTime();
      ImpactSummary s = impact.measure(register.stream(), Fixtures.AS_OF);
      double secs = (System.nanoTime() - t0) / 1e9;
      System.out.printf("  pass %d (%s): %.3f s wall, %,.0f KIM/s; %,d change (%s)%n", pass,
          pass == 1 ? "cold" : "warm", secs, register.size() / secs, s.changed(),
          s.transitions().filter(t -> t._1.changed()).map(t -> t._1.code() + " " + t._2).mkString(", "));
    }
    Impact trusting = impact.withValidation(false);
    for (int pass = 1; pass <= 2; pass++) {
      long t0 = System.nanoTime();
      ImpactSummary s = trusting.measure(register.stream(), Fixtures.AS_OF);
      double secs = (System.nanoTime() - t0) / 1e9;
      System.out.printf("  records validated already (withValidation(false)), pass %d: %.3f s wall, %,.0f KIM/s; "
          + "%,d change%n", pass, secs, register.size() / secs, s.changed());
    }
    register = null;

    HeapWatch heap = new HeapWatch();
    heap.start();
    long t0 = System.nanoTime();
    ImpactSummary s = impact.measure(streamed(streamed), Fixtures.AS_OF, k -> { });
    double secs = (System.nanoTime() - t0) / 1e9;
    heap.stop();
    System.out.printf("streamed: %,d records generated and compared in %.1f s (%,.0f records/s, generation "
        + "included); %,d change, %,d invalid, %,d listed; heap peak %d MB (live after GC %d MB), %d collections%n",
        s.population(), secs, s.population() / secs, s.changed(), s.invalid(), s.changedKim().size(),
        heap.peakUsedBytes() >> 20, heap.peakLiveBytes() >> 20, heap.collections());
  }

  /** @return {@code n} KIM spread over {@link #PROVINCES} by their counts, each province's over its regencies */
  static List<EligibilityFacts> national(int n) {
    Map<String, List<RegencyCity>> regencies = new LinkedHashMap<>();
    for (RegencyCity r : RegionSamplers.regencyCities()) {
      regencies.computeIfAbsent(r.province().name(), k -> new ArrayList<>()).add(r);
    }
    int total = PROVINCES.values().stream().mapToInt(Integer::intValue).sum();
    List<EligibilityFacts> out = new ArrayList<>(n);
    int seed = 0;
    int given = 0;
    int left = PROVINCES.size();
    for (Map.Entry<String, Integer> p : PROVINCES.entrySet()) {
      left--;
      int share = left == 0 ? n - given : (int) Math.round((double) n * p.getValue() / total);
      given += share;
      List<RegencyCity> in = regencies.get(p.getKey());
      if (in == null) {
        throw new IllegalStateException("kim-testkit's region table has no regency/city in the province '"
            + p.getKey() + "' (the register's official name is expected)");
      }
      for (int i = 0; i < share; i++) {
        RegencyCity area = in.get(i % in.size());
        out.add(facts(RecordSamplers.recordIn(area), area, seed++));
      }
    }
    return out;
  }

  private static EligibilityFacts facts(Sampler<KimRecord> records, RegencyCity area, int seed) {
    return EligibilityFacts.of(records.from(new SplittableRandom(seed)), dinas(area));
  }

  private static Dinas dinas(RegencyCity area) {
    return Dinas.regencyCity("Dinas Kominfo " + area.fullName(), area);
  }

  /** @return {@code n} records, generated when read: record {@code i} in regency {@code i mod 44}, seed {@code i} */
  static Iterator<EligibilityFacts> streamed(int n) {
    List<RegencyCity> areas = RegionSamplers.regencyCities();
    List<Sampler<KimRecord>> samplers = areas.stream().map(RecordSamplers::recordIn).toList();
    List<Dinas> dinas = areas.stream().map(ImpactRun::dinas).toList();
    return new Iterator<>() {
      private int i;

      @Override
      public boolean hasNext() {
        return i < n;
      }

      @Override
      public EligibilityFacts next() {
        if (i >= n) {
          throw new NoSuchElementException();
        }
        int k = i % areas.size();
        return EligibilityFacts.of(samplers.get(k).from(new SplittableRandom(i++)), dinas.get(k));
      }
    };
  }

  private static String load() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim();
    } catch (IOException e) {
      return "unknown";
    }
  }
}
