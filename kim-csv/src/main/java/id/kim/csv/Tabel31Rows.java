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
import org.jspecify.annotations.Nullable;

/**
 * The data rows of an open Tabel 3.1 file, read one at a time: each is a profile or a
 * {@link RowError}, in file order; blank rows are skipped and counted. At most two batches of 256
 * rows are held in memory (their cells are read on {@link Tabel31Options#parallelism()} threads),
 * so a file of any length streams in bounded memory. Use it from one thread; close it when done
 * (closing closes the input and lets the threads go).
 */
public final class Tabel31Rows implements Iterator<Either<RowError, KimProfile>>, Closeable {
  private final InputStream input;
  private final RowPipeline rows;
  private final Tabel31Header header;
  private final Format format;
  private @Nullable Either<RowError, KimProfile> next;
  private int nextRow;
  private int lastRow;
  private int read;
  private int accepted;
  private int blank;

  /** What was found about the file's format before its rows. */
  record Format(String separator, boolean bom, String encoding) {}

  Tabel31Rows(InputStream input, RowPipeline rows, Tabel31Header header, Format format) {
    this.input = input;
    this.rows = rows;
    this.header = header;
    this.format = format;
  }

  /**
   * {@inheritDoc}
   *
   * @throws UncheckedIOException if the input cannot be read
   */
  @Override
  public boolean hasNext() {
    if (next != null) {
      return true;
    }
    for (Optional<RowPipeline.Mapped> row = rows.next(); row.isPresent(); row = rows.next()) {
      Either<RowError, KimProfile> result = row.get().result;
      if (result == null) { // a blank row
        blank++;
        continue;
      }
      next = result;
      nextRow = row.get().row;
      read++;
      accepted += result.isRight() ? 1 : 0;
      return true;
    }
    return false;
  }

  @Override
  public Either<RowError, KimProfile> next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more rows");
    }
    Either<RowError, KimProfile> row = next;
    if (row == null) {
      throw new NoSuchElementException("no more rows");
    }
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
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL), false);
  }

  /** @return the counts so far (complete once every row has been read) */
  public ImportSummary summary() {
    return ImmutableImportSummary.builder().read(read).accepted(accepted).rejected(read - accepted).blank(blank)
        .separator(format.separator()).byteOrderMark(format.bom()).encoding(format.encoding()).columns(header.columns())
        .ignoredColumns(header.ignored()).build();
  }

  @Override
  public void close() throws IOException {
    rows.close();
    input.close();
  }
}
