package id.kim.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A 100,000-row Tabel 3.1 file (about 45 MB) imports row by row in a 16 MB heap that could not hold
 * its profiles: memory is bounded by one row, not by the file.
 */
class BoundedMemoryTest {
  private static final int ROWS = 100_000;
  private static final String HEAP = "-Xmx16m";

  @Test
  void aHundredThousandRowsStreamInASmallHeap() throws Exception {
    Result r = probe("stream");
    assertEquals(0, r.exit, r.output);
    assertEquals(ROWS + " 90000 10000 0", r.output.strip());
  }

  @Test
  void keepingEveryProfileDoesNotFitThatHeap() throws Exception {
    Result r = probe("retain");
    assertNotEquals(0, r.exit, "the heap limit is too loose to prove anything: " + r.output);
    assertTrue(r.output.contains("java.lang.OutOfMemoryError"), "the probe failed for another reason: " + r.output);
  }

  private static Result probe(String mode) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(List.of(java, HEAP, "-XX:+UseParallelGC", "-XX:ParallelGCThreads=1", "-cp",
        System.getProperty("java.class.path"), BoundedMemoryProbe.class.getName(), String.valueOf(ROWS), mode))
        .redirectErrorStream(true).start();
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(10, TimeUnit.MINUTES)) {
      p.destroyForcibly();
    }
    String text = new String(out, StandardCharsets.UTF_8);
    String last = text.strip().isEmpty() ? "" : text.strip().lines().reduce((a, b) -> b).orElse("");
    return new Result(p.exitValue(), mode.equals("stream") ? last : text);
  }

  /** Exit code and output of a probe. */
  private record Result(int exit, String output) {}
}
