package id.kim.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import id.kim.core.community.KimProfile;
import io.vavr.control.Either;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Property: one broken row anywhere in a file — a quote never closed, text after a closing quote, a
 * row over the limit — is reported on its own row, and every good row before and after it is read,
 * whatever the line ends and whether the good rows hold quoted cells.
 */
class NoRowLostTest {
  private static final List<String> BROKEN = List.of("KIM Rusak;\"Jl. tanpa penutup", "KIM Rusak;\"Jl. Melati\" No. 5",
      "KIM Rusak;" + "x".repeat(3_000), "KIM Rusak;\"Jl. panjang " + "y".repeat(3_000));

  private static String good(int i, boolean quoted) {
    return "KIM " + i + ";" + (quoted ? "\"Jl. Mawar; Gg. " + i + "\"" : "Jl. Mawar " + i);
  }

  @Test
  @DisplayName("one broken row costs only itself: every good row is read, in order (juknis III, Tabel 3.1 import)")
  void oneBrokenRowCostsOnlyItself() {
    qt().withExamples(400).forAll(integers().between(1, 40), integers().between(0, 40), integers().between(0, 3),
        integers().between(0, 3)).checkAssert((rows, at, broken, style) -> {
          int position = Math.min(at, rows);
          String end = style % 2 == 0 ? "\n" : "\r\n";
          boolean quoted = style >= 2;
          StringBuilder csv = new StringBuilder("Nama KIM;Alamat").append(end);
          List<String> expected = new ArrayList<>();
          for (int i = 0; i < rows; i++) {
            if (i == position) {
              csv.append(BROKEN.get(broken)).append(end);
            }
            csv.append(good(i, quoted)).append(end);
            expected.add("KIM " + i);
          }
          if (position >= rows) {
            csv.append(BROKEN.get(broken)).append(end);
          }
          Tabel31Options options = Fixtures.OPTIONS.withMaxRecordBytes(1_000);
          List<Either<RowError, KimProfile>> read = Fixtures.rows(Fixtures.open(csv.toString()
              .getBytes(StandardCharsets.UTF_8), options));
          assertEquals(expected, read.stream().filter(Either::isRight).map(r -> r.get().name())
              .collect(Collectors.toList()), csv::toString);
          List<RowError> errors = read.stream().filter(Either::isLeft).map(Either::getLeft)
              .collect(Collectors.toList());
          assertEquals(1, errors.size(), csv::toString);
          assertEquals(position + 2, errors.get(0).row(), csv::toString);
          assertTrue(errors.get(0).kimName().map("KIM Rusak"::equals).orElse(true), csv::toString);
          assertEquals(Optional.of(CellProblem.ROW_RULE), errors.get(0).problems().get(0).ruleId(), csv::toString);
        });
  }
}
