package id.kim.report.data;

import id.kim.core.region.RegionCode;
import id.kim.core.region.RegionLevel;
import io.vavr.control.Either;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads {@code national-2023.csv}: {@code Provinsi;Nama Baku;Kode;Jumlah KIM;Keterangan} — {@code Kode}
 * the province's two-digit Kemendagri code (kode wilayah), optional per row; the column may be left out
 * altogether ({@code Provinsi;Nama Baku;Jumlah KIM;Keterangan}) — counts written the Indonesian way
 * ({@code 1.031} = 1,031, RULES.md §5.1), an empty count meaning "unknown".
 */
final class NationalTable {
  private static final Pattern COUNT = Pattern.compile("[0-9]{1,3}(\\.[0-9]{3})*");
  private static final String HEADER = "Provinsi;Nama Baku;Kode;Jumlah KIM;Keterangan";
  private static final String WITHOUT_CODES = "Provinsi;Nama Baku;Jumlah KIM;Keterangan";

  private NationalTable() {}

  /** A problem: message key and arguments. */
  static final class Problem {
    final String key;
    final Object[] args;

    Problem(String key, Object... args) {
      this.key = key;
      this.args = args;
    }
  }

  static Either<Problem, List<NationalCount>> read(InputStream in) throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String header = reader.readLine();
    String columns = header == null ? "" : header.replace("\uFEFF", "").strip();
    if (!columns.equals(HEADER) && !columns.equals(WITHOUT_CODES)) {
      return Either.left(new Problem("national.header", HEADER));
    }
    boolean coded = columns.equals(HEADER);
    List<NationalCount> out = new ArrayList<>();
    int line = 1;
    for (String text = reader.readLine(); text != null; text = reader.readLine()) {
      line++;
      if (text.isBlank()) {
        continue;
      }
      String[] cells = text.split(";", -1);
      int counted = coded ? 3 : 2;
      boolean wellFormed = cells.length == counted + 2
          && (cells[counted].isBlank() || COUNT.matcher(cells[counted].strip()).matches());
      Optional<RegionCode> code = coded && !cells[2].isBlank() ? RegionCode.tryParse(cells[2]) : Optional.empty();
      boolean codeWellFormed = !coded || cells[2].isBlank()
          || code.filter(c -> c.level() == RegionLevel.PROVINCE).isPresent();
      if (!wellFormed || !codeWellFormed || cells[0].isBlank()) {
        return Either.left(new Problem("national.line", line, columns));
      }
      String count = cells[counted].strip();
      out.add(NationalCount.builder().province(cells[0].strip()).standardName(cells[1].strip()).code(code)
          .count(count.isEmpty() ? Optional.empty() : Optional.of(Integer.parseInt(count.replace(".", "")))).build());
    }
    return Either.right(out);
  }
}
