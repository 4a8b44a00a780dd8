package id.kim.csv;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Splits CSV bytes into records (RFC 4180 with the leniency of spreadsheet exports): quoted cells
 * may hold separators, quotes ({@code ""}) and line breaks; {@code \r\n}, {@code \n} and {@code \r}
 * end a record. It works on bytes, not characters: separators, quotes and line ends are ASCII, which
 * never occur inside a multi-byte UTF-8 sequence, so each cell can be decoded — and an encoding error
 * reported — on its own.
 *
 * <p>Memory is bounded by {@code maxRecordBytes}: an unterminated quote is reported on its row and
 * the lines it swallowed are read again as rows, so one bad row never loses the others.
 */
final class CsvTokenizer {
  private static final int QUOTE = '"';
  private final ByteSource source;
  private final int separator;
  private final int maxRecordBytes;
  private int row;
  private int line = 1;
  private boolean pendingLineFeedAfterCr;

  CsvTokenizer(ByteSource source, byte separator, int maxRecordBytes) {
    this.source = source;
    this.separator = separator;
    this.maxRecordBytes = maxRecordBytes;
  }

  /** @return the next record, or empty at the end of the input */
  Optional<CsvRecord> next() throws IOException {
    int first = read();
    if (first == -1) {
      return Optional.empty();
    }
    row++;
    int startLine = line;
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    ByteArrayOutputStream cell = new ByteArrayOutputStream();
    List<byte[]> cells = new ArrayList<>();
    Optional<CsvRecord.Structure> problem = Optional.empty();
    boolean quoted = false;
    boolean afterQuote = false;
    boolean cellStart = true;
    for (int b = first; ; b = read()) {
      if (b != -1) {
        raw.write(b);
      }
      if (raw.size() > maxRecordBytes) {
        return Optional.of(quoted ? resync(raw, startLine, cells) : skipLine(startLine, cells));
      }
      if (quoted) {
        if (b == -1) {
          return Optional.of(resync(raw, startLine, cells));
        } else if (b == QUOTE) {
          quoted = false;
          afterQuote = true;
        } else {
          if (b == '\n') {
            line++;
          }
          cell.write(b);
        }
        continue;
      }
      if (b == -1 || b == '\n' || b == '\r') {
        if (b == '\r') {
          pendingLineFeedAfterCr = true;
        }
        countLine(b);
        cells.add(cell.toByteArray());
        return Optional.of(new CsvRecord(row, startLine, cells, problem));
      } else if (b == separator) {
        cells.add(cell.toByteArray());
        cell.reset();
        cellStart = true;
        afterQuote = false;
        continue;
      } else if (b == QUOTE && cellStart) {
        quoted = true;
      } else if (b == QUOTE && afterQuote) {
        cell.write(QUOTE);
        quoted = true;
      } else {
        if (afterQuote && problem.isEmpty()) {
          problem = Optional.of(CsvRecord.Structure.TEXT_AFTER_QUOTE);
        }
        cell.write(b);
      }
      afterQuote = false;
      cellStart = false;
    }
  }

  private int read() throws IOException {
    int b = source.read();
    if (pendingLineFeedAfterCr) {
      pendingLineFeedAfterCr = false;
      if (b == '\n') {
        b = source.read();
      }
    }
    return b;
  }

  private void countLine(int b) {
    if (b == '\n' || b == '\r') {
      line++;
    }
  }

  /** An unterminated quote: report this row and read the lines after its first line again. */
  private CsvRecord resync(ByteArrayOutputStream raw, int startLine, List<byte[]> cells) {
    byte[] bytes = raw.toByteArray();
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\n' || bytes[i] == '\r') {
        int from = bytes[i] == '\r' && i + 1 < bytes.length && bytes[i + 1] == '\n' ? i + 2 : i + 1;
        source.unread(Arrays.copyOfRange(bytes, from, bytes.length));
        break;
      }
    }
    pendingLineFeedAfterCr = false;
    line = startLine + 1;
    return new CsvRecord(row, startLine, cells, Optional.of(CsvRecord.Structure.UNTERMINATED_QUOTE));
  }

  /** An unquoted record longer than the limit: report it and skip to the next line. */
  private CsvRecord skipLine(int startLine, List<byte[]> cells) throws IOException {
    int b;
    do {
      b = source.read();
    } while (b != -1 && b != '\n' && b != '\r');
    pendingLineFeedAfterCr = b == '\r';
    line = startLine + 1;
    return new CsvRecord(row, startLine, cells, Optional.of(CsvRecord.Structure.TOO_LONG));
  }
}
