package id.kim.cli;

/**
 * The exit codes of {@code kim}: a script can tell "answered" from "not eligible, as you asked to
 * know", from "could not answer" and why. Listed in {@code kim --help} and {@code docs/cli.md}.
 */
public final class ExitCode {
  /** 0 — done: every KIM answered (an ineligible verdict is an answer, not an error). */
  public static final int OK = 0;
  /**
   * 1 — only with {@code --fail-on-ineligible}: at least one KIM asked about is not eligible. "Not
   * eligible" means any answer other than ELIGIBLE (LAYAK): NOT_ELIGIBLE, INCOMPLETE (a requirement not
   * yet known is no permission, QUAL-ORDER) or a record that breaks a constraint and so has no decision.
   */
  public static final int INELIGIBLE = 1;
  /**
   * 2 — bad input or usage: a missing or unreadable file, malformed JSON or CSV, a bad option, an
   * unknown KIM, or a rejected row under {@code import --strict}; one line on stderr says why.
   */
  public static final int BAD_INPUT = 2;
  /** 3 — an internal error of the SDK; the one line on stderr asks to report it. */
  public static final int INTERNAL = 3;

  private ExitCode() {}
}
