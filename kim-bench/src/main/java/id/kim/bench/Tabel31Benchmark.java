package id.kim.bench;

import id.kim.core.community.KimProfile;
import id.kim.csv.Tabel31Format;
import id.kim.csv.Tabel31Options;
import id.kim.csv.Tabel31Reader;
import id.kim.csv.Tabel31Rows;
import id.kim.csv.Tabel31Writer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Tabel 3.1 import and export in rows per second: {@value #ROWS} rows of {@link Tabel31Population}
 * (kim-testkit profiles of one kabupaten, one row in twenty from the next one and rejected) read
 * from memory with {@link Tabel31Reader} — FastCSV, every cell read, every profile validated — on
 * the default number of threads and on the caller's thread alone; and the same profiles written
 * with {@code Tabel31Writer} to a stream that only counts bytes. The disk is left out: the import
 * run ({@link Tabel31ImportRun}) reads a real file.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class Tabel31Benchmark {
  static final int ROWS = 10_000;
  private KimProfile[] profiles;
  private byte[] csv;
  private Tabel31Options options;

  /** Generates the profiles and their file. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    Tabel31Population population = new Tabel31Population();
    profiles = new KimProfile[ROWS];
    for (int i = 0; i < ROWS; i++) {
      profiles[i] = population.profile(i);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    population.write(ROWS, out);
    csv = out.toByteArray();
    options = Tabel31Options.forDinas(population.dinas());
  }

  /** @return the accepted rows; one operation is one row */
  @Benchmark
  @OperationsPerInvocation(ROWS)
  public int importRows() throws IOException {
    return read(options);
  }

  /** @return the accepted rows, read and validated on the caller's thread alone */
  @Benchmark
  @OperationsPerInvocation(ROWS)
  public int importRowsOneThread() throws IOException {
    return read(options.withParallelism(1));
  }

  /** @return the bytes written; one operation is one row */
  @Benchmark
  @OperationsPerInvocation(ROWS)
  public long exportRows() throws IOException {
    Counting out = new Counting();
    try (Tabel31Writer writer = Tabel31Writer.open(out, Tabel31Format.excel())) {
      for (KimProfile p : profiles) {
        writer.write(p);
      }
    }
    return out.bytes;
  }

  private int read(Tabel31Options with) throws IOException {
    int accepted = 0;
    try (Tabel31Rows rows = Tabel31Reader.open(new ByteArrayInputStream(csv), with).get()) {
      while (rows.hasNext()) {
        accepted += rows.next().isRight() ? 1 : 0;
      }
    }
    return accepted;
  }

  /** A stream that counts what it is given. */
  private static final class Counting extends OutputStream {
    long bytes;

    @Override
    public void write(int b) {
      bytes++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      bytes += len;
    }
  }
}
