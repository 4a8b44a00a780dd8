package id.kim.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import id.kim.core.community.KimProfile;
import id.kim.core.community.KimRecord;
import id.kim.json.JsonProblem;
import id.kim.json.KimJson;
import id.kim.testkit.KimSamples;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * Reading SDK values from JSON with the strict contract ({@link KimJson#read}, and
 * {@link KimJson#readValid}: read and validate), what an API receiving profiles does per request,
 * beside plain Jackson data binding of the same documents into a {@code Map} — the practical floor:
 * parsing the text and materialising its values, with no contract checked. Each call reads the next
 * of 256 documents written by {@link KimJson#write}: complete Tabel 3.1 profiles, and full records
 * (a record with a village decree, a board, members and the administrative declaration).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class JsonBenchmark {
  private static final int SIZE = 256;
  /** Plain Jackson: default settings, no module, untyped binding. */
  private static final ObjectMapper PLAIN = JsonMapper.builder().build();
  private String[] profiles;
  private String[] records;
  private int next;

  /** Writes the profiles and records as JSON. */
  @Setup(Level.Trial)
  public void setUp() {
    profiles = new String[SIZE];
    for (int i = 0; i < SIZE; i++) {
      profiles[i] = KimJson.write(KimSamples.completeProfile(new SplittableRandom(i)));
    }
    records = fullRecords().toArray(String[]::new);
  }

  /** @return the profile read back, or the problem */
  @Benchmark
  public Either<JsonProblem, KimProfile> parseProfile() {
    return KimJson.read(profiles[step()], KimProfile.class);
  }

  /** @return the profile read back and validated, or the problems */
  @Benchmark
  public Either<Seq<JsonProblem>, KimProfile> parseValidProfile() {
    return KimJson.readValid(profiles[step()], KimProfile.class);
  }

  /** @return the profile document bound by plain Jackson: the floor */
  @Benchmark
  public Map<?, ?> jacksonProfile() {
    return plain(profiles[step()]);
  }

  /** @return the record read back, or the problem */
  @Benchmark
  public Either<JsonProblem, KimRecord> parseRecord() {
    return KimJson.read(records[step()], KimRecord.class);
  }

  /** @return the record read back and validated, or the problems */
  @Benchmark
  public Either<Seq<JsonProblem>, KimRecord> parseValidRecord() {
    return KimJson.readValid(records[step()], KimRecord.class);
  }

  /** @return the record document bound by plain Jackson: the floor */
  @Benchmark
  public Map<?, ?> jacksonRecord() {
    return plain(records[step()]);
  }

  private int step() {
    int i = next;
    next = (i + 1) & (SIZE - 1);
    return i;
  }

  private static Map<?, ?> plain(String json) {
    try {
      return PLAIN.readValue(json, Map.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @return 256 records with a decree, a board, members and a declaration, from consecutive seeds */
  static List<String> fullRecords() {
    List<String> out = new ArrayList<>(SIZE);
    for (int seed = 0; out.size() < SIZE; seed++) {
      KimRecord r = KimSamples.record(new SplittableRandom(seed));
      boolean full = r.decree().isPresent() && r.board().isPresent() && !r.members().isEmpty()
          && r.declaration().isPresent();
      if (full || seed >= 100_000) {
        out.add(KimJson.write(r));
      }
    }
    return out;
  }
}
