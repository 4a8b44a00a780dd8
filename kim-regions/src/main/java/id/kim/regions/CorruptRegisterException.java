package id.kim.regions;

/**
 * The bundled region data cannot be trusted: a file is missing, a header or a row is malformed, a
 * code appears twice, or a region's parent is not in the register. Thrown when the register loads,
 * never for a lookup; it names the file, the line and the problem, so a broken data update fails the
 * build's tests rather than any later validation.
 */
public final class CorruptRegisterException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final long line;

  CorruptRegisterException(String file, long line, String problem) {
    super("kim-regions: corrupt region data " + file + (line > 0 ? " line " + line : "") + ": " + problem);
    this.file = file;
    this.line = line;
  }

  CorruptRegisterException(String file, String problem, Throwable cause) {
    super("kim-regions: corrupt region data " + file + ": " + problem, cause);
    this.file = file;
    this.line = 0;
  }

  /** @return the data file at fault, e.g. {@code "villages.csv"} */
  public String file() {
    return file;
  }

  /** @return the line at fault (1 is the header), or 0 when the whole file is */
  public long line() {
    return line;
  }
}
