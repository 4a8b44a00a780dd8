package id.kim.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import id.kim.core.community.KimProfile;
import id.kim.core.i18n.Lang;
import id.kim.core.region.District;
import id.kim.core.region.SeatLevel;
import id.kim.testkit.KimGens;
import io.vavr.control.Either;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * MAP-ENTRY-2 in Tabel 3.1: fields f (Kelurahan/Desa), g (Kecamatan) and h (Kabupaten/Kota) give the
 * level at which a Dinas records a KIM's seat; the marker "Tidak ada" says "none at this level".
 */
class SeatLevelCsvTest {
  private static final String HEADER = "Nama KIM;Kelurahan/Desa;Kecamatan;Kabupaten/Kota\n";

  private static RowError error(Either<RowError, KimProfile> row) {
    assertTrue(row.isLeft(), () -> "expected a row error, got " + row);
    return row.getLeft();
  }

  @Test
  @DisplayName("village column empty, kecamatan filled: a seat at kecamatan level, in the row's kabupaten/kota")
  void kecamatanWithoutVillage() {
    KimProfile p = Fixtures.only(HEADER + "Forum KIM Kecamatan Cibening;;Kec. Cibening;Kabupaten Sukamaju\n");
    assertEquals(Optional.of(SeatLevel.DISTRICT), p.seatLevel());
    assertEquals(Optional.of(District.of("Cibening", Fixtures.SUKAMAJU)), p.districtSeat());
    assertEquals(Optional.empty(), p.seat());
    KimProfile marked = Fixtures.only(HEADER + "Forum KIM Kecamatan Cibening;Tidak ada;Cibening;\n");
    assertEquals(p.districtSeat(), marked.districtSeat());
  }

  @Test
  @DisplayName("Kecamatan \"Tidak ada\": a seat at kabupaten/kota level, the row's or the Dinas' own")
  void regencyLevel() {
    KimProfile p = Fixtures.only(HEADER + "Forum KIM Sukamaju;Tidak ada;Tidak ada;Kabupaten Sukamaju\n");
    assertEquals(Optional.of(Fixtures.SUKAMAJU), p.regencyCitySeat());
    KimProfile own = Fixtures.only("Nama KIM;Kelurahan/Desa;Kecamatan\nForum KIM Sukamaju;;TIDAK  ADA\n");
    assertEquals(Optional.of(SeatLevel.REGENCY_CITY), own.seatLevel());
    assertEquals(Optional.of(Fixtures.SUKAMAJU), own.regencyCitySeat());
  }

  @Test
  @DisplayName("only Kabupaten/Kota filled is no seat: the column also names the issuer and field h, not a level")
  void loneRegencyIsNoSeat() {
    KimProfile p = Fixtures.only(HEADER + "KIM Mekar;;;Kabupaten Sukamaju\n");
    assertEquals(Optional.empty(), p.seatLevel());
  }

  @Test
  @DisplayName("the marker without a level, a village without kecamatan, a provincial row without h: row errors")
  void unclearLevelsAreRowErrors() {
    var rows = Fixtures.rows(HEADER + "KIM A;Tidak ada;;\nKIM B;Mekarsari;tidak ada;\n");
    RowError a = error(rows.get(0));
    assertEquals("csv.seat.levelUnstated", a.problems().get(0).messageKey());
    assertEquals("Kecamatan", a.problems().get(0).column());
    assertEquals(Optional.of("PROFILE-g"), a.problems().get(0).ruleId());
    assertEquals("column \"Kelurahan/Desa\" holds \"Tidak ada\" (no kelurahan/desa): fill the kecamatan where the KIM "
        + "is seated, or \"Tidak ada\" if it is seated at kabupaten/kota level (MAP-ENTRY-2)",
        a.problems().get(0).message(Lang.EN));
    assertEquals("csv.required.with", error(rows.get(1)).problems().get(0).messageKey());
    var provincial = Fixtures.rows(Fixtures.open((HEADER + "KIM C;;Tidak ada;\n").getBytes(StandardCharsets.UTF_8),
        Tabel31Options.forDinas(Fixtures.PROVINCIAL)));
    RowError c = error(provincial.get(0));
    assertEquals("csv.seat.regencyCityNeeded", c.problems().get(0).messageKey());
    assertEquals("Kabupaten/Kota", c.problems().get(0).column());
  }

  @Test
  @DisplayName("the writer marks a missing level \"Tidak ada\": the village of a kecamatan, both of a kabupaten/kota")
  void writerMarksTheLevels() {
    KimProfile kecamatan = KimProfile.builder().name("Forum KIM Cibening").districtSeat(District.of("Cibening"))
        .build();
    KimProfile regency = KimProfile.builder().name("Forum KIM Sukamaju").regencyCitySeat(Fixtures.SUKAMAJU)
        .build();
    String csv = new String(RoundTrip.write(List.of(kecamatan, regency),
        Tabel31Format.excel().withByteOrderMark(false)), StandardCharsets.UTF_8);
    assertTrue(csv.contains("1;Forum KIM Cibening;;;;;;Tidak ada;Cibening;;"), csv);
    assertTrue(csv.contains("2;Forum KIM Sukamaju;;;;;;Tidak ada;Tidak ada;Kabupaten Sukamaju;"), csv);
    KimProfile dash = Fixtures.only(HEADER + "KIM D;-;Cibening;\n");
    assertEquals(Optional.of(SeatLevel.VILLAGE), dash.seatLevel(), "- is not the marker: it stays what it was");
  }

  @Test
  @DisplayName("property: every profile seated above the village, exported and imported, is as the table carries it")
  void roundTrip() {
    qt().withExamples(300).forAll(KimGens.profileSeatedAboveVillage()).checkAssert(generated -> {
      KimProfile p = RoundTrip.asTableCarriesIt(generated);
      Tabel31Options options = Tabel31Options.forDinas(RoundTrip.dinasFor(p));
      List<Either<RowError, KimProfile>> back =
          RoundTrip.read(RoundTrip.write(List.of(p), Tabel31Format.excel()), options);
      assertTrue(back.get(0).isRight(), () -> back.get(0).getLeft().describe(Lang.EN));
      assertEquals(List.of(), RoundTrip.differences(p, back.get(0).get()));
      assertEquals(p, back.get(0).get());
    });
  }
}
