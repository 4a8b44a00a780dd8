package id.kim.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import id.kim.core.community.KimProfile;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Property: whatever a Dinas types into any one cell, the row becomes a profile or a row error that
 * names the cell's rule, and the next row is read: no cell reader lets another exception escape.
 */
class AnyCellTest {
  /** Beginnings that lead the cell readers past their first checks. */
  private static final List<String> STARTS = List.of("", "Instagram ", "IG: ", "31/", "1 Januari ", "RT ", "003/",
      "Desa ", "Kec. ", "Kabupaten ", "Tipe ", "3 kali ", "01/01/2026 s.d. ", "Jl. ", "0812", "@", "kesehatan; ");

  private static String quoted(String cell) {
    return "\"" + cell.replace("\"", "\"\"") + "\"";
  }

  @Test
  @DisplayName("any text in a cell but the name: a profile or a row error with a rule; the next row is read (MAP-A-1)")
  void anyTextInAnyColumn() {
    List<Tabel31Column> columns = Tabel31Writer.COLUMNS;
    String header = columns.stream().map(Tabel31Column::label).collect(Collectors.joining(";"));
    qt().withExamples(3_000).forAll(integers().between(1, columns.size() - 1), integers().between(0, STARTS.size() - 1),
        strings().basicLatinAlphabet().ofLengthBetween(0, 24)).checkAssert((at, start, text) -> {
          List<String> cells = new ArrayList<>();
          for (int i = 0; i < columns.size(); i++) {
            cells.add(i == 0 ? "KIM Uji" : i == at ? quoted(STARTS.get(start) + text) : "");
          }
          String csv = header + "\n" + String.join(";", cells) + "\nKIM Berikut\n";
          List<Either<RowError, KimProfile>> rows = Fixtures.rows(csv);
          assertEquals(2, rows.size(), csv);
          rows.get(0).peekLeft(e -> assertTrue(e.problems().stream().allMatch(p -> p.ruleId().isPresent()), csv));
          assertEquals("KIM Berikut", rows.get(1).get().name(), csv);
        });
  }
}
