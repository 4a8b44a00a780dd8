package id.kim.csv;

import id.kim.core.agency.DinasLevel;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The header row of a Tabel 3.1 file: which cell position holds which column. A second "Jenis Media"
 * column is field o, derived from l and ignored (GAP-23); a row-number column is ignored; unknown
 * headers are listed in the summary, never silently dropped.
 */
final class Tabel31Header {
  private final Map<Tabel31Column, Integer> positions;
  private final List<String> written;
  private final List<String> ignored;
  private final List<Tabel31Column> present;

  private Tabel31Header(Map<Tabel31Column, Integer> positions, List<String> written, List<String> ignored) {
    this.positions = positions;
    this.written = written;
    this.ignored = ignored;
    this.present = List.copyOf(positions.keySet());
  }

  /**
   * @param cells the header cells, decoded
   * @param level the reading Dinas' level: a provincial Dinas needs column h (PROFILE-h, GAP-22)
   * @return the header, or why the file cannot be read
   */
  static Either<FileProblem, Tabel31Header> parse(List<String> cells, DinasLevel level) {
    Map<Tabel31Column, Integer> positions = new EnumMap<>(Tabel31Column.class);
    List<String> ignored = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      String header = cells.get(i).strip();
      Optional<Tabel31Column> column = Tabel31Column.find(header);
      if (column.isPresent() && column.get() == Tabel31Column.MEDIA && positions.containsKey(Tabel31Column.MEDIA)) {
        column = Optional.of(Tabel31Column.MEDIA_KIND);
      }
      if (column.isEmpty() || column.get() == Tabel31Column.ROW_NUMBER || column.get() == Tabel31Column.MEDIA_KIND) {
        if (!header.isEmpty() && column.map(c -> c != Tabel31Column.ROW_NUMBER).orElse(true)) {
          ignored.add(header);
        }
        continue;
      }
      Integer previous = positions.put(column.get(), i);
      if (previous != null) {
        return Either.left(FileProblem.of("csv.file.duplicateColumn", cells.get(previous).strip(), header,
            column.get().ruleId().orElseThrow()));
      }
    }
    if (!positions.containsKey(Tabel31Column.NAME)) {
      return Either.left(FileProblem.of("csv.file.noNameColumn", String.join(" | ", cells)));
    }
    boolean villageLevel =
        positions.containsKey(Tabel31Column.VILLAGE) || positions.containsKey(Tabel31Column.VILLAGE_CODE);
    boolean districtLevel =
        positions.containsKey(Tabel31Column.DISTRICT) || positions.containsKey(Tabel31Column.DISTRICT_CODE);
    if (villageLevel != districtLevel) {
      return Either.left(FileProblem.of("csv.file.villageNeedsDistrict"));
    }
    if (positions.containsKey(Tabel31Column.RT_RW) && !positions.containsKey(Tabel31Column.ADDRESS)) {
      return Either.left(FileProblem.of("csv.file.rtRwNeedsAddress"));
    }
    if (level == DinasLevel.PROVINCIAL && villageLevel && !positions.containsKey(Tabel31Column.REGENCY_CITY)
        && !positions.containsKey(Tabel31Column.REGENCY_CITY_CODE)) {
      return Either.left(FileProblem.of("csv.file.provinceNeedsRegencyCity"));
    }
    return Either.right(new Tabel31Header(positions, List.copyOf(cells), List.copyOf(ignored)));
  }

  /** @return the columns the file has, in the order of {@link Tabel31Column} */
  List<Tabel31Column> present() {
    return present;
  }

  /** @return the cell position of a column the file has */
  int positionOf(Tabel31Column column) {
    Integer position = positions.get(column);
    if (position == null) {
      throw new IllegalArgumentException("the file has no column " + column + ": ask has(column) first");
    }
    return position;
  }

  boolean has(Tabel31Column column) {
    return positions.containsKey(column);
  }

  /** @return the cell position of the column, if the file has it */
  Optional<Integer> position(Tabel31Column column) {
    return Optional.ofNullable(positions.get(column));
  }

  /** @return the header as written in the file, or the usual label when the file lacks the column */
  String header(Tabel31Column column) {
    Integer p = positions.get(column);
    return p == null ? column.label() : written.get(p).strip();
  }

  /** @return the header at a cell position as written, or {@code #n} past the last header */
  String writtenAt(int index) {
    return index < written.size() && !written.get(index).isBlank() ? written.get(index).strip() : "#" + (index + 1);
  }

  /** @return the number of header cells */
  int width() {
    return written.size();
  }

  /** @return recognised headers as written, with the field each fills */
  Map<String, String> columns() {
    Map<String, String> out = new LinkedHashMap<>();
    positions.entrySet().stream().sorted(Map.Entry.comparingByValue())
        .forEach(e -> out.put(written.get(e.getValue()).strip(), e.getKey().ruleId().orElse("-")));
    return out;
  }

  List<String> ignored() {
    return ignored;
  }
}
