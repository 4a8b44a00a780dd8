package id.kim.bench;

import com.sun.management.OperatingSystemMXBean;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import id.kim.csv.ImportSummary;
import id.kim.csv.Tabel31Options;
import id.kim.csv.Tabel31Reader;
import id.kim.csv.Tabel31Rows;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A whole Dinas' Tabel 3.1 file imported: {@code N} rows (1,000,000 by default) generated once by
 * {@link Tabel31Population} (seeded, kept under {@code kim-bench/target/data}), then read with
 * {@link Tabel31Reader} — FastCSV, every cell read, every profile validated — one row at a time,
 * keeping nothing. Prints rows/s, the heap the run used ({@link HeapWatch}) and the accepted and
 * rejected counts; for scale, how fast FastCSV alone splits the same file into records; and a second
 * import in the same JVM, once the code is compiled (what a long-running Dinas server sees). Run it
 * with the heap capped, as {@code run.sh} does:
 * {@code java -Xmx256m -cp benchmarks.jar id.kim.bench.Tabel31ImportRun [rows] [dir] [json-file] [threads]}.
 */
public final class Tabel31ImportRun {
  private Tabel31ImportRun() {}

  /** Imports every row, keeping nothing. */
  private static ImportSummary importAll(Path file, Tabel31Options options) throws IOException {
    try (Tabel31Rows read = Tabel31Reader.open(file, options)
        .getOrElseThrow(p -> new IllegalStateException("file refused: " + p))) {
      read.forEachRemaining(row -> { });
      return read.summary();
    }
  }

  private static long processCpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os
        ? os.getProcessCpuTime()
        : 0;
  }

  /**
   * @param args {@code [rows (1000000)] [dir (kim-bench/target/data)] [json-file] [threads (default of
   *     Tabel31Options)]}
   * @throws IOException if the file cannot be written or read
   */
  public static void main(String[] args) throws IOException {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    Path dir = Path.of(args.length > 1 ? args[1] : "kim-bench/target/data");
    Tabel31Population population = new Tabel31Population();
    long g0 = System.nanoTime();
    Path file = population.file(rows, dir);
    double generated = (System.nanoTime() - g0) / 1e9;
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();

    HeapWatch heap = new HeapWatch();
    heap.start();
    long cpu0 = cpu.getCurrentThreadCpuTime();
    long process0 = processCpuNanos();
    long compiled0 = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
    long t0 = System.nanoTime();
    ImportSummary summary;
    Tabel31Options options = Tabel31Options.forDinas(population.dinas());
    if (args.length > 3) {
      options = options.withParallelism(Integer.parseInt(args[3]));
    }
    summary = importAll(file, options);
    double seconds = (System.nanoTime() - t0) / 1e9;
    double cpuSeconds = (cpu.getCurrentThreadCpuTime() - cpu0) / 1e9;
    double processSeconds = (processCpuNanos() - process0) / 1e9;
    double compileSeconds = (ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - compiled0) / 1e3;
    heap.stop();
    long collections = heap.collections();
    long collectionMillis = heap.collectionMillis();

    long t1 = System.nanoTime();
    long records = 0;
    try (CsvReader<CsvRecord> csv = CsvReader.builder().fieldSeparator(';').ofCsvRecord(file)) {
      for (CsvRecord r : csv) {
        records += r.getFieldCount() > 0 ? 1 : 0;
      }
    }
    double tokenise = (System.nanoTime() - t1) / 1e9;

    long t2 = System.nanoTime();
    long process2 = processCpuNanos();
    int again = importAll(file, options).read();
    double warm = (System.nanoTime() - t2) / 1e9;
    double warmCpu = (processCpuNanos() - process2) / 1e9;

    String text = String.format(Locale.ROOT, "Tabel 3.1 import: %,d rows (%.1f MB, %s), max heap %d MB, "
        + "%d cell-reading threads%n"
        + "  import              %.2f s  = %,.0f rows/s  (FastCSV, cell readers, KimValidator)%n"
        + "  CPU time            %.2f s in all threads, of which JIT compilation %.2f s; %.2f s in the reading thread%n"
        + "  accepted/rejected   %,d / %,d  (rejected: outside the Dinas' area, MAP-RULE-a)%n"
        + "  peak heap           %.1f MB in use, %.1f MB live after a collection; %d collections, %d ms%n"
        + "  FastCSV alone       %.2f s  = %,.0f records/s  (splitting the same file, no cell reading)%n"
        + "  second pass, warm   %.2f s  = %,.0f rows/s  (same JVM, code compiled; %.2f s CPU)%n"
        + "  file generation     %.2f s%s%n",
        summary.read(), Files.size(file) / 1e6, summary.encoding(), heap.maxHeapBytes() >> 20,
        options.parallelism(),
        seconds, summary.read() / seconds, processSeconds, compileSeconds, cpuSeconds, summary.accepted(),
        summary.rejected(), heap.peakUsedBytes() / 1e6, heap.peakLiveBytes() / 1e6, collections,
        collectionMillis,
        tokenise, records / tokenise, warm, again / warm, warmCpu, generated,
        generated < 1 ? " (kept from an earlier run)" : " (kim-testkit + Tabel31Writer)");
    System.out.print(text);
    if (args.length > 2) {
      Files.writeString(Path.of(args[2]), String.format(Locale.ROOT, "{\"rows\": %d, \"seconds\": %.3f, "
          + "\"rowsPerSecond\": %.0f, \"processCpuSeconds\": %.3f, \"jitSeconds\": %.3f, "
          + "\"readerThreadCpuSeconds\": %.3f, "
          + "\"accepted\": %d, \"rejected\": %d, \"peakHeapMB\": %.1f, \"peakLiveMB\": %.1f, \"maxHeapMB\": %d, "
          + "\"threads\": %d, \"fastcsvRecordsPerSecond\": %.0f, \"warmRowsPerSecond\": %.0f, \"fileMB\": %.1f}%n",
          summary.read(), seconds,
          summary.read() / seconds, processSeconds, compileSeconds, cpuSeconds, summary.accepted(), summary.rejected(),
          heap.peakUsedBytes() / 1e6, heap.peakLiveBytes() / 1e6, heap.maxHeapBytes() >> 20, options.parallelism(),
          records / tokenise, again / warm, Files.size(file) / 1e6));
    }
  }
}
