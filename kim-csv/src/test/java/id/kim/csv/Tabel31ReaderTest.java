package id.kim.csv;

import static id.kim.csv.Fixtures.DINAS;
import static id.kim.csv.Fixtures.SUKAMAJU;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.community.Frequency;
import id.kim.core.community.FrequencyPeriod;
import id.kim.core.community.GovernmentAffair;
import id.kim.core.community.KimProfile;
import id.kim.core.community.KimType;
import id.kim.core.contact.ContactRole;
import id.kim.core.contact.PersonName;
import id.kim.core.media.ContentType;
import id.kim.core.media.MediaKind;
import id.kim.core.media.Platform;
import id.kim.core.metric.ReachMetric;
import id.kim.core.metric.ResponseMetric;
import id.kim.core.region.VillageKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A Tabel 3.1 file as a Dinas writes it becomes profiles (PROFILE-a..t). */
class Tabel31ReaderTest {
  static final String HEADER =
      "No;Nama KIM;Tipe KIM;Nomor Induk Komunitas;Ketua/Narahubung;Alamat;RT/RW;Kelurahan/Desa;Kecamatan;"
      + "No. Telepon;WhatsApp;Email;Khalayak Sasaran;Jenis Media;Bidang Kegiatan;Isu Publik;Frekuensi;Jenis Konten;"
      + "Periode Kemitraan;Kekuatan;Pengaruh\r\n";
  static final String ROW =
      "1;KIM Mekar Sari;Tipe A;KIM/3399/0001;Siti Aminah;Jl. Melati No. 12;003/005;Desa Mekarsari;Kec. Cibening;"
      + "(0285) 123456;0812-0000-0000;kim.mekarsari@example.id;warga Desa Mekarsari;\"Instagram @kim.mekarsari; WAG; "
      + "Tatap muka\";"
      + "Kesehatan, Pertanian;Stunting (kesehatan);3 kali seminggu;Tulisan, Foto, Video;"
      + "01/01/2026 s.d. 31/12/2026: Sosialisasi Program Sukamaju Sehat;Instagram 1.250 pengikut;Instagram 320 "
      + "suka\r\n";

  private static final KimProfile P = Fixtures.only("\uFEFF" + HEADER + ROW);

  @Test
  @DisplayName(
      "PROFILE-a, PROFILE-b, PROFILE-c: name, type and the Nomor Induk Komunitas issued by the Dinas' regency/city")
  void nameTypeAndNumber() {
    assertEquals("KIM Mekar Sari", P.name());
    assertEquals(KimType.A, P.type().get());
    assertEquals("KIM/3399/0001", P.communityNumber().get().value());
    assertEquals(SUKAMAJU, P.communityNumber().get().issuedBy());
  }

  @Test
  @DisplayName("PROFILE-d, PROFILE-e: the chair as contact, street with house number, RT/RW")
  void contactAndAddress() {
    assertEquals(PersonName.of("Siti Aminah"), P.contactPerson().get().name());
    assertEquals(ContactRole.CHAIR, P.contactPerson().get().role());
    assertEquals("Jl. Melati", P.address().get().street());
    assertEquals("12", P.address().get().number().get());
    assertEquals("005", P.address().get().rtRw().get().rw());
  }

  @Test
  @DisplayName("PROFILE-f, PROFILE-g: kelurahan/desa with its kind, and kecamatan")
  void seat() {
    assertEquals("Mekarsari", P.seat().get().name());
    assertEquals(VillageKind.DESA, P.seat().get().kind());
    assertEquals("Cibening", P.seat().get().district().name());
  }

  @Test
  @DisplayName("PROFILE-i, PROFILE-j, PROFILE-k: fixed line, WhatsApp, e-mail, target audience")
  void contactsAndAudience() {
    assertEquals("(0285) 123456", P.fixedLine().get().value());
    assertEquals("0812-0000-0000", P.whatsapp().get().value());
    assertEquals("kim.mekarsari@example.id", P.email().get().value());
    assertEquals("warga Desa Mekarsari", P.targetAudience().get().coverage().get());
  }

  @Test
  @DisplayName("PROFILE-l, PROFILE-o: media owned or managed, with handles; the media kinds follow from them")
  void media() {
    assertEquals(List.of(Platform.INSTAGRAM, Platform.WHATSAPP_GROUP, Platform.FACE_TO_FACE),
        P.media().stream().map(m -> m.platform()).toList());
    assertEquals("@kim.mekarsari", P.media().get(0).name().get());
    assertEquals(Set.of(MediaKind.DIGITAL, MediaKind.FACE_TO_FACE), P.mediaKinds());
  }

  @Test
  @DisplayName("PROFILE-m, PROFILE-n, PROFILE-p, PROFILE-q: fields, issues with their field, frequency, content types")
  void activity() {
    assertEquals(Set.of(GovernmentAffair.HEALTH, GovernmentAffair.AGRICULTURE), P.fieldsOfActivity());
    assertEquals("Stunting", P.publicIssues().get(0).title());
    assertEquals(GovernmentAffair.HEALTH, P.publicIssues().get(0).field().get());
    assertEquals(Frequency.of(3, FrequencyPeriod.WEEKLY), P.frequency().get());
    assertEquals(Set.of(ContentType.TEXT, ContentType.PHOTO, ContentType.VIDEO), P.contentTypes());
  }

  @Test
  @DisplayName("PROFILE-r, PROFILE-s, PROFILE-t: partnership period with its programme, strength and influence figures")
  void periodsAndFigures() {
    assertEquals(LocalDate.of(2026, 12, 31), P.partnershipPeriods().get(0).period().end());
    assertEquals("Sosialisasi Program Sukamaju Sehat", P.partnershipPeriods().get(0).programmeOrPolicy());
    assertEquals(1250, P.reach().get(0).value());
    assertEquals(ReachMetric.FOLLOWERS, P.reach().get(0).metric());
    assertEquals(P.media().get(0), P.reach().get(0).medium());
    assertEquals(320, P.responses().get(0).value());
    assertEquals(ResponseMetric.LIKES, P.responses().get(0).metric());
    assertEquals(LocalDate.of(2026, 1, 15), P.responses().get(0).observedOn());
  }

  @Test
  @DisplayName("Kabupaten/Kota is filled from a regency/city Dinas when the column is absent (PROFILE-h, GAP-22)")
  void regencyCityComesFromTheDinas() {
    KimProfile p = Fixtures.only(HEADER + ROW);
    assertEquals(SUKAMAJU, p.seat().get().regencyCity().get());
  }

  @Test
  @DisplayName("a Kabupaten/Kota of another area is a row error (MAP-RULE-a)")
  void anotherRegencyIsRejected() {
    var rows =
        Fixtures.rows("Nama KIM;Kelurahan/Desa;Kecamatan;Kabupaten/Kota\nKIM A;Sukajadi;Cibening;Kabupaten Sukamaju\n"
        + "KIM B;Sukajadi;Cibening;Kota Mekar\nKIM C;Sukajadi;Cibening;Sukamaju\n");
    assertTrue(rows.get(0).isRight());
    assertEquals("csv.regencyCity.outside", rows.get(1).getLeft().problems().get(0).messageKey());
    assertEquals("Kabupaten/Kota", rows.get(1).getLeft().problems().get(0).column());
    assertEquals(SUKAMAJU, rows.get(2).get().seat().get().regencyCity().get());
  }

  @Test
  @DisplayName("a provincial Dinas reads Kabupaten/Kota per row and needs the column (PROFILE-h)")
  void provincialDinasNeedsColumnH() {
    var options = Tabel31Options.forDinas(Fixtures.PROVINCIAL);
    var refused =
        Fixtures.open(
            "Nama KIM;Kelurahan/Desa;Kecamatan\nKIM A;Sukajadi;Cibening\n".getBytes(UTF_8),
            options);
    assertEquals("csv.file.provinceNeedsRegencyCity", refused.getLeft().messageKey());
    var rows =
        Fixtures.rows(
            Fixtures.open(
                "Nama KIM;Kelurahan/Desa;Kecamatan;Kabupaten/Kota\nKIM A;Sukajadi;Cibening;Kota Mekar\n"
                    .getBytes(UTF_8),
                options));
    assertEquals("Kota Mekar", rows.get(0).get().seat().get().regencyCity().get().fullName());
    assertEquals(VillageKind.DESA, rows.get(0).get().seat().get().kind());
  }

  @Test
  void headersAreMatchedIgnoringCaseSpacingPunctuationAndFieldLetters() {
    KimProfile p =
        Fixtures.only(
            "a. NAMA  kim ,  b) tipe KIM, No. WA ,e-mail,Jenis media\nKIM Mekar,B,081200000000,kim@example.id,IG\n");
    assertEquals(KimType.B, p.type().get());
    assertEquals("081200000000", p.whatsapp().get().value());
    assertEquals(Platform.INSTAGRAM, p.media().get(0).platform());
  }

  @Test
  void quotedCellsKeepSeparatorsQuotesAndLineBreaks() {
    var rows =
        Fixtures.rows(
            "Nama KIM,Isu Publik,Alamat\n\"KIM \"\"Maju\"\", Jaya\",\"Stunting\nBanjir, rob\",\"Jl. Kenanga, Gg. 3\"\n"
        + "KIM Kedua,,\n");
    KimProfile p = rows.get(0).get();
    assertEquals("KIM \"Maju\", Jaya", p.name());
    assertEquals(List.of("Stunting", "Banjir, rob"), p.publicIssues().stream().map(i -> i.title()).toList());
    assertEquals("Jl. Kenanga, Gg. 3", p.address().get().street());
    assertEquals("KIM Kedua", rows.get(1).get().name());
  }

  @Test
  @DisplayName(
      "a second Jenis Media column is PROFILE-o, derived from PROFILE-l and ignored (GAP-23); unknown columns are "
          + "listed")
  void aSecondJenisMediaColumnIsFieldOAndUnknownColumnsAreListed() {
    var opened = Fixtures.open("No.;Nama KIM;Jenis Media;Jenis Media;Catatan\n1;KIM A;Instagram;Digital;bebas\n");
    Tabel31Rows rows = opened.get();
    assertTrue(rows.next().isRight());
    assertEquals(List.of("Jenis Media", "Catatan"), rows.summary().ignoredColumns());
    assertEquals("PROFILE-l", rows.summary().columns().get("Jenis Media"));
  }

  @Test
  void blankRowsAreSkippedAndCounted() {
    Tabel31Rows rows = Fixtures.open("Nama KIM;Tipe KIM\n;\nKIM A;A\n\n;;\nKIM B;B\n").get();
    List<String> names = new ArrayList<>();
    rows.forEachRemaining(r -> names.add(r.get().name()));
    assertEquals(List.of("KIM A", "KIM B"), names);
    assertEquals(2, rows.summary().read());
    assertEquals(3, rows.summary().blank());
  }

  @Test
  void theDinasIsTheIssuerOfCommunityNumbers() {
    assertEquals(DINAS.regencyCity().get(), Fixtures.only("Nama KIM;Nomor Induk Komunitas\nKIM A;KIM/3399/7\n")
        .communityNumber().get().issuedBy());
  }

  @Test
  void theSeparatorIsDetectedOutsideQuotes() {
    Tabel31Rows rows = Fixtures.open("Nama KIM,\"Tipe; KIM\"\nKIM A,A\n").get();
    assertEquals(",", rows.summary().separator());
    assertFalse(rows.summary().byteOrderMark());
  }
}
