package id.kim.bench;

import id.kim.core.community.KimProfile;
import id.kim.core.community.KimRecord;
import id.kim.core.validation.FieldViolation;
import id.kim.core.validation.KimValidator;
import id.kim.testkit.KimSamples;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
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
 * Bean Validation ({@link KimValidator}: Hibernate Validator, predefined scope for kim-core values) of a
 * full Tabel 3.1 profile —
 * every field a–t filled, with media, reach and response figures — the check every import and form
 * runs. Each call takes the next of 256 generated profiles, all valid. {@link #validateRecord} checks
 * a whole register record ({@code KimSamples.record}: profile, board, members, decrees, assessments,
 * …), as the national run does for each of its records; the 256 records of seeds 0–255 are all valid.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ValidationBenchmark {
  private static final int SIZE = 256;
  private KimProfile[] profiles;
  private KimRecord[] records;
  private int next;
  private int nextRecord;

  /** Generates the profiles. */
  @Setup(Level.Trial)
  public void setUp() {
    profiles = new KimProfile[SIZE];
    for (int i = 0; i < SIZE; i++) {
      profiles[i] = KimSamples.completeProfile(new SplittableRandom(i));
    }
    records = new KimRecord[SIZE];
    for (int i = 0; i < SIZE; i++) {
      records[i] = KimSamples.record(new SplittableRandom(i));
    }
  }

  /** @return the validation of one full profile */
  @Benchmark
  public Validation<Seq<FieldViolation>, KimProfile> validateProfile() {
    int i = next;
    next = (i + 1) & (SIZE - 1);
    return KimValidator.standard().validate(profiles[i]);
  }

  /** @return the validation of one register record, as in the national run */
  @Benchmark
  public Validation<Seq<FieldViolation>, KimRecord> validateRecord() {
    int i = nextRecord;
    nextRecord = (i + 1) & (SIZE - 1);
    return KimValidator.standard().validate(records[i]);
  }
}
