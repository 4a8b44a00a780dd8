package id.kim.csv;

import java.io.IOException;
import java.io.Reader;

/**
 * The decoded text of a Tabel 3.1 file as FastCSV reads it, with line ends made uniform
 * ({@code \r\n} and {@code \r} become {@code \n}, as a cell's line breaks are read anyway) and the
 * text of the current record kept, so that reading can start again at any later line of it. That is
 * how a row with an unterminated quote costs only itself: the lines its quote swallowed are read
 * again as rows.
 *
 * <p>After the input it delivers one {@link #END} character on a line of its own: a record that is
 * just that character marks the end; a quoted cell that ends with it was never closed. Memory: the
 * current record plus FastCSV's read-ahead, both bounded by the record limit.
 */
final class LineReplayReader extends Reader {
  /** A private-use character that marks the end of the input. */
  static final char END = '\uE000';
  private final Reader source;
  private final char[] raw = new char[8192];
  private char[] window = new char[32 * 1024];
  private int start;
  private int length;
  private int cursor;
  private long startLine = 1;
  private long linesToSkip;
  private boolean lastWasCr;
  private boolean atLineStart = true;
  private boolean exhausted;

  LineReplayReader(Reader source) {
    this.source = source;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (cursor == this.length && !fill()) {
      return -1;
    }
    int n = Math.min(length, this.length - cursor);
    System.arraycopy(window, cursor, buffer, offset, n);
    cursor += n;
    return n;
  }

  /** @return true once the whole input (and the end mark) has been taken from the source */
  boolean exhausted() {
    return exhausted;
  }

  /**
   * Forgets the text before a line; FastCSV has read it completely.
   *
   * @param line the line (1-based) the current record starts on
   */
  void keepFrom(long line) {
    while (startLine < line) {
      int i = indexOfLineEnd(start, cursor);
      if (i < 0) {
        return;
      }
      start = i + 1;
      startLine++;
    }
  }

  /**
   * Delivers the text again from the start of a line of the current record, or skips the input up
   * to that line when it has not been read yet (a record too long to keep).
   *
   * @param line the line (1-based) to read next
   */
  void rewindTo(long line) {
    int p = start;
    for (long l = startLine; l < line; l++) {
      int i = indexOfLineEnd(p, length);
      if (i < 0) {
        linesToSkip = line - l;
        start = 0;
        length = 0;
        cursor = 0;
        startLine = line;
        return;
      }
      p = i + 1;
    }
    start = p;
    cursor = p;
    startLine = line;
  }

  private int indexOfLineEnd(int from, int to) {
    for (int i = from; i < to; i++) {
      if (window[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private boolean fill() throws IOException {
    while (cursor == length) {
      if (exhausted) {
        return false;
      }
      int n = source.read(raw, 0, raw.length);
      if (n < 0) {
        exhausted = true;
        room(2);
        if (!atLineStart) {
          window[length++] = '\n';
        }
        window[length++] = END;
      } else {
        append(n);
      }
    }
    return true;
  }

  private void append(int n) {
    room(n);
    int i = 0;
    while (linesToSkip == 0 && i < n) {
      if (lastWasCr && raw[i] == '\n') {
        i++;
      }
      lastWasCr = false;
      int cr = indexOfCr(i, n);
      int end = cr < 0 ? n : cr;
      System.arraycopy(raw, i, window, length, end - i);
      length += end - i;
      if (cr >= 0) {
        window[length++] = '\n';
        lastWasCr = true;
      }
      if (length > 0) {
        atLineStart = window[length - 1] == '\n';
      }
      i = end + (cr >= 0 ? 1 : 0);
    }
    for (; i < n; i++) {
      char c = raw[i];
      if (c == '\n' && lastWasCr) {
        lastWasCr = false;
        continue;
      }
      lastWasCr = c == '\r';
      if (lastWasCr) {
        c = '\n';
      }
      if (linesToSkip > 0) {
        if (c == '\n') {
          linesToSkip--;
          atLineStart = true;
        }
        continue;
      }
      window[length++] = c;
      atLineStart = c == '\n';
    }
  }

  private int indexOfCr(int from, int n) {
    for (int i = from; i < n; i++) {
      if (raw[i] == '\r') {
        return i;
      }
    }
    return -1;
  }

  /** Makes room for {@code n} more characters: drops what was forgotten, grows only for a long record. */
  private void room(int n) {
    if (length + n <= window.length) {
      return;
    }
    int kept = length - start;
    char[] target = kept + n <= window.length / 2 ? window : new char[Math.max(window.length * 2, kept + n)];
    System.arraycopy(window, start, target, 0, kept);
    window = target;
    cursor -= start;
    length = kept;
    start = 0;
  }

  @Override
  public void close() throws IOException {
    source.close();
  }
}
