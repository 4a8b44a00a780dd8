package id.kim.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.community.KimProfile;
import io.vavr.control.Either;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Broken quotes and oversized rows cost their own row; the rows around them are read (no row lost). */
class StructureTest {

  private static List<String> names(List<Either<RowError, KimProfile>> rows) {
    return rows.stream()
        .map(r -> r.fold(e -> "error@" + e.row() + ":" + e.problems().get(0).messageKey(), KimProfile::name))
        .collect(Collectors.toList());
  }

  @Test
  @DisplayName("an unterminated quote followed by quoted cells: its row is reported, the rows it swallowed are read")
  void unterminatedQuoteBeforeOtherQuotes() {
    var rows = Fixtures.rows("Nama KIM;Isu Publik\nKIM A;Stunting\nKIM B;\"Banjir\nKIM C;\"Sampah; Banjir\"\n"
        + "KIM D;Jalan rusak\n");
    assertEquals(List.of("KIM A", "error@3:csv.quote.textAfter", "KIM C", "KIM D"), names(rows));
    assertEquals(List.of("Sampah", "Banjir"), rows.get(2).get().publicIssues().stream().map(i -> i.title())
        .collect(Collectors.toList()));
  }

  @Test
  @DisplayName("an unterminated quote in the last row: reported, with every row before it kept (CRLF line ends)")
  void unterminatedQuoteAtTheEnd() {
    var rows = Fixtures.rows("Nama KIM;Alamat\r\nKIM A;Jl. Mawar\r\nKIM B;\"Jl. Melati\r\nKIM C;Jl. Kenanga");
    assertEquals(List.of("KIM A", "error@3:csv.quote.unterminated", "KIM C"), names(rows));
    assertEquals(3, rows.get(1).getLeft().line());
  }

  @Test
  @DisplayName("a row longer than the limit is reported (no OutOfMemoryError) and the next rows are read")
  void tooLongRow() {
    String huge = "x".repeat(5_000);
    var options = Fixtures.OPTIONS.withMaxRecordBytes(1_000);
    var rows = Fixtures.rows(Fixtures.open(("Nama KIM;Alamat\nKIM A;Jl. Mawar\nKIM B;" + huge + "\nKIM C;Jl. Kenanga\n")
        .getBytes(StandardCharsets.UTF_8), options));
    assertEquals(List.of("KIM A", "error@3:csv.tooLong", "KIM C"), names(rows));
    assertEquals("Alamat", rows.get(1).getLeft().problems().get(0).column());
    assertEquals("KIM B", rows.get(1).getLeft().kimName().get());
  }

  @Test
  @DisplayName("a quote opened and never closed in a long file costs one row, not the file")
  void runawayQuoteInALongFile() {
    StringBuilder csv = new StringBuilder("Nama KIM;Alamat\nKIM 0;\"Jl. tanpa penutup\n");
    for (int i = 1; i <= 3_000; i++) {
      csv.append("KIM ").append(i).append(";Jl. Mawar ").append(i).append('\n');
    }
    var options = Fixtures.OPTIONS.withMaxRecordBytes(10_000);
    var rows = Fixtures.rows(Fixtures.open(csv.toString().getBytes(StandardCharsets.UTF_8), options));
    assertEquals(3_001, rows.size());
    assertEquals("csv.tooLong", rows.get(0).getLeft().problems().get(0).messageKey());
    assertTrue(rows.subList(1, rows.size()).stream().allMatch(Either::isRight));
    assertEquals("KIM 3000", rows.get(3_000).get().name());
  }

  @Test
  @DisplayName("quoted line breaks in CRLF files stay inside their cell; row numbers follow the spreadsheet")
  void quotedLineBreaksWithCrlf() {
    var rows = Fixtures.rows("Nama KIM;Isu Publik\r\nKIM A;\"Stunting\r\nBanjir\"\r\nKIM B;Sampah\r\n");
    assertEquals(List.of("Stunting", "Banjir"), rows.get(0).get().publicIssues().stream().map(i -> i.title())
        .collect(Collectors.toList()));
    assertEquals("KIM B", rows.get(1).get().name());
  }

  @Test
  @DisplayName("tab-separated exports are read")
  void tabSeparated() {
    Tabel31Rows rows = Fixtures.open("Nama KIM\tTipe KIM\nKIM A\tTipe A\n").get();
    assertEquals("KIM A", rows.next().get().name());
    assertEquals("\\t", rows.summary().separator());
  }
}
