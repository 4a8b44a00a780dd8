package id.kim.cli;

/** The exit codes of {@code kim}: a script can tell "answered" from "could not answer" and why. */
public final class ExitCode {
  /** Done: every KIM answered (an ineligible verdict is an answer, not an error). */
  public static final int OK = 0;
  /** An internal error of the SDK; the one line on stderr asks to report it. */
  public static final int INTERNAL = 1;
  /** Bad input or usage: a missing or unreadable file, malformed JSON or CSV, a bad option; one line on stderr says why. */
  public static final int BAD_INPUT = 2;

  private ExitCode() {}
}
