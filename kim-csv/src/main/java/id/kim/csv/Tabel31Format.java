package id.kim.csv;

import org.immutables.value.Value;

/**
 * How {@link Tabel31Writer} writes a Tabel 3.1 file: the cell separator ({@code ;} by default, what
 * Excel in Indonesia reads; {@code ,} or a tab for other tools) and whether to start with a UTF-8
 * byte-order mark (by default yes: without it Excel opens UTF-8 as "ANSI" and garbles accented names).
 * The text is always UTF-8 and rows end with {@code \r\n}, as Excel writes them.
 */
@Value.Immutable
public abstract class Tabel31Format {

  /** @return the cell separator: {@code ';'}, {@code ','} or {@code '\t'} */
  @Value.Default
  public char separator() {
    return ';';
  }

  /** @return true to start the file with a UTF-8 byte-order mark, for Excel */
  @Value.Default
  public boolean byteOrderMark() {
    return true;
  }

  /**
   * @return true to write the code columns (Kode Kelurahan/Desa, Kode Kecamatan, Kode Kabupaten/Kota) after
   *     the region columns; {@link Tabel31Writer#writeAll} sets it when any profile has a region code
   */
  @Value.Default
  public boolean regionCodes() {
    return false;
  }

  @Value.Check
  void check() {
    if (separator() != ';' && separator() != ',' && separator() != '\t') {
      throw new IllegalArgumentException("separator must be ';', ',' or a tab (the reader detects only these), not '"
          + separator() + "'");
    }
  }

  /** @return {@code ;}-separated UTF-8 with a byte-order mark: opens in Excel set to Indonesian */
  public static Tabel31Format excel() {
    return ImmutableTabel31Format.builder().build();
  }

  /**
   * @param separator {@code ';'}, {@code ','} or {@code '\t'}
   * @return this format with that separator
   */
  public Tabel31Format withSeparator(char separator) {
    return ImmutableTabel31Format.copyOf(this).withSeparator(separator);
  }

  /**
   * @param regionCodes whether to write the code columns of the regions
   * @return this format with or without them
   */
  public Tabel31Format withRegionCodes(boolean regionCodes) {
    return ImmutableTabel31Format.copyOf(this).withRegionCodes(regionCodes);
  }

  /**
   * @param byteOrderMark whether to write the UTF-8 byte-order mark
   * @return this format with or without it
   */
  public Tabel31Format withByteOrderMark(boolean byteOrderMark) {
    return ImmutableTabel31Format.copyOf(this).withByteOrderMark(byteOrderMark);
  }
}
