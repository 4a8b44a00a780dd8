package id.kim.csv;

import static id.kim.csv.RealRegions.DIRECTORY;
import static id.kim.csv.RealRegions.JEMBRANA_DINAS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.agency.Dinas;
import id.kim.core.community.KimProfile;
import id.kim.core.i18n.Lang;
import id.kim.core.region.District;
import id.kim.core.region.RegionCode;
import id.kim.core.region.Village;
import id.kim.core.region.VillageKind;
import io.vavr.control.Either;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The optional code columns of Tabel 3.1: codes read dotted or plain and carried; form and nesting always
 * checked (REGION-CODE-1, REGION-CODE-3); with a register, codes exist (REGION-CODE-2), names match codes
 * (REGION-CODE-4), names are filled from codes and codes from unambiguous names.
 */
class RegionCodeCsvTest {
  private static final String SEAT = "No;Nama KIM;Kelurahan/Desa;Kode Kelurahan/Desa;Kecamatan;Kode Kecamatan\r\n";
  private static final Tabel31Options PLAIN = Tabel31Options.forDinas(JEMBRANA_DINAS);
  private static final Tabel31Options CHECKED = PLAIN.withRegionDirectory(DIRECTORY);

  private static Either<RowError, KimProfile> row(Tabel31Options options, String header, String row) {
    List<Either<RowError, KimProfile>> rows =
        Fixtures.rows(Fixtures.open((header + row + "\r\n").getBytes(StandardCharsets.UTF_8), options));
    assertEquals(1, rows.size());
    return rows.get(0);
  }

  private static Village seat(Tabel31Options options, String row) {
    Either<RowError, KimProfile> read = row(options, SEAT, row);
    assertTrue(read.isRight(), () -> String.valueOf(read));
    return read.get().seat().orElseThrow();
  }

  /** @return the row's only problem, as the English description (column, message, rule) */
  private static String problem(Tabel31Options options, String header, String row) {
    Either<RowError, KimProfile> read = row(options, header, row);
    assertTrue(read.isLeft(), () -> "expected a row error, got " + read);
    assertEquals(1, read.getLeft().problems().size(), () -> read.getLeft().problems().toString());
    return read.getLeft().problems().get(0).describe(Lang.EN);
  }

  @Test
  @DisplayName("Desa Gumbrih, Kecamatan Pekutatan, Kabupaten Jembrana: codes read plain, carried at every level")
  void codesAreCarriedWithoutARegister() {
    Village gumbrih = seat(PLAIN, "1;KIM Gumbrih Sejahtera;Desa Gumbrih;5101032006;Pekutatan;51.01.03");
    assertEquals(Optional.of(RegionCode.parse("51.01.03.2006")), gumbrih.code());
    assertEquals(Optional.of(RegionCode.parse("51.01.03")), gumbrih.district().code());
    assertEquals(Optional.of(RegionCode.parse("51.01")), gumbrih.regencyCity().orElseThrow().code());
    assertEquals(Optional.of(RegionCode.parse("51")), gumbrih.regencyCity().orElseThrow().province().code());
  }

  @Test
  @DisplayName("a village written without its kind takes the kind its code gives, even without a register")
  void theCodeGivesAnUnstatedKind() {
    assertEquals(VillageKind.KELURAHAN, seat(PLAIN, "1;KIM A;Baler Bale Agung;51.01.01.1006;Negara;").kind());
    assertEquals(VillageKind.DESA, seat(PLAIN, "1;KIM A;Gumbrih;51.01.03.2006;Pekutatan;").kind());
    assertEquals(VillageKind.DESA, seat(PLAIN, "1;KIM A;Baler Bale Agung;;Negara;").kind(),
        "without a code, the unstated kind of a kabupaten is desa (GAP-24)");
  }

  @Test
  void theKecamatanCodeIsTakenFromTheVillageCode() {
    Village gumbrih = seat(PLAIN, "1;KIM Gumbrih Sejahtera;Desa Gumbrih;51.01.03.2006;Pekutatan;");
    assertEquals(Optional.of(RegionCode.parse("51.01.03")), gumbrih.district().code());
  }

  @Test
  @DisplayName("a malformed code or a code of another level is a row error on the code column (REGION-CODE-1)")
  void malformedCodesAreRowErrors() {
    assertEquals("column \"Kode Kelurahan/Desa\": not a Kemendagri region code: a Kelurahan/Desa code has 10 digits, "
        + "dotted (51.01.03.2006) or plain (REGION-CODE-1)",
        problem(PLAIN, SEAT, "1;KIM A;Desa Gumbrih;51.01.3.2006;Pekutatan;"));
    assertEquals("column \"Kode Kecamatan\": a Kabupaten/Kota code where a Kecamatan code is expected (6 digits, "
        + "e.g. 51.01.03) (REGION-CODE-1)", problem(PLAIN, SEAT, "1;KIM A;Desa Gumbrih;;Pekutatan;5101"));
  }

  @Test
  @DisplayName("codes that do not nest, or lie outside the Dinas' kabupaten, are row errors (REGION-CODE-3)")
  void codesMustNest() {
    assertEquals("column \"Kode Kelurahan/Desa\": the code 51.01.01.1006 does not lie within the Kecamatan 51.01.03 "
        + "(REGION-CODE-3)",
        problem(PLAIN, SEAT, "1;KIM A;Kelurahan Baler Bale Agung;51.01.01.1006;Pekutatan;51.01.03"));
    assertEquals("column \"Kode Kelurahan/Desa\": the code 51.02.01.2001 does not lie within the Kabupaten/Kota 51.01 "
        + "(REGION-CODE-3)", problem(PLAIN, SEAT, "1;KIM A;Desa Bajera;51.02.01.2001;Selemadeg;"));
  }

  @Test
  void withoutARegisterACodeDoesNotGiveTheName() {
    assertEquals("column \"Kelurahan/Desa\": fill this column: the name cannot be taken from column "
        + "\"Kode Kelurahan/Desa\" without a register of region codes (PROFILE-f)",
        problem(PLAIN, SEAT, "1;KIM A;;51.01.03.2006;Pekutatan;"));
  }

  @Test
  @DisplayName("with a register, blank names are filled from codes: the village's kind from its code")
  void namesAreFilledFromCodes() {
    Village gumbrih = seat(CHECKED, "1;KIM Gumbrih Sejahtera;;51.01.03.2006;;");
    assertEquals("Gumbrih", gumbrih.name());
    assertEquals(VillageKind.DESA, gumbrih.kind());
    assertEquals("Pekutatan", gumbrih.district().name());
    assertEquals(Optional.of(RegionCode.parse("51.01.03")), gumbrih.district().code());
    Village baler = seat(CHECKED, "1;KIM Baler;;51.01.01.1006;;");
    assertEquals(VillageKind.KELURAHAN, baler.kind());
    assertEquals("Baler Bale Agung", baler.name());
  }

  @Test
  void withARegisterCodesAreFilledFromUnambiguousNames() {
    Village gumbrih = seat(CHECKED, "1;KIM Gumbrih Sejahtera;desa  GUMBRIH;;Kec. Pekutatan;");
    assertEquals(Optional.of(RegionCode.parse("51.01.03.2006")), gumbrih.code());
    assertEquals(Optional.of(RegionCode.parse("51.01.03")), gumbrih.district().code());
    District forum = row(CHECKED, "No;Nama KIM;Kelurahan/Desa;Kecamatan\r\n", "1;Forum KIM Negara;Tidak ada;Negara")
        .get().districtSeat().orElseThrow();
    assertEquals(Optional.of(RegionCode.parse("51.01.01")), forum.code());
  }

  @Test
  @DisplayName("an unknown code is a row error (REGION-CODE-2)")
  void unknownCodes() {
    assertEquals("column \"Kode Kelurahan/Desa\": the code 51.01.03.2099 is not in the register of region codes "
        + "(REGION-CODE-2)", problem(CHECKED, SEAT, "1;KIM A;Desa Gumbrih;51.01.03.2099;Pekutatan;"));
  }

  @Test
  @DisplayName("a misplaced kecamatan is reported on its column (REGION-CODE-4, REGION-CODE-2)")
  void misplacedKecamatan() {
    assertEquals("column \"Kecamatan\": the name is not that of code 51.01.03, whose official name is Pekutatan "
        + "(REGION-CODE-4)", problem(CHECKED, SEAT, "1;KIM A;Desa Gumbrih;51.01.03.2006;Negara;"));
    assertEquals("column \"Kelurahan/Desa\": the register of region codes has no Kelurahan/Desa of this name within "
        + "Kecamatan 51.01.01 (Negara); check the spelling or add its code (REGION-CODE-2)",
        problem(CHECKED, SEAT, "1;KIM A;Desa Gumbrih;;Negara;"));
    assertEquals("column \"Kelurahan/Desa\": the name is not that of code 51.01.03.2006, whose official name is "
        + "Gumbrih (REGION-CODE-4)", problem(CHECKED, SEAT, "1;KIM A;Desa Pulukan;51.01.03.2006;Pekutatan;"));
  }

  @Test
  @DisplayName("a name two villages of the kecamatan bear is refused, listing both (REGION-CODE-4)")
  void ambiguousNamesListTheCandidates() {
    Tabel31Options batanghari = Tabel31Options.forDinas(RealRegions.BATANGHARI_DINAS).withRegionDirectory(DIRECTORY);
    assertEquals("column \"Kelurahan/Desa\": the name is ambiguous within Kecamatan 15.04.08 (Maro Sebo Ilir): "
        + "15.04.08.1008 Terusan, 15.04.08.2006 Terusan; write the code in column \"Kode Kelurahan/Desa\" "
        + "(REGION-CODE-4)", problem(batanghari, SEAT, "1;KIM A;Terusan;;Maro Sebo Ilir;"));
    Village desa = seat(batanghari, "1;KIM A;Terusan;15.04.08.2006;Maro Sebo Ilir;");
    assertEquals(VillageKind.DESA, desa.kind());
    Village kelurahan = seat(batanghari, "1;KIM A;Kelurahan Terusan;;Maro Sebo Ilir;");
    assertEquals(Optional.of(RegionCode.parse("15.04.08.1008")), kelurahan.code());
  }

  @Test
  @DisplayName("Kota Tangerang is not Kabupaten Tangerang: the kind decides (REGION-CODE-4)")
  void regencyKindDecides() {
    Tabel31Options banten = Tabel31Options.forDinas(RealRegions.BANTEN_DINAS).withRegionDirectory(DIRECTORY);
    String header = "No;Nama KIM;Kelurahan/Desa;Kecamatan;Kabupaten/Kota;Kode Kabupaten/Kota\r\n";
    KimProfile kota = row(banten, header, "1;KIM A;Tidak ada;Tangerang;Kota Tangerang;").get();
    assertEquals(Optional.of(RegionCode.parse("36.71.01")), kota.districtSeat().orElseThrow().code());
    assertEquals(Optional.of(RegionCode.parse("36.71")), kota.districtSeat().orElseThrow().regencyCity()
        .orElseThrow().code());
    KimProfile kabupaten = row(banten, header, "1;KIM A;Tidak ada;Balaraja;Kab. Tangerang;").get();
    assertEquals(Optional.of(RegionCode.parse("36.03.01")), kabupaten.districtSeat().orElseThrow().code());
    assertEquals("column \"Kabupaten/Kota\": the name is not that of code 36.71, whose official name is Kota "
        + "Tangerang (REGION-CODE-4)",
        problem(banten, header, "1;KIM A;Tidak ada;Tangerang;Kabupaten Tangerang;36.71"));
  }

  @Test
  void codeHeadersAreReadAsTheDinasWritesThem() {
    String header = "No;Nama KIM;Desa/Kelurahan;KODE DESA/KELURAHAN;Kec;kode kec.;Kode Kab/Kota\r\n";
    KimProfile p = row(PLAIN, header, "1;KIM A;Desa Gumbrih;5101032006;Pekutatan;510103;5101").get();
    assertEquals(Optional.of(RegionCode.parse("51.01.03.2006")), p.seat().orElseThrow().code());
    assertEquals(Optional.of(RegionCode.parse("51.01")), p.seat().orElseThrow().regencyCity().orElseThrow().code());
  }

  @Test
  void aCodeBesideTidakAdaContradictsIt() {
    assertEquals("column \"Kode Kelurahan/Desa\": column \"Kelurahan/Desa\" holds \"Tidak ada\": a level recorded as "
        + "none has no code; leave this cell empty (REGION-CODE-4)",
        problem(PLAIN, SEAT, "1;KIM A;Tidak ada;51.01.03.2006;Pekutatan;"));
  }

  @Test
  void theDinasOwnKabupatenIsCodedEvenWithoutACodeColumn() {
    Dinas dinas = JEMBRANA_DINAS;
    Village v = seat(Tabel31Options.forDinas(dinas), "1;KIM A;Desa Gumbrih;;Pekutatan;");
    assertEquals(Optional.of(RegionCode.parse("51.01")), v.regencyCity().orElseThrow().code());
    assertTrue(v.code().isEmpty());
    assertTrue(v.district().code().isEmpty());
  }
}
