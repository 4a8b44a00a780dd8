package id.kim.csv;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CloseableIterator;
import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;
import java.util.Optional;

/**
 * The records of a Tabel 3.1 file, split by FastCSV (RFC 4180 as spreadsheets write it: quoted
 * cells hold separators, doubled quotes and line breaks). FastCSV reads strictly; when a record
 * breaks — a quote never closed, text after a closing quote, a record over the limit — the record
 * is returned with its problem and a fresh FastCSV reader starts on the line after the record's
 * first line, so the rows a broken quote swallowed are read again and no good row is lost.
 */
final class RowSource {
  private static final int READ_AHEAD = 16 * 1024;
  private final LineReplayReader text;
  private final char separator;
  private final int maxChars;
  private RecordHandler handler;
  private CloseableIterator<RecordHandler.Fields> records;
  private int row;
  private boolean ended;

  RowSource(Reader decoded, char separator, int maxChars) {
    this.text = new LineReplayReader(decoded);
    this.separator = separator;
    this.maxChars = maxChars;
    startAt(1);
  }

  private void startAt(long line) {
    handler = new RecordHandler(text, line, maxChars);
    records = CsvReader.builder().fieldSeparator(separator).quoteCharacter('"').commentStrategy(CommentStrategy.NONE)
        .skipEmptyLines(false).allowExtraFields(true).allowMissingFields(true).allowExtraCharsAfterClosingQuote(false)
        .maxBufferSize(maxChars + READ_AHEAD).build(handler, text).iterator();
  }

  /** @return the next record, or empty at the end of the input */
  Optional<RawRow> next() {
    if (ended) {
      return Optional.empty();
    }
    RecordHandler.Fields f;
    try {
      f = records.hasNext() ? records.next() : null;
    } catch (CsvParseException e) {
      long line = handler.line();
      String[] partial = handler.partial();
      text.rewindTo(line + 1);
      startAt(line + 1);
      return Optional.of(new RawRow(++row, (int) line, partial, Optional.of(structure(e)), partial.length));
    }
    if (f == null || f.isEnd()) {
      ended = true;
      return Optional.empty();
    }
    if (f.unterminated) {
      text.rewindTo(f.line + 1);
      startAt(f.line + 1);
      String[] before = Arrays.copyOf(f.values, f.values.length - 1);
      return Optional.of(new RawRow(++row, (int) f.line, before, Optional.of(RawRow.Structure.UNTERMINATED_QUOTE),
          before.length));
    }
    return Optional.of(new RawRow(++row, (int) f.line, f.values));
  }

  /** FastCSV reports every problem as one exception type; its cause says which. */
  private static RawRow.Structure structure(CsvParseException e) {
    Throwable cause = e.getCause() == null ? e : e.getCause();
    String message = String.valueOf(cause.getMessage());
    if (cause instanceof RecordHandler.TooLong || message.contains("maximum buffer size")) {
      return RawRow.Structure.TOO_LONG;
    }
    return RawRow.Structure.TEXT_AFTER_QUOTE;
  }

  void close() throws IOException {
    text.close();
  }
}
