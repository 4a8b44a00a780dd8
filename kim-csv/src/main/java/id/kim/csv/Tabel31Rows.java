package id.kim.csv;

import id.kim.core.community.KimProfile;
import io.vavr.control.Either;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The data rows of an open Tabel 3.1 file, read one at a time: each is a profile or a
 * {@link RowError}, in file order; blank rows are skipped and counted. Only the current row is held
 * in memory, so a file of any length streams in bounded memory. Not thread-safe; close it when done
 * (closing closes the input).
 */
public final class Tabel31Rows implements Iterator<Either<RowError, KimProfile>>, Closeable {
  private final InputStream input;
  private final CsvTokenizer tokenizer;
  private final RowMapper mapper;
  private final Tabel31Header header;
  private final String separator;
  private final boolean bom;
  private Either<RowError, KimProfile> next;
  private int nextRow;
  private int lastRow;
  private int read;
  private int accepted;
  private int blank;

  Tabel31Rows(InputStream input, CsvTokenizer tokenizer, RowMapper mapper, Tabel31Header header, String separator, boolean bom) {
    this.input = input;
    this.tokenizer = tokenizer;
    this.mapper = mapper;
    this.header = header;
    this.separator = separator;
    this.bom = bom;
  }

  @Override
  public boolean hasNext() {
    if (next != null) {
      return true;
    }
    try {
      for (Optional<CsvRecord> record = tokenizer.next(); record.isPresent(); record = tokenizer.next()) {
        if (record.get().isBlank() && record.get().problem.isEmpty()) {
          blank++;
          continue;
        }
        next = mapper.map(record.get());
        nextRow = record.get().row;
        read++;
        accepted += next.isRight() ? 1 : 0;
        return true;
      }
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the Tabel 3.1 file", e);
    }
  }

  @Override
  public Either<RowError, KimProfile> next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more rows");
    }
    Either<RowError, KimProfile> row = next;
    next = null;
    lastRow = nextRow;
    return row;
  }

  /** @return the spreadsheet row number of the row last returned by {@link #next()} (header = 1), 0 before the first */
  public int lastRow() {
    return lastRow;
  }

  /** @return the rows not yet read, as a sequential stream (close this object, not the stream) */
  public Stream<Either<RowError, KimProfile>> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL), false);
  }

  /** @return the counts so far (complete once every row has been read) */
  public ImportSummary summary() {
    return ImmutableImportSummary.builder().read(read).accepted(accepted).rejected(read - accepted).blank(blank)
        .separator(separator).byteOrderMark(bom).columns(header.columns()).ignoredColumns(header.ignored()).build();
  }

  @Override
  public void close() throws IOException {
    input.close();
  }
}
