package id.kim.bench;

import id.kim.core.region.RegionCode;
import id.kim.core.region.RegionLevel;
import id.kim.regions.RegionRegister;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The time until the Kemendagri region register is ready, in fresh JVMs: each fork is a new
 * {@code java} process (same JVM, same class path) that runs {@link Once}, which times from the first
 * call of {@code RegionRegister.bundled()} to a register loaded (the 91,599 rows read and checked), then
 * the first lookup by code, then the first lookup of a village by name (which builds the village name
 * index). It also reports the CPU time of the loading thread, which waits less on a busy machine than
 * the wall clock does (the JIT compiler threads work beside it and are not counted). The parent prints
 * each fork and the medians, with the load average before and after.
 *
 * <p>Usage: {@code java -cp benchmarks.jar id.kim.bench.RegionRegisterReadyRun [forks] [out.txt]}
 * (defaults 10 forks, no file). It measures and reports; it never fails on a figure.
 */
public final class RegionRegisterReadyRun {
  private RegionRegisterReadyRun() {}

  /**
   * @param args forks, then an optional file for the report
   * @throws IOException if a fork cannot be started or the report written
   * @throws InterruptedException if interrupted while waiting for a fork
   */
  public static void main(String[] args) throws IOException, InterruptedException {
    int forks = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    String loadBefore = loadAverage();
    String java = ProcessHandle.current().info().command().orElse("java");
    List<double[]> runs = new ArrayList<>();
    StringBuilder report = new StringBuilder();
    report.append(String.format(Locale.ROOT, "Region register ready, %d fresh JVMs (%s, %s, %d CPUs)%n", forks,
        System.getProperty("java.vm.name"), System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors()));
    report.append("load average before: ").append(loadBefore).append(String.format("%n"));
    report.append("fork  ready ms  loading CPU ms  first code lookup µs  first village name lookup ms (builds index)"
        + String.format("%n"));
    for (int fork = 1; fork <= forks; fork++) {
      Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
          Once.class.getName()).redirectErrorStream(true).start();
      String line;
      try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
          StandardCharsets.UTF_8))) {
        line = out.lines().filter(l -> l.startsWith("ready ")).findFirst().orElse("");
      }
      process.waitFor();
      String[] f = line.split(" ");
      double[] run = {Double.parseDouble(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3]),
          Double.parseDouble(f[4])};
      runs.add(run);
      report.append(String.format(Locale.ROOT, "%4d  %8.1f  %14.1f  %20.1f  %8.1f%n", fork, run[0], run[3],
          run[1] * 1000, run[2]));
    }
    report.append(String.format(Locale.ROOT, "median ready %.1f ms (min %.1f, max %.1f), loading thread's CPU "
        + "%.1f ms; first code lookup %.1f µs; first name lookup %.1f ms%n", median(runs, 0), min(runs, 0),
        max(runs, 0), median(runs, 3), median(runs, 1) * 1000, median(runs, 2)));
    report.append("load average after: ").append(loadAverage()).append(String.format("%n"));
    System.out.print(report);
    if (args.length > 1) {
      Files.writeString(Path.of(args[1]), report);
    }
  }

  /** One fork: loads the register and prints "ready <ms> <first code lookup ms> <first name lookup ms>". */
  public static final class Once {
    private Once() {}

    /** @param args none */
    public static void main(String[] args) {
      RegionCode gumbrih = RegionCode.parse("51.01.03.2006");
      ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      long cpuStart = threads.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      RegionRegister register = RegionRegister.bundled();
      long ready = System.nanoTime();
      long cpuReady = threads.getCurrentThreadCpuTime();
      Optional<String> name = register.officialName(gumbrih);
      long looked = System.nanoTime();
      int found = register.codesNamed("Desa Gumbrih", RegionLevel.VILLAGE, gumbrih.parent()).size();
      long named = System.nanoTime();
      if (name.isEmpty() || found != 1) {
        throw new IllegalStateException("the register does not know Gumbrih 51.01.03.2006");
      }
      System.out.printf(Locale.ROOT, "ready %.3f %.6f %.3f %.3f%n", (ready - start) / 1e6, (looked - ready) / 1e6,
          (named - looked) / 1e6, (cpuReady - cpuStart) / 1e6);
    }
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).strip();
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static double median(List<double[]> runs, int column) {
    List<Double> values = new ArrayList<>(runs.stream().map(r -> r[column]).toList());
    Collections.sort(values);
    int n = values.size();
    return n % 2 == 1 ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2;
  }

  private static double min(List<double[]> runs, int column) {
    return runs.stream().mapToDouble(r -> r[column]).min().orElse(Double.NaN);
  }

  private static double max(List<double[]> runs, int column) {
    return runs.stream().mapToDouble(r -> r[column]).max().orElse(Double.NaN);
  }
}
