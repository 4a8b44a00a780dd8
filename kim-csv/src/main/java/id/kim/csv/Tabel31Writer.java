package id.kim.csv;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import id.kim.core.community.KimProfile;
import id.kim.core.validation.MissingValueException;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes profiles as Tabel 3.1 "Tabel Profiling KIM" (PROFILE-a..t) in the columns and cell syntax
 * {@link Tabel31Reader} reads, so a Dinas can round-trip its spreadsheet: reading what this wrote
 * gives the same profiles (docs/csv.md lists the few details the table cannot carry). Quoting is
 * FastCSV's. Rows stream: only the current row is held. Not thread-safe; close it to flush (closing
 * closes the stream).
 *
 * <pre>{@code
 * try (Tabel31Writer out = Tabel31Writer.open(Files.newOutputStream(path), Tabel31Format.excel())) {
 *   profiles.forEach(out::write);
 * }
 * }</pre>
 */
public final class Tabel31Writer implements Closeable, Flushable {
  /** The columns written, in order, after "No". */
  static final List<Tabel31Column> COLUMNS = List.of(Tabel31Column.NAME, Tabel31Column.TYPE, Tabel31Column.NUMBER,
      Tabel31Column.CONTACT, Tabel31Column.ADDRESS, Tabel31Column.RT_RW, Tabel31Column.VILLAGE, Tabel31Column.DISTRICT,
      Tabel31Column.REGENCY_CITY, Tabel31Column.PHONE, Tabel31Column.WHATSAPP, Tabel31Column.EMAIL,
      Tabel31Column.AUDIENCE, Tabel31Column.SOCIO_ECONOMIC, Tabel31Column.AUDIENCE_VILLAGES, Tabel31Column.MEDIA,
      Tabel31Column.FIELDS, Tabel31Column.ISSUES, Tabel31Column.FREQUENCY, Tabel31Column.CONTENT, Tabel31Column.PERIODS,
      Tabel31Column.REACH, Tabel31Column.RESPONSES, Tabel31Column.OBSERVED_ON);
  /** The columns written with {@link Tabel31Format#regionCodes()}: each region's code after its name. */
  static final List<Tabel31Column> COLUMNS_WITH_CODES = withCodes();
  private final CsvWriter csv;
  private final List<Tabel31Column> columns;
  private final List<String> cells = new ArrayList<>(COLUMNS_WITH_CODES.size() + 1);
  private int rows;

  private Tabel31Writer(CsvWriter csv, List<Tabel31Column> columns) {
    this.csv = csv;
    this.columns = columns;
  }

  private static List<Tabel31Column> withCodes() {
    List<Tabel31Column> out = new ArrayList<>(COLUMNS);
    out.add(out.indexOf(Tabel31Column.VILLAGE) + 1, Tabel31Column.VILLAGE_CODE);
    out.add(out.indexOf(Tabel31Column.DISTRICT) + 1, Tabel31Column.DISTRICT_CODE);
    out.add(out.indexOf(Tabel31Column.REGENCY_CITY) + 1, Tabel31Column.REGENCY_CITY_CODE);
    return List.copyOf(out);
  }

  /**
   * Writes a whole Tabel 3.1 file, with the code columns when any profile has a region code (a seat's
   * kelurahan/desa, kecamatan or kabupaten/kota, or the issuer of its Nomor Induk Komunitas).
   *
   * @param output where the file goes; closed when written
   * @param format separator and byte-order mark; its {@link Tabel31Format#regionCodes()} is set from the profiles
   * @param profiles the profiles, in row order
   * @return the number of rows written
   * @throws IllegalArgumentException as {@link #write(KimProfile)}; the rows before are written
   * @throws UncheckedIOException if the output cannot be written
   */
  public static int writeAll(OutputStream output, Tabel31Format format, Collection<KimProfile> profiles) {
    MissingValueException.requireNonNull(profiles, "profiles");
    boolean codes = profiles.stream().anyMatch(p -> Stream.of(Tabel31Column.VILLAGE_CODE, Tabel31Column.DISTRICT_CODE,
        Tabel31Column.REGENCY_CITY_CODE).anyMatch(c -> !ProfileText.cell(c, p).isEmpty()));
    Tabel31Format withCodes = MissingValueException.requireNonNull(format, "format").withRegionCodes(codes);
    try (Tabel31Writer out = open(output, withCodes)) {
      profiles.forEach(out::write);
      return out.written();
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the Tabel 3.1 file", e);
    }
  }

  /**
   * Starts a Tabel 3.1 file: writes the byte-order mark if asked and the header row.
   *
   * @param output where the file goes; closed by {@link #close()}
   * @param format separator and byte-order mark
   * @return the writer
   * @throws UncheckedIOException if the output cannot be written
   */
  public static Tabel31Writer open(OutputStream output, Tabel31Format format) {
    MissingValueException.requireNonNull(output, "output");
    MissingValueException.requireNonNull(format, "format");
    try {
      if (format.byteOrderMark()) {
        output.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the Tabel 3.1 file", e);
    }
    CsvWriter csv = CsvWriter.builder().fieldSeparator(format.separator()).quoteCharacter('"')
        .lineDelimiter(LineDelimiter.CRLF).build(new OutputStreamWriter(output, StandardCharsets.UTF_8));
    List<Tabel31Column> columns = format.regionCodes() ? COLUMNS_WITH_CODES : COLUMNS;
    List<String> header = new ArrayList<>();
    header.add(Tabel31Column.ROW_NUMBER.label());
    columns.forEach(c -> header.add(c.label()));
    csv.writeRecord(header);
    return new Tabel31Writer(csv, columns);
  }

  /**
   * Writes one profile as the next row (numbered from 1 in the "No" column).
   *
   * @param profile the profile
   * @return this writer
   * @throws IllegalArgumentException if the profile cannot be written faithfully: PROFILE-s/t figures
   *     taken on different days (one row has one "Tanggal Pendataan"), or an item of a multi-item cell
   *     holding {@code ;}, {@code |} or a line break; nothing is written then
   * @throws UncheckedIOException if the output cannot be written
   */
  public Tabel31Writer write(KimProfile profile) {
    MissingValueException.requireNonNull(profile, "profile");
    cells.clear();
    cells.add(String.valueOf(rows + 1));
    for (Tabel31Column column : columns) {
      cells.add(ProfileText.cell(column, profile));
    }
    csv.writeRecord(cells);
    rows++;
    return this;
  }

  /** @return the number of profiles written */
  public int written() {
    return rows;
  }

  @Override
  public void flush() throws IOException {
    csv.flush();
  }

  @Override
  public void close() throws IOException {
    csv.close();
  }
}
