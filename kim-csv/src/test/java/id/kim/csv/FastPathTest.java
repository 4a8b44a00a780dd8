package id.kim.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The cell readers' shortcuts read exactly what the expressions they stand in for read. */
class FastPathTest {
  private static final List<String> PIECES = List.of("Instagram", "IG", "WhatsApp", "Group", "1947", "1.250", "3",
      "07", "rb", "RB", "k", "juta", "komentar", "pengikut", ":", "x1", "\u0663", " ", "  ", "\u00A0", "(", ")",
      "(kesehatan)", "Desa", "Cibening)", "\t", ",", "\u2028", "a");

  private static Gen<String> texts() {
    return lists().of(integers().between(0, PIECES.size() - 1)).ofSizeBetween(0, 8)
        .map(is -> is.stream().map(PIECES::get).collect(Collectors.joining()));
  }

  @Test
  @DisplayName("figures (PROFILE-s/t): the plain-form shortcut splits as the expression does, and fails where it fails")
  void figures() {
    qt().withExamples(20_000).forAll(texts()).checkAssert(text -> {
      Matcher m = MediaCells.FIGURE.matcher(CellText.strip(text));
      if (m.matches()) {
        assertArrayEquals(new String[] {m.group(1), m.group(2), m.group(3)}, MediaCells.figure(text), text);
      } else {
        assertThrows(CellFormatException.class, () -> MediaCells.figure(text), text);
      }
    });
  }

  @Test
  @DisplayName("bracketed remarks (issue fields, villages' kecamatan): the shortcut splits as the expression does")
  void bracketed() {
    Pattern expression = Pattern.compile(CellText.BRACKETED);
    qt().withExamples(20_000).forAll(texts()).checkAssert(raw -> {
      String item = CellText.strip(raw);
      Matcher m = expression.matcher(item);
      Optional<String[]> parts = CellText.bracketed(item);
      assertEquals(m.matches(), parts.isPresent(), item);
      if (parts.isPresent()) {
        assertArrayEquals(new String[] {m.group(1), m.group(2)}, parts.get(), item);
      }
    });
  }

  @Test
  @DisplayName("partnership periods (PROFILE-r): the common form is read as the expression reads it")
  void periods() {
    List<List<String>> parts = List.of(List.of("01/07/2025", "31/02/2026", "1/7/2025", "2025-07-01", "01/07/2025 "),
        List.of(" s.d. ", " s/d ", "s.d.", " - ", " s.d.  "), List.of("30/06/2026", "30/06/2026 ", "31 Juni 2026"),
        List.of(": ", ":", " ", "(", "", ":  "),
        List.of("Program", "Program (X)", "(X)", ")", "", "a\u2028b", " ", "P)"));
    Gen<String> texts = lists().of(integers().between(0, 7)).ofSize(5).map(is -> {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < parts.size(); i++) {
        text.append(parts.get(i).get(is.get(i) % parts.get(i).size()));
      }
      return text.toString();
    });
    qt().withExamples(20_000).forAll(texts).checkAssert(raw -> {
      String text = CellText.strip(raw);
      assertEquals(outcome(() -> ProfileCells.periodByExpression(text)), outcome(() -> ProfileCells.period(text)),
          text);
    });
    assertEquals("Sosialisasi (Tahap 1", ProfileCells.period("01/07/2025 s.d. 30/06/2026: Sosialisasi (Tahap 1)")
        .programmeOrPolicy());
  }

  private static Object outcome(Supplier<Object> read) {
    try {
      return read.get();
    } catch (CellFormatException e) {
      return e.key;
    }
  }
}
