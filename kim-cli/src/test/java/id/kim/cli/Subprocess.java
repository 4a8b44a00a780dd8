package id.kim.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs a program in a process of its own and keeps the exact bytes it writes. */
final class Subprocess {
  private Subprocess() {}

  /** What the process did. */
  @SuppressWarnings("ArrayRecordComponent") // the bytes a process wrote, read once by the test that ran it
  record Run(int exit, byte[] out, byte[] err) {
    String outText() {
      return new String(out, StandardCharsets.UTF_8);
    }

    String errText() {
      return new String(err, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
      return "exit " + exit + "\nout: " + outText() + "\nerr: " + errText();
    }
  }

  /** @return the command line of {@code java -jar jar args…} with the JDK that runs the tests */
  static List<String> javaJar(Path jar, String... args) {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", jar.toString()));
    command.addAll(List.of(args));
    return command;
  }

  /**
   * @param command the program and its arguments
   * @param cache a directory for {@code XDG_CACHE_HOME}, or null to leave the environment alone
   * @return what it wrote and its exit code
   */
  static Run run(List<String> command, Path cache) throws Exception {
    ProcessBuilder b = new ProcessBuilder(command);
    b.environment().put("JAVA_HOME", System.getProperty("java.home"));
    if (cache != null) {
      b.environment().put("XDG_CACHE_HOME", cache.toString());
    }
    Process p = b.start();
    p.getOutputStream().close();
    CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> all(p.getInputStream()));
    CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> all(p.getErrorStream()));
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("no answer within 5 minutes: " + command);
    }
    return new Run(p.exitValue(), out.get(), err.get());
  }

  private static byte[] all(InputStream in) {
    try (in) {
      ByteArrayOutputStream b = new ByteArrayOutputStream();
      in.transferTo(b);
      return b.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
