package id.kim.csv;

import java.util.List;
import java.util.Optional;

/**
 * One record of a CSV file as raw bytes per cell: its spreadsheet row number (the header is row 1),
 * the physical line it starts on, and a structural problem of the record itself, if any.
 */
final class CsvRecord {
  final int row;
  final int line;
  final List<byte[]> cells;
  final Optional<Structure> problem;

  /** What can be wrong with the shape of a record. */
  enum Structure {
    /** A quoted cell never closes: the rest of its line is re-read as new rows. */
    UNTERMINATED_QUOTE,
    /** Text follows a closing quote inside a cell. */
    TEXT_AFTER_QUOTE,
    /** The record is longer than the limit; it is skipped up to the next line. */
    TOO_LONG
  }

  CsvRecord(int row, int line, List<byte[]> cells, Optional<Structure> problem) {
    this.row = row;
    this.line = line;
    this.cells = cells;
    this.problem = problem;
  }

  /** @return true if every cell is empty or blank ASCII */
  boolean isBlank() {
    for (byte[] cell : cells) {
      for (byte b : cell) {
        if (b != ' ' && b != '\t') {
          return false;
        }
      }
    }
    return true;
  }
}
