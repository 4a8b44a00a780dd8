package id.kim.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the request bodies of {@link ServerLoadRun} to files, for a load generator in another process
 * (wrk, curl) against a started {@code kim-server.jar}: {@code singles.ndjson} (the one-record bodies, one
 * a line: the bundled sample's 40 and {@code generated} kim-testkit records, seeds from 1),
 * {@code batch-N.ndjson} (batches of {@code N} records of one regency/city, one a line) and
 * {@code national.json} (the national register's size in one body). The same seeds give the same bytes.
 * Run with {@code java -cp benchmarks.jar id.kim.bench.ServerBodies [dir] [generated (2000)] [batch (100)]
 * [national (7365)]}.
 */
public final class ServerBodies {
  private ServerBodies() {}

  /**
   * @param args {@code [dir] [generated] [batch] [national]}
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "kim-bench/target/bodies");
    int generated = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
    int batch = args.length > 2 ? Integer.parseInt(args[2]) : 100;
    int national = args.length > 3 ? Integer.parseInt(args[3]) : 7365;
    Files.createDirectories(dir);
    Files.write(dir.resolve("singles.ndjson"), LoadBodies.singles(LoadBodies.cases(generated)));
    List<LoadBodies.Case> register = LoadBodies.register(national);
    List<String> batches = LoadBodies.batches(register.subList(0, Math.min(register.size(), 20 * batch)), batch)
        .stream().map(LoadBodies.Batch::body).toList();
    Files.write(dir.resolve("batch-" + batch + ".ndjson"), batches);
    Files.writeString(dir.resolve("national.json"), LoadBodies.batches(register, national).get(0).body());
    System.out.println("wrote " + dir.toAbsolutePath() + ": singles.ndjson, batch-" + batch + ".ndjson, national.json");
  }
}
