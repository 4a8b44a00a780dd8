package id.kim.bench;

import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The figures of one national run, as text for the console and JSON for {@code results/}. Rates
 * are given twice: end to end (wall clock, data generation included) and for the SDK alone (the
 * workers' time in validation, eligibility, metrics and grid, spread over the threads).
 */
final class NationalReport {
  private static final double MB = 1024.0 * 1024.0;
  private final NationalTally tally;
  private final int threads;
  private final int regencies;
  private final int largestRegister;
  private final long wallNanos;
  private final long peakHeap;
  private final long peakLive;
  private final long maxHeap;
  private final long collections;
  private final long collectionMillis;

  NationalReport(NationalTally tally, int threads, int regencies, int largestRegister, long wallNanos, long peakHeap,
      long peakLive, long maxHeap, long collections, long collectionMillis) {
    this.tally = tally;
    this.threads = threads;
    this.regencies = regencies;
    this.largestRegister = largestRegister;
    this.wallNanos = wallNanos;
    this.peakHeap = peakHeap;
    this.peakLive = peakLive;
    this.maxHeap = maxHeap;
    this.collections = collections;
    this.collectionMillis = collectionMillis;
  }

  double wallSeconds() {
    return wallNanos / 1e9;
  }

  double profilesPerSecond() {
    return tally.profiles / wallSeconds();
  }

  /** @return the SDK's own wall time: its share of the workers' time, spread over the threads */
  double sdkSeconds() {
    return tally.sdkNanos() / 1e9 / threads;
  }

  double generationSeconds() {
    return tally.generationNanos / 1e9 / threads;
  }

  String text() {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT,
        "National run: %,d profiles, %d regencies/cities (largest %,d), %d threads, max heap %.0f MB%n",
        tally.profiles, regencies, largestRegister, threads, maxHeap / MB));
    out.append(String.format(Locale.ROOT, "  wall clock        %7.2f s  = %,.0f profiles/s, generation included%n",
        wallSeconds(), profilesPerSecond()));
    out.append(String.format(Locale.ROOT,
        "  SDK alone         %7.2f s  = %,.0f profiles/s  (validation %.2f, eligibility %.2f, metrics %.2f, grid %.2f "
            + "s)%n",
        sdkSeconds(), tally.profiles / sdkSeconds(), perThread(tally.validationNanos),
        perThread(tally.eligibilityNanos),
        perThread(tally.metricsNanos), perThread(tally.gridNanos)));
    out.append(String.format(Locale.ROOT,
        "  data generation   %7.2f s  (kim-testkit, once per record, and its reduction to what the grid reads)%n",
        generationSeconds()));
    out.append(String.format(Locale.ROOT,
        "  worker CPU time   %7.2f s  (all workers, generation included; the wall-clock figures above include time"
        + " the workers waited for a core on a busy machine)%n", tally.workerCpuNanos / 1e9));
    out.append(String.format(Locale.ROOT,
        "  JIT compilation   %7.2f s  (the compiler threads' time during the run; they share the cores with the"
        + " workers)%n", tally.compileMillis / 1e3));
    out.append(String.format(Locale.ROOT,
        "  peak heap         %7.1f MB in use, %.1f MB live after a collection, of %.0f MB;"
        + " %d collections, %.2f s%n", peakHeap / MB, peakLive / MB, maxHeap / MB, collections,
        collectionMillis / 1e3));
    out.append("  verdicts          ").append(tally.verdicts).append(", invalid ").append(tally.invalid).append('\n');
    out.append("  grid categories   ").append(tally.categories).append('\n');
    out.append("  MEASURE-1 growth measurable for ").append(tally.measurableGrowth).append(" KIM\n");
    return out.toString();
  }

  /**
   * @param warm a later pass in the same JVM, or null
   * @return the figures as JSON; a later pass adds its figures under {@code warm…} names
   */
  String json(@Nullable NationalReport warm) {
    StringBuilder out = new StringBuilder("{\n");
    field(out, "profiles", tally.profiles);
    field(out, "threads", threads);
    field(out, "regencies", regencies);
    field(out, "wallSeconds", wallSeconds());
    field(out, "largestRegister", largestRegister);
    field(out, "profilesPerSecond", profilesPerSecond());
    field(out, "sdkSeconds", sdkSeconds());
    field(out, "sdkProfilesPerSecond", tally.profiles / sdkSeconds());
    field(out, "validationSeconds", perThread(tally.validationNanos));
    field(out, "eligibilitySeconds", perThread(tally.eligibilityNanos));
    field(out, "metricsSeconds", perThread(tally.metricsNanos));
    field(out, "gridSeconds", perThread(tally.gridNanos));
    field(out, "generationSeconds", generationSeconds());
    field(out, "workerCpuSeconds", tally.workerCpuNanos / 1e9);
    field(out, "peakHeapMB", peakHeap / MB);
    field(out, "peakLiveHeapMB", peakLive / MB);
    field(out, "maxHeapMB", maxHeap / MB);
    field(out, "gcCollections", collections);
    field(out, "gcSeconds", collectionMillis / 1e3);
    field(out, "compileSeconds", tally.compileMillis / 1e3);
    if (warm != null) {
      field(out, "warmWallSeconds", warm.wallSeconds());
      field(out, "warmProfilesPerSecond", warm.profilesPerSecond());
      field(out, "warmSdkSeconds", warm.sdkSeconds());
      field(out, "warmGenerationSeconds", warm.generationSeconds());
      field(out, "warmWorkerCpuSeconds", warm.tally.workerCpuNanos / 1e9);
      field(out, "warmGcSeconds", warm.collectionMillis / 1e3);
      field(out, "warmCompileSeconds", warm.tally.compileMillis / 1e3);
    }
    field(out, "invalid", tally.invalid);
    field(out, "measurableGrowth", tally.measurableGrowth);
    out.append("  \"verdicts\": ").append(counts(tally.verdicts)).append(",\n");
    out.append("  \"gridCategories\": ").append(counts(tally.categories)).append('\n');
    return out.append("}\n").toString();
  }

  private double perThread(long nanos) {
    return nanos / 1e9 / threads;
  }

  private static void field(StringBuilder out, String name, double value) {
    out.append("  \"").append(name).append("\": ").append(String.format(Locale.ROOT, "%.3f", value)).append(",\n");
  }

  private static void field(StringBuilder out, String name, long value) {
    out.append("  \"").append(name).append("\": ").append(value).append(",\n");
  }

  private static String counts(Map<? extends Enum<?>, Long> counts) {
    StringBuilder out = new StringBuilder("{");
    counts.forEach((k, v) ->
        out.append(out.length() > 1 ? ", " : "").append('"').append(k.name()).append("\": ").append(v));
    return out.append('}').toString();
  }
}
