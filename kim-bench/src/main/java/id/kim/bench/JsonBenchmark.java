package id.kim.bench;

import id.kim.core.community.KimProfile;
import id.kim.json.JsonProblem;
import id.kim.json.KimJson;
import id.kim.testkit.KimSamples;
import io.vavr.control.Either;
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
 * Reading a full Tabel 3.1 profile from JSON with the SDK's strict contract ({@link KimJson#read}):
 * what an API receiving profiles does per request. Each call parses the next of 256 profiles
 * written by {@link KimJson#write} from generated complete profiles.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class JsonBenchmark {
  private static final int SIZE = 256;
  private String[] json;
  private int next;

  /** Writes the profiles as JSON. */
  @Setup(Level.Trial)
  public void setUp() {
    json = new String[SIZE];
    for (int i = 0; i < SIZE; i++) {
      json[i] = KimJson.write(KimSamples.completeProfile(new SplittableRandom(i)));
    }
  }

  /** @return the profile read back, or the problem */
  @Benchmark
  public Either<JsonProblem, KimProfile> parseProfile() {
    int i = next;
    next = (i + 1) & (SIZE - 1);
    return KimJson.read(json[i], KimProfile.class);
  }
}
