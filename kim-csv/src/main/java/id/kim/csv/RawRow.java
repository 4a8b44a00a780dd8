package id.kim.csv;

import java.util.Optional;

/**
 * One record of a Tabel 3.1 file as FastCSV split it: its spreadsheet row number (the header is row
 * 1), the physical line it starts on, its cells as text, and what is wrong with its shape, if
 * anything. A broken record holds the cells read before the problem.
 */
final class RawRow {
  final int row;
  final int line;
  final String[] cells;
  final Optional<Structure> problem;
  /** The cell where the problem is (an index into the header), when there is a problem. */
  final int problemCell;

  /** What can be wrong with the shape of a record. */
  enum Structure {
    /** A quoted cell never closes: the lines after the row's first are read again as rows. */
    UNTERMINATED_QUOTE,
    /** Text follows a closing quote (or a quote opened in an earlier row never closed). */
    TEXT_AFTER_QUOTE,
    /** The record is longer than the limit; reading resumes on its next line. */
    TOO_LONG
  }

  RawRow(int row, int line, String[] cells) {
    this(row, line, cells, Optional.empty(), -1);
  }

  RawRow(int row, int line, String[] cells, Optional<Structure> problem, int problemCell) {
    this.row = row;
    this.line = line;
    this.cells = cells;
    this.problem = problem;
    this.problemCell = problemCell;
  }

  /** @return true if every cell is empty or blank */
  boolean isBlank() {
    for (String cell : cells) {
      if (!cell.isBlank()) {
        return false;
      }
    }
    return true;
  }
}
