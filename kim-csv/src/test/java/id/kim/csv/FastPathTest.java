package id.kim.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The cell readers' shortcuts read exactly what the expressions they stand in for read. */
class FastPathTest {
  private static final List<String> PIECES = List.of("Instagram", "IG", "WhatsApp", "Group", "1947", "1.250", "3", "07",
      "rb", "RB", "k", "juta", "komentar", "pengikut", ":", "x1", "\u0663", " ", "  ", "\u00A0", "(", ")", "(kesehatan)",
      "Desa", "Cibening)", "\t", ",", "\u2028", "a");

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
}
