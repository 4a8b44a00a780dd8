package id.kim.csv;

import id.kim.core.agency.Dinas;
import id.kim.core.community.KimProfile;
import id.kim.core.region.Province;
import id.kim.core.region.RegencyCity;
import id.kim.core.region.RegencyCityKind;
import io.vavr.control.Either;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The fictional Dinas of the tests and helpers to read CSV text. */
final class Fixtures {
  static final Province JAWA_TENGAH = Province.of("Jawa Tengah");
  static final RegencyCity SUKAMAJU = RegencyCity.of("Sukamaju", RegencyCityKind.KABUPATEN, JAWA_TENGAH);
  static final Dinas DINAS = Dinas.regencyCity("Dinas Komunikasi dan Informatika Kabupaten Sukamaju", SUKAMAJU);
  static final Dinas PROVINCIAL = Dinas.provincial("Dinas Komunikasi dan Informatika Provinsi Jawa Tengah",
      JAWA_TENGAH);
  static final Tabel31Options OPTIONS = Tabel31Options.forDinas(DINAS).withObservedOn(LocalDate.of(2026, 1, 15));

  private Fixtures() {}

  static Either<FileProblem, Tabel31Rows> open(byte[] bytes, Tabel31Options options) {
    try {
      return Tabel31Reader.open(new ByteArrayInputStream(bytes), options);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Either<FileProblem, Tabel31Rows> open(String csv) {
    return open(csv.getBytes(StandardCharsets.UTF_8), OPTIONS);
  }

  /** @return every row of a readable file (fails the test if the file itself is refused) */
  static List<Either<RowError, KimProfile>> rows(String csv) {
    return rows(open(csv));
  }

  static List<Either<RowError, KimProfile>> rows(Either<FileProblem, Tabel31Rows> opened) {
    Tabel31Rows rows = opened.getOrElseThrow(p -> new AssertionError("file refused: " + p));
    List<Either<RowError, KimProfile>> out = new ArrayList<>();
    rows.forEachRemaining(out::add);
    return out;
  }

  static KimProfile only(String csv) {
    List<Either<RowError, KimProfile>> rows = rows(csv);
    if (rows.size() != 1 || rows.get(0).isLeft()) {
      throw new AssertionError("expected one valid row, got " + rows);
    }
    return rows.get(0).get();
  }
}
