package id.kim.csv;

import de.siegmar.fastcsv.reader.CsvCallbackHandler;
import de.siegmar.fastcsv.reader.RecordType;
import java.util.Arrays;

/**
 * Receives FastCSV's fields of one record and keeps them as strings, enforcing the record limit
 * (in characters) so that a runaway quote is reported, never an {@link OutOfMemoryError}. It tells
 * {@link LineReplayReader} where each record starts, and notices a quoted cell that runs into the end
 * mark: a quote never closed. One handler per FastCSV reader, as FastCSV requires.
 */
final class RecordHandler extends CsvCallbackHandler<RecordHandler.Fields> {
  private final LineReplayReader text;
  private final long firstLine;
  private final int maxChars;
  private String[] fields = new String[32];
  private int count;
  private int chars;
  private long line;
  private boolean empty;
  private boolean unterminated;

  /** The fields of one record, with the absolute line it starts on. */
  static final class Fields {
    final long line;
    final String[] values;
    final boolean unterminated;

    Fields(long line, String[] values, boolean unterminated) {
      this.line = line;
      this.values = values;
      this.unterminated = unterminated;
    }

    /** @return true for the record that is only the end mark */
    boolean isEnd() {
      return values.length == 1 && values[0].length() == 1 && values[0].charAt(0) == LineReplayReader.END;
    }
  }

  /** Thrown when a record passes the limit; FastCSV wraps it in its parse exception. */
  static final class TooLong extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooLong() {
      super("record too long", null, false, false);
    }
  }

  /**
   * @param text the text being read, told where each record starts
   * @param firstLine the absolute line FastCSV's line 1 is
   * @param maxChars the record limit
   */
  RecordHandler(LineReplayReader text, long firstLine, int maxChars) {
    this.text = text;
    this.firstLine = firstLine;
    this.maxChars = maxChars;
  }

  @Override
  protected RecordType getRecordType() {
    return empty ? RecordType.EMPTY : RecordType.DATA;
  }

  @Override
  protected int getFieldCount() {
    return count;
  }

  @Override
  protected void beginRecord(long startingLineNumber) {
    line = firstLine + startingLineNumber - 1;
    count = 0;
    chars = 0;
    empty = false;
    unterminated = false;
    text.keepFrom(line);
  }

  @Override
  protected void addField(char[] buf, int offset, int len, boolean quoted) {
    chars += len + 1;
    if (chars > maxChars) {
      throw new TooLong();
    }
    if (quoted && len > 0 && buf[offset + len - 1] == LineReplayReader.END && text.exhausted()) {
      unterminated = true;
    }
    if (count == fields.length) {
      fields = Arrays.copyOf(fields, count * 2);
    }
    fields[count++] = new String(buf, offset, len);
  }

  @Override
  protected void setComment(char[] buf, int offset, int len) {
    addField(buf, offset, len, false);
  }

  @Override
  protected void setEmpty() {
    empty = true;
  }

  @Override
  protected Fields buildRecord() {
    return new Fields(line, empty ? new String[] {""} : Arrays.copyOf(fields, count), unterminated);
  }

  /** @return the absolute line of the record being read */
  long line() {
    return line;
  }

  /** @return the fields read so far of the record being read (after a parse error) */
  String[] partial() {
    return Arrays.copyOf(fields, count);
  }
}
