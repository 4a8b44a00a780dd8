package id.kim.csv;

import id.kim.core.validation.MissingValueException;
import io.vavr.control.Either;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Opens a Tabel 3.1 "Tabel Profiling KIM" CSV file (MAP-STAGE-A): detects a UTF-8 byte-order mark,
 * refuses UTF-16, reads a Windows-1252 ("ANSI") export as such (see {@link Encoding}), finds the
 * separator ({@code ;}, {@code ,} or tab — whichever the header row uses most outside quotes) and
 * reads the header. File-level problems are a {@link FileProblem}; the rows then stream from
 * {@link Tabel31Rows}. Records are split by FastCSV; a broken quote or an oversized record costs
 * its own row (docs/csv.md).
 *
 * <pre>{@code
 * try (InputStream in = Files.newInputStream(path)) {
 *   Tabel31Reader.open(in, Tabel31Options.forDinas(dinas)).peek(rows -> {
 *     rows.forEachRemaining(row -> row.peek(this::store).peekLeft(e -> log(e.describe(Lang.ID))));
 *     System.out.println(rows.summary().describe(Lang.ID));
 *   });
 * }
 * }</pre>
 */
public final class Tabel31Reader {
  private static final int SNIFF = 64 * 1024;

  private Tabel31Reader() {}

  /**
   * @param file a CSV file
   * @param options how to read it
   * @return the rows (close them to close the file), or why the file cannot be read
   * @throws IOException if the file cannot be opened or read
   */
  public static Either<FileProblem, Tabel31Rows> open(Path file, Tabel31Options options) throws IOException {
    MissingValueException.requireNonNull(file, "file");
    MissingValueException.requireNonNull(options, "options");
    InputStream in = Files.newInputStream(file);
    try {
      Either<FileProblem, Tabel31Rows> rows = open(in, options);
      if (rows.isLeft()) {
        in.close();
      }
      return rows;
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  /**
   * @param input the bytes of a CSV file; read lazily as rows are taken
   * @param options how to read it
   * @return the rows, or why the file cannot be read
   * @throws IOException if the input cannot be read
   */
  public static Either<FileProblem, Tabel31Rows> open(InputStream input, Tabel31Options options) throws IOException {
    MissingValueException.requireNonNull(input, "input");
    MissingValueException.requireNonNull(options, "options");
    BufferedInputStream in = new BufferedInputStream(input, SNIFF);
    in.mark(SNIFF);
    byte[] head = in.readNBytes(SNIFF);
    in.reset();
    if ((head.length >= 2
            && (((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF)
                || ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE)))
        || looksLikeUtf16(head)) {
      return Either.left(FileProblem.of("csv.file.utf16"));
    }
    boolean bom = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
    int start = bom ? 3 : 0;
    in.skipNBytes(start);
    Encoding encoding = Encoding.sniff(head, start, head.length < SNIFF);
    byte separator = separator(head, start);
    RowSource source =
        new RowSource(new InputStreamReader(in, encoding.decoder()), (char) separator, options.maxRecordBytes());
    Optional<RawRow> first = source.next();
    while (first.isPresent() && first.get().isBlank()) {
      first = source.next();
    }
    if (first.isEmpty()) {
      return Either.left(FileProblem.of("csv.file.empty"));
    }
    List<String> cells = List.of(first.get().cells);
    if (cells.stream().anyMatch(RowCells::undecodable)) {
      return Either.left(FileProblem.of("csv.file.headerEncoding"));
    }
    String shown = separator == '\t' ? "\\t" : String.valueOf((char) separator);
    return Tabel31Header.parse(cells, options.dinas().level())
        .map(header -> new Tabel31Rows(input,
            new RowPipeline(source, new RowMapper(options, header), options.parallelism()), header,
            new Tabel31Rows.Format(shown, bom, encoding.label())));
  }

  /**
   * The separator used most in the first line, outside quotes; {@code ;} on a tie (Excel in Indonesia
   * writes {@code ;}).
   */
  private static byte separator(byte[] head, int start) {
    int semicolons = 0;
    int commas = 0;
    int tabs = 0;
    boolean quoted = false;
    for (int i = start; i < head.length; i++) {
      byte b = head[i];
      if (b == '"') {
        quoted = !quoted;
      } else if (!quoted && (b == '\n' || b == '\r')) {
        if (semicolons + commas + tabs > 0) {
          break;
        }
      } else if (!quoted && b == ';') {
        semicolons++;
      } else if (!quoted && b == ',') {
        commas++;
      } else if (!quoted && b == '\t') {
        tabs++;
      }
    }
    if (tabs > semicolons && tabs > commas) {
      return '\t';
    }
    return commas > semicolons ? (byte) ',' : (byte) ';';
  }

  /** UTF-16 without a byte-order mark: every other byte of ASCII text is zero. */
  private static boolean looksLikeUtf16(byte[] head) {
    int zeros = 0;
    int n = Math.min(head.length, 200);
    for (int i = 0; i < n; i++) {
      zeros += head[i] == 0 ? 1 : 0;
    }
    return n >= 4 && zeros * 3 >= n;
  }
}
