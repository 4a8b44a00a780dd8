package id.kim.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.community.KimProfile;
import id.kim.core.i18n.Lang;
import io.vavr.control.Either;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Missing columns, bad dates, wrong encodings, empty files, broken quotes: each is reported, and no other row is lost.
 */
class MalformedInputTest {

  private static byte[] bytes(Object... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Object p : parts) {
      byte[] b = p instanceof String text ? text.getBytes(StandardCharsets.UTF_8) : (byte[]) p;
      out.writeBytes(b);
    }
    return out.toByteArray();
  }

  private static RowError error(Either<RowError, KimProfile> row) {
    assertTrue(row.isLeft(), () -> "expected a row error, got " + row);
    return row.getLeft();
  }

  @Test
  @DisplayName("a file without the Nama KIM column is refused (PROFILE-a)")
  void missingNameColumn() {
    FileProblem p = Fixtures.open("Tipe KIM;Kecamatan\nA;Cibening\n").getLeft();
    assertEquals("csv.file.noNameColumn", p.messageKey());
    assertTrue(p.message(Lang.EN).contains("Tipe KIM | Kecamatan"), p::toString);
  }

  @Test
  @DisplayName("Kelurahan/Desa without Kecamatan is refused at file level (MAP-A-2)")
  void missingDistrictColumn() {
    assertEquals("csv.file.villageNeedsDistrict",
        Fixtures.open("Nama KIM;Kelurahan/Desa\nKIM A;Mekarsari\n").getLeft().messageKey());
    assertEquals("csv.file.rtRwNeedsAddress", Fixtures.open("Nama KIM;RT/RW\nKIM A;1/2\n").getLeft().messageKey());
    FileProblem twice = Fixtures.open("Nama KIM;Kecamatan;Kec.\nKIM A;X;Y\n").getLeft();
    assertEquals("csv.file.duplicateColumn", twice.messageKey());
    assertEquals("kolom \"Kecamatan\" dan \"Kec.\" mengisi bidang yang sama (PROFILE-g); hapus salah satunya",
        twice.message(Lang.ID));
    assertEquals("columns \"Kecamatan\" and \"Kec.\" fill the same field (PROFILE-g); remove one of them",
        twice.message(Lang.EN));
  }

  @Test
  @DisplayName(
      "missing cells are named by column; a kecamatan without kelurahan/desa is a kecamatan seat (MAP-ENTRY-2)")
  void missingCellsInARowAreNamedByColumn() {
    var rows =
        Fixtures.rows("Nama KIM;Kelurahan/Desa;Kecamatan\n;Mekarsari;\nKIM B;;Cibening\nKIM C;Mekarsari;Tidak ada\n");
    RowError first = error(rows.get(0));
    assertEquals(List.of("Nama KIM", "Kecamatan"),
        first.problems().stream().map(CellProblem::column).collect(Collectors.toList()));
    assertEquals(Optional.of("Cibening"), rows.get(1).get().districtSeat().map(d -> d.name()));
    assertEquals("csv.required.with", error(rows.get(2)).problems().get(0).messageKey());
    assertEquals(4, error(rows.get(2)).row());
  }

  @Test
  @DisplayName("a date shaped like 31/01/2026 with a slash for a digit is a row error (PROFILE-s), not a crash")
  void slashForADigit() {
    var rows = Fixtures.rows("Nama KIM;Tanggal Pendataan;Kekuatan\n"
        + "KIM A;31/0//2026;Instagram 10 pengikut\n"
        + "KIM B;31/01/2026;Instagram 10 pengikut\n");
    assertEquals("csv.date", error(rows.get(0)).problems().get(0).messageKey());
    assertEquals(Optional.of("PROFILE-s"), error(rows.get(0)).problems().get(0).ruleId());
    assertEquals(LocalDate.of(2026, 1, 31), rows.get(1).get().reach().get(0).observedOn());
  }

  @Test
  @DisplayName("bad and impossible dates are row errors in their column (PROFILE-r, PROFILE-s)")
  void badDates() {
    var rows = Fixtures.rows("Nama KIM;Periode Kemitraan;Tanggal Pendataan;Kekuatan\n"
        + "KIM A;31/02/2026 s.d. 31/12/2026: Program;;\n"
        + "KIM B;01/01/2026 s.d. 31/12/2026;;\n"
        + "KIM C;;kemarin;Instagram 10 pengikut\n"
        + "KIM D;1 Januari 2026 sampai 31 Desember 2026 (Program Desa Sehat);2026-01-10;Instagram 10 pengikut\n");
    assertEquals("csv.date.impossible", error(rows.get(0)).problems().get(0).messageKey());
    assertEquals("Periode Kemitraan", error(rows.get(0)).problems().get(0).column());
    assertEquals("csv.period.programme", error(rows.get(1)).problems().get(0).messageKey());
    assertEquals("Tanggal Pendataan", error(rows.get(2)).problems().get(0).column());
    assertEquals("Program Desa Sehat", rows.get(3).get().partnershipPeriods().get(0).programmeOrPolicy());
    assertEquals(LocalDate.of(2026, 1, 10), rows.get(3).get().reach().get(0).observedOn());
  }

  @Test
  @DisplayName("in a UTF-8 file, a Windows-1252 cell is reported on its row and column; the other rows are read")
  void invalidUtf8IsReportedPerRow() {
    byte[] csv = bytes("Nama KIM;Alamat;Tipe KIM\nKIM Peña;Jl. Kenanga;A\nKIM B;Jl. Caf", new byte[] {(byte) 0xE9},
        ";B\nKIM C;Jl. Mawar;A\n");
    var rows = Fixtures.rows(Fixtures.open(csv, Fixtures.OPTIONS));
    assertEquals("KIM Peña", rows.get(0).get().name());
    RowError e = error(rows.get(1));
    assertEquals(3, e.row());
    assertEquals("Alamat", e.problems().get(0).column());
    assertEquals("csv.encoding", e.problems().get(0).messageKey());
    assertTrue(rows.get(2).isRight());
  }

  @Test
  void utf16FilesAreRefusedWithAdvice() {
    byte[] withBom = bytes(new byte[] {(byte) 0xFF, (byte) 0xFE},
        "Nama KIM\nKIM A\n".getBytes(StandardCharsets.UTF_16LE));
    assertEquals("csv.file.utf16", Fixtures.open(withBom, Fixtures.OPTIONS).getLeft().messageKey());
    byte[] withoutBom = "Nama KIM\nKIM A\n".getBytes(StandardCharsets.UTF_16BE);
    assertEquals("csv.file.utf16", Fixtures.open(withoutBom, Fixtures.OPTIONS).getLeft().messageKey());
    byte[] utf8Bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    assertEquals("csv.file.headerEncoding",
        Fixtures.open(bytes(utf8Bom, "Nama KIM;Caf", new byte[] {(byte) 0xE9}, "\n"), Fixtures.OPTIONS)
        .getLeft().messageKey());
  }

  @Test
  void emptyFilesAreRefusedAndAHeaderOnlyFileHasNoRows() {
    assertEquals("csv.file.empty", Fixtures.open(new byte[0], Fixtures.OPTIONS).getLeft().messageKey());
    assertEquals("csv.file.empty",
        Fixtures.open(bytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "\r\n\r\n"), Fixtures.OPTIONS)
        .getLeft().messageKey());
    Tabel31Rows rows = Fixtures.open("Nama KIM;Tipe KIM\r\n").get();
    assertFalse(rows.hasNext());
    assertEquals(0, rows.summary().read());
  }

  @Test
  @DisplayName("an unterminated quote costs its own row only: the lines it swallowed are read again")
  void unterminatedQuoteResynchronises() {
    var rows = Fixtures.rows("Nama KIM;Alamat\nKIM A;\"Jl. Melati\nKIM B;Jl. Mawar\nKIM C;Jl. Kenanga\n");
    RowError e = error(rows.get(0));
    assertEquals("csv.quote.unterminated", e.problems().get(0).messageKey());
    assertEquals("Alamat", e.problems().get(0).column());
    assertEquals(Optional.of("MAP-A-1"), e.problems().get(0).ruleId());
    assertTrue(e.describe(Lang.ID).endsWith("(MAP-A-1)"), e.describe(Lang.ID));
    assertEquals(3, rows.size());
    assertEquals("KIM B", rows.get(1).get().name());
    assertEquals("KIM C", rows.get(2).get().name());
  }

  @Test
  @DisplayName(
      "text after a closing quote and cells past the last header are row errors of MAP-A-1: reported, not dropped")
  void textAfterAClosingQuoteAndExtraCellsAreRowErrors() {
    var rows =
        Fixtures.rows("Nama KIM;Alamat\nKIM A;\"Jl. Melati\" No. 5\nKIM B;Jl. Mawar;surplus\nKIM C;Jl. Kenanga\n");
    assertEquals("csv.quote.textAfter", error(rows.get(0)).problems().get(0).messageKey());
    assertEquals(Optional.of("MAP-A-1"), error(rows.get(0)).problems().get(0).ruleId());
    assertEquals("csv.extraCells", error(rows.get(1)).problems().get(0).messageKey());
    assertEquals(Optional.of("MAP-A-1"), error(rows.get(1)).problems().get(0).ruleId());
    assertEquals("#3", error(rows.get(1)).problems().get(0).column());
    assertEquals("KIM C", rows.get(2).get().name());
  }

  @Test
  @DisplayName("rows after a multi-line cell keep spreadsheet row numbers and report their file line")
  void rowAndLineNumbers() {
    var rows = Fixtures.rows("Nama KIM;Isu Publik;Tipe KIM\nKIM A;\"Stunting\nBanjir\nSampah\";A\nKIM B;;C\n");
    RowError e = error(rows.get(1));
    assertEquals(3, e.row());
    assertEquals(5, e.line());
    assertEquals("row 3 (line 5): column \"Tipe KIM\": neither \"Tipe A\" nor \"Tipe B\" (TYPE-A, TYPE-B) (PROFILE-b)",
        e.describe(Lang.EN));
  }

  @Test
  @DisplayName("validation violations are reported on the column they come from, masked (PROFILE-i, GAP-12, GAP-49)")
  void violationsNameTheirColumn() {
    var rows =
        Fixtures.rows("Nama KIM;No. WA;Nomor Induk Komunitas;Ketua\nKIM A;0285 123456;3301234567890123;Siti Aminah\n");
    RowError e = error(rows.get(0));
    List<String> columns = e.problems().stream().map(CellProblem::column).sorted().collect(Collectors.toList());
    assertEquals(List.of("No. WA", "Nomor Induk Komunitas"), columns);
    String text = e.describe(Lang.ID) + e.describe(Lang.EN);
    assertTrue(text.contains("PROFILE-i"), text);
    assertFalse(text.contains("3301234567890123"), text);
    assertFalse(text.contains("123456"), text);
    assertFalse(text.contains("Siti"), text);
    assertEquals("KIM A", e.kimName().get());
  }

  @Test
  void cellsThatCannotBeReadAreAllReportedAtOnce() {
    var rows =
        Fixtures.rows("Nama KIM;Tipe KIM;Frekuensi;Jenis Media;Bidang Kegiatan;Jenis Konten;Kekuatan;RT/RW;Alamat\n"
        + "KIM A;C;sering;Myspace;Politik praktis;Patung;Instagram banyak;tiga;Jl. A\n");
    RowError e = error(rows.get(0));
    assertEquals(List.of("csv.type", "csv.rtRw", "csv.platform", "csv.field", "csv.frequency", "csv.contentType",
        "csv.figure"),
        e.problems().stream().map(CellProblem::messageKey).collect(Collectors.toList()));
    assertEquals(List.of("PROFILE-b", "PROFILE-e", "PROFILE-l", "PROFILE-m", "PROFILE-p", "PROFILE-q", "PROFILE-s"),
        e.problems().stream().map(p -> p.ruleId().orElse("none")).collect(Collectors.toList()));
  }

  @Test
  void oneBadRowNeverStopsTheOthersAndTheSummaryAddsUp() {
    StringBuilder csv = new StringBuilder("Nama KIM;Tipe KIM\n");
    for (int i = 0; i < 50; i++) {
      csv.append("KIM ").append(i).append(';').append(i % 5 == 0 ? "Z" : "A").append('\n');
    }
    Tabel31Rows rows = Fixtures.open(csv.toString()).get();
    long accepted = rows.stream().filter(Either::isRight).count();
    assertEquals(40, accepted);
    assertEquals(50, rows.summary().read());
    assertEquals(10, rows.summary().rejected());
    assertEquals("50 baris dibaca: 40 diterima, 10 ditolak (0 baris kosong dilewati)",
        rows.summary().describe(Lang.ID));
  }
}
