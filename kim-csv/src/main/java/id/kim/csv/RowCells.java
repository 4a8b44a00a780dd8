package id.kim.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The cells of one row, column by column, and the problems found so far. A cell with bytes the
 * file's encoding cannot decode is reported on its own column and read as empty; the other cells are
 * unaffected.
 */
final class RowCells {
  private static final int COLUMNS = Tabel31Column.values().length;
  private final Tabel31Header header;
  private final String[] texts = new String[COLUMNS];
  private final List<CellProblem> problems = new ArrayList<>();

  RowCells(Tabel31Header header, RawRow record) {
    this.header = header;
    for (Tabel31Column column : header.present()) {
      int position = header.positionOf(column);
      if (position < record.cells.length) {
        String cell = record.cells[position];
        if (undecodable(cell)) {
          problem(column, "csv.encoding");
        } else if (!CellText.isBlank(cell)) {
          texts[column.ordinal()] = cell.strip();
        }
      }
    }
  }

  /**
   * @param cell a decoded cell
   * @return true if the file's bytes there could not be decoded (the decoder left U+FFFD), or the
   *     cell holds U+FFFD itself — the trace of an earlier failed conversion, equally unreadable
   */
  static boolean undecodable(String cell) {
    return cell.indexOf('\uFFFD') >= 0;
  }

  /** @return the cell's text, trimmed, if the file has the column and the cell is not blank */
  Optional<String> text(Tabel31Column column) {
    return Optional.ofNullable(texts[column.ordinal()]);
  }

  /**
   * @param column a column
   * @param reader reads the cell; a {@link CellFormatException} becomes a problem on the column
   * @param <T> what the cell holds
   * @return the value, or empty if the cell is blank or unreadable
   */
  <T> Optional<T> read(Tabel31Column column, Function<String, T> reader) {
    Optional<String> text = text(column);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(reader.apply(text.get()));
    } catch (CellFormatException e) {
      problem(column, e.key, e.args);
      return Optional.empty();
    }
  }

  /**
   * Fills a blank cell with a text the row implies, e.g. a kecamatan's official name taken from its code
   * (REGION-CODE); a cell the file filled is never changed.
   */
  void fill(Tabel31Column column, String text) {
    if (texts[column.ordinal()] == null) {
      texts[column.ordinal()] = text;
    }
  }

  /** Records a problem of a region code or name, under its REGION-CODE rule rather than the column's field. */
  void ruleProblem(Tabel31Column column, String ruleId, String key, String... args) {
    problems.add(CellProblem.ofRule(header.header(column), ruleId, key, args));
  }

  void problem(Tabel31Column column, String key, String... args) {
    problems.add(CellProblem.of(column, header.header(column), key, args));
  }

  void add(CellProblem problem) {
    problems.add(problem);
  }

  List<CellProblem> problems() {
    return problems;
  }

  String header(Tabel31Column column) {
    return header.header(column);
  }
}
