package id.kim.csv;

import static id.kim.csv.RealRegions.DIRECTORY;
import static id.kim.csv.RealRegions.JEMBRANA;
import static id.kim.csv.RealRegions.JEMBRANA_DINAS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import id.kim.core.community.KimProfile;
import id.kim.core.region.District;
import id.kim.core.region.RegionCode;
import id.kim.core.region.RegionLevel;
import id.kim.core.region.Village;
import io.vavr.control.Either;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The exporter writes the code columns when any profile has a region code, and reading gives the codes back. */
class RegionCodeWriterTest {
  /** The villages of Kabupaten Jembrana in the test register, seated with codes at every level. */
  private static final Gen<Village> JEMBRANA_VILLAGES = Generate.pick(DIRECTORY.codesWithin(
      Optional.of(RegionCode.parse("51.01")), RegionLevel.VILLAGE)).map(RegionCodeWriterTest::village);

  private static Village village(RegionCode code) {
    RegionCode districtCode = code.parent().orElseThrow();
    District district =
        District.of(DIRECTORY.officialName(districtCode).orElseThrow(), JEMBRANA).withCode(districtCode);
    return Village.of(DIRECTORY.officialName(code).orElseThrow(), code.villageKind().orElseThrow(), district)
        .withCode(code);
  }

  private static String written(List<KimProfile> profiles) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Tabel31Format format = Tabel31Format.excel().withByteOrderMark(false);
    assertEquals(profiles.size(), Tabel31Writer.writeAll(out, format, profiles));
    return out.toString(StandardCharsets.UTF_8);
  }

  private static KimProfile readBack(String csv, Tabel31Options options) {
    List<Either<RowError, KimProfile>> rows =
        Fixtures.rows(Fixtures.open(csv.getBytes(StandardCharsets.UTF_8), options));
    assertEquals(1, rows.size());
    return rows.get(0).getOrElseThrow(e -> new AssertionError(e.problems().toString()));
  }

  @Test
  void codeColumnsFollowTheirRegionsWhenAnyProfileHasACode() {
    KimProfile coded =
        KimProfile.builder().name("KIM Gumbrih Sejahtera").seat(village(RegionCode.parse("51.01.03.2006"))).build();
    KimProfile plain = KimProfile.builder().name("KIM Tanpa Kode").build();
    String csv = written(List.of(plain, coded));
    assertTrue(csv.startsWith("No;Nama KIM;Tipe KIM;Nomor Induk Komunitas;Ketua/Narahubung;Alamat;RT/RW;"
        + "Kelurahan/Desa;Kode Kelurahan/Desa;Kecamatan;Kode Kecamatan;Kabupaten/Kota;Kode Kabupaten/Kota;"), csv);
    assertTrue(csv.contains(";Desa Gumbrih;51.01.03.2006;Pekutatan;51.01.03;Kabupaten Jembrana;51.01;"), csv);
    assertFalse(written(List.of(plain)).contains("Kode Kelurahan/Desa"), "no code columns when no profile has a code");
  }

  @Test
  void theBundledJembranaSampleKeepsItsCodesThroughExportAndImport() throws IOException {
    List<Either<RowError, KimProfile>> first;
    try (InputStream in = Files.newInputStream(Tabel31WriterTest.SAMPLE)) {
      first = Fixtures.rows(Tabel31Reader.open(in, Tabel31WriterTest.SAMPLE_OPTIONS.withRegionDirectory(DIRECTORY)));
    }
    List<KimProfile> profiles = first.stream().filter(Either::isRight).map(Either::get).toList();
    assertEquals(40, profiles.size(), "the sample's 40 KIM, its two faulty rows rejected");
    assertTrue(profiles.stream().allMatch(p -> p.seat().flatMap(Village::code).isPresent()
        && p.seat().orElseThrow().district().code().isPresent()));
    List<String> codes = profiles.stream().map(RegionCodeWriterTest::seatCodes).toList();
    String csv = written(profiles);
    List<Either<RowError, KimProfile>> again = Fixtures.rows(
        Fixtures.open(csv.getBytes(StandardCharsets.UTF_8), Tabel31WriterTest.SAMPLE_OPTIONS));
    assertEquals(codes, again.stream().map(e -> seatCodes(e.get())).toList());
  }

  private static String seatCodes(KimProfile p) {
    Village v = p.seat().orElseThrow();
    return v.code().orElseThrow() + " " + v.district().code().orElseThrow() + " "
        + v.regencyCity().flatMap(r -> r.code()).orElseThrow() + " "
        + v.regencyCity().orElseThrow().province().code().orElseThrow();
  }

  @Test
  void realVillagesRoundTripWithTheirCodes() {
    qt().withExamples(60).forAll(JEMBRANA_VILLAGES).check(v -> {
      KimProfile profile = KimProfile.builder().name("KIM " + v.name()).seat(v).build();
      String csv = written(List.of(profile));
      for (Tabel31Options options : List.of(Tabel31Options.forDinas(JEMBRANA_DINAS),
          Tabel31Options.forDinas(JEMBRANA_DINAS).withRegionDirectory(DIRECTORY))) {
        Village back = readBack(csv, options).seat().orElseThrow();
        if (!back.equals(v) || !back.code().equals(v.code()) || !back.district().code().equals(v.district().code())
            || !back.regencyCity().flatMap(r -> r.code()).equals(v.regencyCity().flatMap(r -> r.code()))) {
          return false;
        }
      }
      return true;
    });
  }
}
