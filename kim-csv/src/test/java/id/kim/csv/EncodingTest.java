package id.kim.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.community.KimProfile;
import id.kim.core.i18n.Lang;
import io.vavr.control.Either;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Names with accents arrive intact from a "CSV UTF-8" export and from an "ANSI" (Windows-1252,
 * Latin-1) one; where the encoding cannot be known, the cell is reported, never garbled.
 */
class EncodingTest {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final String CSV = "Nama KIM;Ketua/Narahubung;Kelurahan/Desa;Kecamatan;Isu Publik\n"
      + "KIM Peñalosa;José Ramírez;Desa Cipeundeuy;Sumedang Selatan;\u201cHoaks\u201d pemilu\n"
      + "KIM Café Warga;Siti Aminah;Desa Mekarsari;Cibening;Stunting\n";

  private static List<Either<RowError, KimProfile>> read(byte[] bytes) {
    return Fixtures.rows(Fixtures.open(bytes, Fixtures.OPTIONS));
  }

  @Test
  @DisplayName("a UTF-8 file with accented names and curly quotes is read as written")
  void utf8() {
    Tabel31Rows rows = Fixtures.open(CSV.getBytes(StandardCharsets.UTF_8), Fixtures.OPTIONS).get();
    assertNamesIntact(Fixtures.rows(Either.right(rows)));
    assertEquals("UTF-8", rows.summary().encoding());
  }

  @Test
  @DisplayName("an 'ANSI' export (Windows-1252, e.g. Excel's curly quotes 0x93/0x94) is detected and decoded")
  void windows1252() {
    byte[] bytes = CSV.getBytes(WINDOWS_1252);
    assertEquals((byte) 0x93, bytes[CSV.indexOf('\u201c')]);
    Tabel31Rows rows = Fixtures.open(bytes, Fixtures.OPTIONS).get();
    assertNamesIntact(Fixtures.rows(Either.right(rows)));
    assertEquals("windows-1252", rows.summary().encoding());
    assertTrue(rows.summary().describe(Lang.ID).contains("windows-1252"), rows.summary().describe(Lang.ID));
  }

  @Test
  @DisplayName("an ISO-8859-1 (Latin-1) file reads the same: its letters are Windows-1252's")
  void latin1() {
    List<Either<RowError, KimProfile>> rows = read(CSV.replace('\u201c', '"').replace('\u201d', '"')
        .replace("\"Hoaks\" pemilu", "Hoaks pemilu").getBytes(StandardCharsets.ISO_8859_1));
    assertEquals("José Ramírez", rows.get(0).get().contactPerson().get().name().value());
    assertEquals("KIM Café Warga", rows.get(1).get().name());
  }

  @Test
  @DisplayName("a UTF-8 file (BOM) with one Windows-1252 cell: that cell is reported, its neighbours are read")
  void mixedFileIsReportedPerCell() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    out.writeBytes("Nama KIM;Ketua\nKIM Peña;Siti\nKIM B;Jos".getBytes(StandardCharsets.UTF_8));
    out.writeBytes(new byte[] {(byte) 0xE9});
    out.writeBytes("\n".getBytes(StandardCharsets.UTF_8));
    List<Either<RowError, KimProfile>> rows = read(out.toByteArray());
    assertEquals("KIM Peña", rows.get(0).get().name());
    RowError e = rows.get(1).getLeft();
    assertEquals("csv.encoding", e.problems().get(0).messageKey());
    assertEquals("Ketua", e.problems().get(0).column());
    assertEquals("KIM B", e.kimName().get());
    assertTrue(e.describe(Lang.EN).contains("CSV UTF-8"), e.describe(Lang.EN));
  }

  @Test
  @DisplayName("a Windows-1252 byte far after an ASCII start is reported on its cell, not guessed")
  void lateWindows1252ByteIsReported() {
    StringBuilder csv = new StringBuilder("Nama KIM;Ketua\n");
    for (int i = 0; csv.length() < 70_000; i++) {
      csv.append("KIM ").append(i).append(";Warga ").append(i).append('\n');
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(csv.toString().getBytes(StandardCharsets.US_ASCII));
    out.writeBytes("KIM Akhir;Jos".getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(new byte[] {(byte) 0xE9, '\n'});
    List<Either<RowError, KimProfile>> rows = read(out.toByteArray());
    Either<RowError, KimProfile> last = rows.get(rows.size() - 1);
    assertEquals("csv.encoding", last.getLeft().problems().get(0).messageKey());
    assertEquals(rows.size() - 1, rows.stream().filter(Either::isRight).count());
  }

  @Test
  @DisplayName("a byte Windows-1252 leaves undefined (0x81) is reported on its cell")
  void undefinedWindows1252ByteIsReported() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes("Nama KIM;Ketua\nKIM Peña;A".getBytes(WINDOWS_1252));
    out.writeBytes(new byte[] {(byte) 0x81, '\n'});
    RowError e = read(out.toByteArray()).get(0).getLeft();
    assertEquals("csv.encoding", e.problems().get(0).messageKey());
  }

  private static void assertNamesIntact(List<Either<RowError, KimProfile>> rows) {
    KimProfile first = rows.get(0).get();
    assertEquals("KIM Peñalosa", first.name());
    assertEquals("José Ramírez", first.contactPerson().get().name().value());
    assertEquals("Sumedang Selatan", first.seat().get().district().name());
    assertEquals("\u201cHoaks\u201d pemilu", first.publicIssues().get(0).title());
    assertEquals("KIM Café Warga", rows.get(1).get().name());
  }
}
