package id.kim.bench;

import id.kim.core.region.RegionCode;
import id.kim.core.region.RegionLevel;
import id.kim.regions.RegionRegister;
import id.kim.regions.Resolution;
import java.util.List;
import java.util.Optional;
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
 * Lookups in the Kemendagri region register (kim-regions), once it is loaded: the official name of a
 * village code (what validation does for each seat, REGION-CODE-2/4), a village by name within its
 * kecamatan (what the Tabel 3.1 import does to fill a code from a name), and a kabupaten/kota by name
 * within its provinsi. Each call takes the next of 1,024 villages drawn (seed 17) from all 83,762.
 * Throughput in operations per second, as every benchmark of {@code run.sh}'s summary; docs/benchmarks.md
 * gives the time per lookup (10^9 / score ns). The time to load the register is measured in fresh JVMs
 * by {@link RegionRegisterReadyRun}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class RegionLookupBenchmark {
  private static final int SIZE = 1024;
  private RegionRegister register;
  private RegionCode[] villages;
  private String[] villageNames;
  private Optional<RegionCode>[] districts;
  private String[] regencyNames;
  private Optional<RegionCode>[] provinces;
  private int next;

  /** Loads the register and draws the villages; builds the name indexes. */
  @Setup(Level.Trial)
  @SuppressWarnings({"unchecked", "rawtypes"}) // arrays of Optional can only be created raw
  public void setUp() {
    register = RegionRegister.bundled();
    List<RegionCode> all = register.codesWithin(Optional.empty(), RegionLevel.VILLAGE);
    SplittableRandom random = new SplittableRandom(17);
    villages = new RegionCode[SIZE];
    villageNames = new String[SIZE];
    districts = new Optional[SIZE];
    regencyNames = new String[SIZE];
    provinces = new Optional[SIZE];
    for (int i = 0; i < SIZE; i++) {
      RegionCode village = RegionCode.parse(all.get(random.nextInt(all.size())).toString());
      villages[i] = village;
      villageNames[i] = "Desa " + register.officialName(village).orElseThrow();
      districts[i] = village.parent();
      RegionCode regency = village.truncatedTo(RegionLevel.REGENCY_CITY);
      regencyNames[i] = register.officialName(regency).orElseThrow();
      provinces[i] = regency.parent();
    }
    register.codesNamed("warm", RegionLevel.VILLAGE, Optional.empty());
    register.codesNamed("warm", RegionLevel.REGENCY_CITY, Optional.empty());
  }

  private int nextIndex() {
    int i = next;
    next = (i + 1) & (SIZE - 1);
    return i;
  }

  /** @return the official name of a village code */
  @Benchmark
  public Optional<String> officialNameByCode() {
    return register.officialName(villages[nextIndex()]);
  }

  /** @return whether a village code is registered */
  @Benchmark
  public boolean containsCode() {
    return register.contains(villages[nextIndex()]);
  }

  /** @return the codes a village name (written "Desa …") names within its kecamatan */
  @Benchmark
  public List<RegionCode> villageByNameInDistrict() {
    int i = nextIndex();
    return register.codesNamed(villageNames[i], RegionLevel.VILLAGE, districts[i]);
  }

  /** @return the kabupaten/kota an official name names within its provinsi, refusing ambiguity */
  @Benchmark
  public Resolution regencyResolvedInProvince() {
    int i = nextIndex();
    return register.resolve(regencyNames[i], RegionLevel.REGENCY_CITY, provinces[i]);
  }
}
