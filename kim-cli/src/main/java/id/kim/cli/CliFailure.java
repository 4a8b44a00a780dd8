package id.kim.cli;

/**
 * Stops a command with an exit code and one line for stderr. Control flow of the command line only;
 * it has no stack trace and its message never quotes input data.
 */
final class CliFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;
  final int exitCode;

  CliFailure(int exitCode, String line) {
    super(line, null, false, false);
    this.exitCode = exitCode;
  }

  static CliFailure badInput(String line) {
    return new CliFailure(ExitCode.BAD_INPUT, line);
  }
}
