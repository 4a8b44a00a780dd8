package id.kim.csv;

/**
 * A cell's text cannot be read as what its column holds; carries the message key and arguments
 * (never the cell's content). Internal control flow of the cell readers, turned into a
 * {@link CellProblem} by the row reader; it has no stack trace.
 */
final class CellFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  final String key;
  final transient String[] args;

  CellFormatException(String key, String... args) {
    super(key, null, false, false);
    this.key = key;
    this.args = args.clone();
  }
}
