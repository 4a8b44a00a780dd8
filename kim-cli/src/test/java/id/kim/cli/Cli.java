package id.kim.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs {@code kim} in this process and captures what it prints. */
final class Cli {
  final int exit;
  final String out;
  final String err;

  private Cli(int exit, String out, String err) {
    this.exit = exit;
    this.out = out;
    this.err = err;
  }

  static Cli run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true,
        StandardCharsets.UTF_8));
    return new Cli(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** @return the single line on stderr (fails if there is not exactly one) */
  String oneErrorLine() {
    String[] lines = err.strip().split("\n");
    if (err.isBlank() || lines.length != 1) {
      throw new AssertionError("expected one line on stderr, got: " + err);
    }
    return lines[0];
  }

  @Override
  public String toString() {
    return "exit " + exit + "\nout: " + out + "\nerr: " + err;
  }
}
