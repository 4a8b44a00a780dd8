package id.kim.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.community.KimProfile;
import id.kim.core.community.KnownAbsence;
import id.kim.core.i18n.Lang;
import io.vavr.control.Either;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The marker "Tidak ada" (tercatat tidak ada) against an empty cell (belum tercatat), docs/csv.md. */
class RecordedAsNoneCellsTest {
  private static final String HEADER = "No;Nama KIM;Nomor Induk Komunitas;Jenis Media\r\n";

  private static KimProfile row(String number, String media) {
    return Fixtures.only(HEADER + "1;KIM Mekar Sari;" + number + ";" + media + "\r\n");
  }

  @Test
  @DisplayName("PROFILE-c \"Tidak ada\" records the Nomor Induk Komunitas as none; an empty cell records nothing")
  void number() {
    KimProfile none = row("Tidak ada", "");
    assertTrue(none.communityNumber().isEmpty());
    assertEquals(Set.of(KnownAbsence.COMMUNITY_NUMBER), none.recordedAsNone());
    assertEquals(Set.of(), row("", "").recordedAsNone());
    assertEquals(Set.of(KnownAbsence.COMMUNITY_NUMBER), row("  TIDAK   ada ", "").recordedAsNone());
    List<Either<RowError, KimProfile>> dash = Fixtures.rows(HEADER + "1;KIM Mekar Sari;-;\r\n");
    assertTrue(dash.get(0).isLeft(), "\"-\" is not the marker: it is read as before, an invalid number");
  }

  @Test
  @DisplayName("PROFILE-l \"Tidak ada\" in Jenis Media records media and other means of dissemination as none (QUAL-6)")
  void media() {
    KimProfile none = row("", "tidak ada");
    assertTrue(none.media().isEmpty());
    assertEquals(EnumSet.of(KnownAbsence.MEDIA, KnownAbsence.OTHER_DISSEMINATION_MEANS), none.recordedAsNone());
  }

  @Test
  @DisplayName("the marker beside values in one cell is a row error on that column, with its rule")
  void mixed() {
    List<Either<RowError, KimProfile>> rows = Fixtures.rows(HEADER
        + "1;KIM Mekar Sari;;\"Instagram @kim.mekarsari; Tidak ada\"\r\n"
        + "2;KIM Sari Asih;KIM/3399/0002 tidak ada;\r\n");
    assertTrue(rows.get(0).isLeft());
    CellProblem media = rows.get(0).getLeft().problems().get(0);
    assertEquals("PROFILE-l", media.ruleId().orElseThrow());
    assertEquals("penanda \"Tidak ada\" (tercatat tidak ada) harus mengisi sel sendirian; tulis \"Tidak ada\" saja, "
        + "atau nilainya saja", media.message(Lang.ID));
    assertTrue(rows.get(1).isLeft());
    assertEquals("PROFILE-c", rows.get(1).getLeft().problems().get(0).ruleId().orElseThrow());
  }

  @Test
  @DisplayName("the writer writes the marker back, so export then import keeps what is recorded as none")
  void writtenBack() {
    KimProfile p = KimProfile.builder().name("KIM Mekar Sari")
        .recordedAsNone(
            List.of(KnownAbsence.COMMUNITY_NUMBER, KnownAbsence.MEDIA, KnownAbsence.OTHER_DISSEMINATION_MEANS))
        .build();
    byte[] csv = RoundTrip.write(List.of(p), Tabel31Format.excel().withByteOrderMark(false));
    String text = new String(csv, StandardCharsets.UTF_8);
    assertTrue(text.contains(";KIM Mekar Sari;;Tidak ada;"), text);
    assertEquals(p, RoundTrip.read(csv, Fixtures.OPTIONS).get(0).get());
  }
}
