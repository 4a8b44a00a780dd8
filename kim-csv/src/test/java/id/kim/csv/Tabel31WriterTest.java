package id.kim.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import id.kim.core.community.KimProfile;
import id.kim.core.community.ProfileIssue;
import id.kim.core.i18n.Lang;
import id.kim.core.media.KimMedium;
import id.kim.core.media.Platform;
import id.kim.core.metric.ReachMetric;
import id.kim.core.metric.ReachObservation;
import id.kim.core.validation.MissingValueException;
import id.kim.testkit.AbsenceSamplers;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Export to Tabel 3.1 and import again gives the same profiles (PROFILE-a..t). */
class Tabel31WriterTest {
  static final Path SAMPLE =
      Path.of("../kim-report/src/main/resources/id/kim/report/sample/jembrana/tabel-3-1.csv");
  /** The sample's own Dinas: Kabupaten Jembrana, with its codes. */
  static final Tabel31Options SAMPLE_OPTIONS = Tabel31Options.forDinas(RealRegions.JEMBRANA_DINAS);

  @Test
  @DisplayName("property: every profile of kim-testkit, exported and imported, is the profile as the table carries it")
  void exportThenImportGivesTheSameProfiles() {
    qt().withExamples(500).forAll(AbsenceSamplers.profileWithAbsences().gen()).checkAssert(generated -> {
      KimProfile p = RoundTrip.asTableCarriesIt(generated);
      Tabel31Options options = Tabel31Options.forDinas(RoundTrip.dinasFor(p));
      List<Either<RowError, KimProfile>> back =
          RoundTrip.read(RoundTrip.write(List.of(p), Tabel31Format.excel()), options);
      assertEquals(1, back.size());
      assertTrue(back.get(0).isRight(), () -> back.get(0).getLeft().describe(Lang.EN));
      assertEquals(List.of(), RoundTrip.differences(p, back.get(0).get()));
      assertEquals(p, back.get(0).get());
    });
  }

  @Test
  @DisplayName("the bundled Jembrana sample: read, write, read gives the same profiles and the same row errors")
  void theBundledSampleRoundTrips() throws IOException {
    List<Either<RowError, KimProfile>> first;
    try (InputStream in = Files.newInputStream(SAMPLE)) {
      first = Fixtures.rows(Tabel31Reader.open(in, SAMPLE_OPTIONS));
    }
    List<KimProfile> profiles = first.stream().filter(Either::isRight).map(Either::get).collect(Collectors.toList());
    assertTrue(profiles.size() >= 10, "the sample has profiles: " + profiles.size());
    List<Either<RowError, KimProfile>> again =
        RoundTrip.read(RoundTrip.write(profiles, Tabel31Format.excel()), SAMPLE_OPTIONS);
    assertEquals(profiles, again.stream().map(Either::get).collect(Collectors.toList()));
  }

  @Test
  @DisplayName("the header is Indonesian, ';' by default with a BOM for Excel; separators and quotes are quoted")
  void formatAndQuoting() {
    KimProfile p = KimProfile.builder().name("KIM \"Maju\"; Jaya, Sejahtera").build();
    byte[] excel = RoundTrip.write(List.of(p), Tabel31Format.excel());
    String text = new String(excel, StandardCharsets.UTF_8);
    assertTrue(text.startsWith("\uFEFFNo;Nama KIM;Tipe KIM;Nomor Induk Komunitas;Ketua/Narahubung;Alamat;RT/RW;"),
        text);
    assertTrue(text.contains("\r\n1;\"KIM \"\"Maju\"\"; Jaya, Sejahtera\";"), text);
    assertEquals(p, RoundTrip.read(excel, Fixtures.OPTIONS).get(0).get());
    byte[] comma = RoundTrip.write(List.of(p), Tabel31Format.excel().withSeparator(',').withByteOrderMark(false));
    assertTrue(new String(comma, StandardCharsets.UTF_8).startsWith("No,Nama KIM,"));
    assertEquals(p, RoundTrip.read(comma, Fixtures.OPTIONS).get(0).get());
  }

  @Test
  @DisplayName("one item with commas is kept whole; items holding ';' cannot be written and are refused by field")
  void multiItemCells() {
    KimProfile commas =
        KimProfile.builder().name("KIM A").addPublicIssues(ProfileIssue.of("Harga pupuk, benih dan solar")).build();
    assertEquals(commas,
        RoundTrip.read(RoundTrip.write(List.of(commas), Tabel31Format.excel()), Fixtures.OPTIONS).get(0).get());
    KimProfile semicolon = KimProfile.builder().name("KIM A").addPublicIssues(ProfileIssue.of("Banjir; rob")).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> RoundTrip.write(List.of(semicolon), Tabel31Format.excel()));
    assertTrue(e.getMessage().contains("PROFILE-n"), e.getMessage());
  }

  @Test
  @DisplayName("figures taken on different days cannot share one Tanggal Pendataan: refused (PROFILE-s)")
  void figuresOfDifferentDaysAreRefused() {
    KimMedium ig = KimMedium.of(Platform.INSTAGRAM);
    KimProfile p = KimProfile.builder().name("KIM A").addMedia(ig)
        .addReach(ReachObservation.of(ig, ReachMetric.FOLLOWERS, 10, LocalDate.of(2026, 1, 1)))
        .addReach(ReachObservation.of(ig, ReachMetric.FOLLOWERS, 12, LocalDate.of(2026, 2, 1))).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> RoundTrip.write(List.of(p), Tabel31Format.excel()));
    assertTrue(e.getMessage().contains("PROFILE-s/t"), e.getMessage());
  }

  @Test
  void nullsAreRefusedByName() {
    MissingValueException e =
        assertThrows(MissingValueException.class, () -> Tabel31Writer.open(null, Tabel31Format.excel()));
    assertTrue(e.getMessage().startsWith("'output' must not be null"), e.getMessage());
  }

  @Test
  void separatorsTheReaderCannotDetectAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> Tabel31Format.excel().withSeparator('|'));
  }
}
