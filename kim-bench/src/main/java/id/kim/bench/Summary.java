package id.kim.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes {@code latest.json} and {@code latest.md} from a JMH CSV result file and the national
 * run's JSON: throughput and allocation per benchmark, the ratios of the partnership decision
 * ((a) SDK, (b) hand-written, (c) Easy Rules; time ratios, so "(a)/(b) = 4" means the SDK takes four
 * times as long as the baseline), the national figures and the machine they come from.
 *
 * <p>Usage: {@code Summary <results-dir> <jmh.csv> <national.json> <date> <load-average>}.
 */
public final class Summary {
  private Summary() {}

  /**
   * @param args results directory, JMH CSV, national JSON, date, load average at the start
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    Map<String, double[]> jmh = readJmh(Path.of(args[1]));
    String national = Files.readString(Path.of(args[2])).trim();
    String date = args[3];
    String load = args[4];
    String cpu = cpuModel();
    int cores = Runtime.getRuntime().availableProcessors();
    String jdk = System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version");

    double a = ops(jmh, "EligibilityBenchmark.sdkDecision [eligible]");
    double b = ops(jmh, "EligibilityBenchmark.handWritten [eligible]");
    double c = ops(jmh, "EligibilityBenchmark.easyRules [eligible]");
    StringBuilder json = new StringBuilder("{\n");
    json.append("  \"date\": \"").append(date).append("\",\n");
    json.append("  \"machine\": {\"cpu\": \"").append(cpu).append("\", \"cores\": ").append(cores)
        .append(", \"jdk\": \"").append(jdk).append("\", \"loadAverageAtStart\": \"").append(load).append("\"},\n");
    json.append("  \"jmh\": {\n");
    List<String> rows = new ArrayList<>();
    jmh.forEach((name, v) -> rows.add(String.format(Locale.ROOT,
        "    \"%s\": {\"opsPerSecond\": %.1f, \"error\": %.1f, \"bytesPerOp\": %.0f}", name, v[0], v[1], v[2])));
    json.append(String.join(",\n", rows)).append("\n  },\n");
    json.append(String.format(Locale.ROOT,
        "  \"ratios\": {\"sdkOverHandWritten\": %.2f, \"easyRulesOverSdk\": %.2f},%n",
        b / a, a / c));
    json.append("  \"national\": ").append(national.replace("\n", "\n  ")).append("\n}\n");
    Files.writeString(dir.resolve("latest.json"), json.toString());
    Files.writeString(dir.resolve("latest.md"), markdown(jmh, a, b, c, national, date, load, cpu, cores, jdk));
  }

  private static String markdown(Map<String, double[]> jmh, double a, double b, double c, String national, String date,
      String load, String cpu, int cores, String jdk) {
    StringBuilder md = new StringBuilder();
    md.append("# KIM SDK benchmarks — ").append(date).append("\n\n");
    md.append("Machine: ").append(cpu).append(", ").append(cores).append(" cores, ").append(jdk)
        .append("; load average at start ").append(load).append(" (shared machine: figures are noisy).\n\n");
    md.append("| benchmark | ops/s | ± (99.9%) | B/op |\n|---|---:|---:|---:|\n");
    jmh.forEach((name, v) ->
        md.append(String.format(Locale.ROOT, "| %s | %,.0f | %,.0f | %,.0f |%n", name, v[0], v[1], v[2])));
    md.append(String.format(Locale.ROOT,
        "%nPartnership decision, eligible KIM: (a) SDK %,.0f ops/s, (b) hand-written %,.0f ops/s, "
        + "(c) Easy Rules %,.0f ops/s.%n(a)/(b) = **%.2f×** the baseline's time (target ≤ 5); (c)/(a) = **%.2f×**: the "
        + "SDK's "
        + "throughput over Easy Rules' (target ≥ 10).%n%n", a, b, c, b / a, a / c));
    md.append(perRule(jmh, a));
    md.append("National run (").append(field(national, "profiles")).append(" generated records, ")
        .append(field(national, "threads")).append(" threads, -Xmx")
        .append(Math.round(Double.parseDouble(field(national, "maxHeapMB"))))
        .append("m):\n\n| figure | value |\n|---|---:|\n");
    md.append("| wall clock, generation included | ").append(field(national, "wallSeconds")).append(" s |\n");
    md.append("| profiles/s, generation included | ").append(round(field(national, "profilesPerSecond")))
        .append(" |\n");
    md.append("| SDK time (validation + eligibility + metrics + grid) | ").append(field(national, "sdkSeconds"))
        .append(" s |\n");
    md.append("| profiles/s, SDK alone | ").append(round(field(national, "sdkProfilesPerSecond"))).append(" |\n");
    md.append("| of which validation / eligibility / metrics / grid | ").append(field(national, "validationSeconds"))
        .append(" / ").append(field(national, "eligibilitySeconds")).append(" / ")
        .append(field(national, "metricsSeconds"))
        .append(" / ").append(field(national, "gridSeconds")).append(" s |\n");
    md.append("| data generation (kim-testkit) | ").append(field(national, "generationSeconds")).append(" s |\n");
    md.append("| CPU time of the worker threads, generation included | ").append(field(national, "workerCpuSeconds"))
        .append(" s |\n");
    md.append("| peak heap in use (just before a collection) | ").append(field(national, "peakHeapMB"))
        .append(" MB |\n");
    md.append("| peak live heap (right after a collection) | ").append(field(national, "peakLiveHeapMB"))
        .append(" MB |\n");
    md.append("| GC | ").append(field(national, "gcCollections")).append(" collections, ")
        .append(field(national, "gcSeconds")).append(" s |\n");
    md.append("| JIT compilation during the run (compiler threads) | ").append(field(national, "compileSeconds"))
        .append(" s |\n");
    if (!"-".equals(field(national, "warmWallSeconds"))) {
      md.append("| second pass in the same JVM: wall clock, generation included | ")
          .append(field(national, "warmWallSeconds"))
          .append(" s (").append(round(field(national, "warmProfilesPerSecond"))).append(" profiles/s) |\n");
      md.append("| second pass: SDK time / data generation / worker CPU | ").append(field(national, "warmSdkSeconds"))
          .append(" / ").append(field(national, "warmGenerationSeconds")).append(" / ")
          .append(field(national, "warmWorkerCpuSeconds")).append(" s |\n");
      md.append("| second pass: GC / JIT compilation | ").append(field(national, "warmGcSeconds")).append(" / ")
          .append(field(national, "warmCompileSeconds")).append(" s |\n");
    }
    return md.toString();
  }

  /** @return the cost of each partnership rule (RuleBenchmark) in ns and bytes per call, and their sum */
  private static String perRule(Map<String, double[]> jmh, double decisionOps) {
    StringBuilder md = new StringBuilder();
    double nanos = 0;
    double bytes = 0;
    for (Map.Entry<String, double[]> e : jmh.entrySet()) {
      if (e.getKey().startsWith("RuleBenchmark.") && e.getValue()[0] > 0) {
        if (md.length() == 0) {
          md.append("Where a decision's time goes — one rule at a time, finding and warnings (RuleBenchmark):\n\n")
              .append("| rule | ns per call | B per call |\n|---|---:|---:|\n");
        }
        String rule = e.getKey().substring(e.getKey().indexOf('[') + 1, e.getKey().length() - 1);
        double ns = 1e9 / e.getValue()[0];
        nanos += ns;
        bytes += e.getValue()[2];
        md.append(String.format(Locale.ROOT, "| %s | %,.0f | %,.0f |%n", rule, ns, e.getValue()[2]));
      }
    }
    if (md.length() > 0) {
      md.append(String.format(Locale.ROOT, "| **sum** | **%,.0f** | **%,.0f** |%n%nOne whole decision: %,.0f ns.%n%n",
          nanos, bytes, 1e9 / decisionOps));
    }
    return md.toString();
  }

  /** @return name → {score, error, bytes per op}, names with their parameter, in file order */
  private static Map<String, double[]> readJmh(Path csv) throws IOException {
    Map<String, double[]> out = new LinkedHashMap<>();
    List<String> lines = Files.readAllLines(csv);
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",", -1);
      String bench = unquote(f[0]).replace("id.kim.bench.", "");
      // columns 7.. are the parameters ("Param: scenario", "Param: rule"); a benchmark fills its own
      String param = "";
      for (int i = 7; i < f.length; i++) {
        if (!unquote(f[i]).isEmpty()) {
          param = " [" + unquote(f[i]) + "]";
        }
      }
      boolean alloc = bench.endsWith(":gc.alloc.rate.norm");
      String name = bench.replace(":gc.alloc.rate.norm", "") + param;
      if (bench.contains(":") && !alloc) {
        continue;
      }
      double[] v = out.computeIfAbsent(name, k -> new double[3]);
      if (alloc) {
        v[2] = Double.parseDouble(unquote(f[4]));
      } else {
        v[0] = Double.parseDouble(unquote(f[4]));
        v[1] = parseOrZero(unquote(f[5]));
      }
    }
    return out;
  }

  private static double ops(Map<String, double[]> jmh, String name) {
    double[] v = jmh.get(name);
    if (v == null) {
      throw new IllegalArgumentException("JMH results lack " + name + "; have " + jmh.keySet());
    }
    return v[0];
  }

  private static String field(String json, String name) {
    int at = json.indexOf("\"" + name + "\":");
    if (at < 0) {
      return "-";
    }
    int from = at + name.length() + 3;
    int to = from;
    while (to < json.length() && ",\n}".indexOf(json.charAt(to)) < 0) {
      to++;
    }
    return json.substring(from, to).trim();
  }

  private static String round(String number) {
    return "-".equals(number) ? number : String.format(Locale.ROOT, "%,.0f", Double.parseDouble(number));
  }

  private static double parseOrZero(String s) {
    return s.isEmpty() || "NaN".equals(s) ? 0 : Double.parseDouble(s);
  }

  private static String unquote(String s) {
    String t = s.trim();
    return t.startsWith("\"") && t.endsWith("\"") ? t.substring(1, t.length() - 1) : t;
  }

  private static String cpuModel() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
        if (line.startsWith("model name")) {
          return line.substring(line.indexOf(':') + 1).trim();
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux: fall through
    }
    return ManagementFactory.getOperatingSystemMXBean().getArch();
  }
}
