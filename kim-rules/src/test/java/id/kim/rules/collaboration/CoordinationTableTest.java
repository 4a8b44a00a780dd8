package id.kim.rules.collaboration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.i18n.Lang;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("MODEL-A-T42 — Tabel 4.2 Partisipasi-Kolaborasi dan Aksi KIM")
class CoordinationTableTest {

  @Test
  @DisplayName("MODEL-A-T42: three columns with the juknis headers, each describing one stage of Gambar 4.1")
  void threeColumns() {
    assertEquals(3, CoordinationTable.columns().size());
    assertEquals("Berpartisipasi melalui Koordinasi aktif dengan Dinas",
        CoordinationColumn.PARTICIPATION.header(Lang.ID));
    assertEquals("Berkolaborasi dalam Merancang Bahan Informasi", CoordinationColumn.COLLABORATION.header(Lang.ID));
    assertEquals("Aksi KIM dalam Diseminasi & Literasi Informasi", CoordinationColumn.ACTION.header(Lang.ID));
    assertEquals(CampaignStage.PARTICIPATION_ENSURED, CoordinationColumn.PARTICIPATION.stage());
    assertEquals(CampaignStage.DISSEMINATED, CoordinationColumn.ACTION.stage());
    assertEquals("MODEL-A-T42", CoordinationTable.MODEL_A_T42.value());
  }

  @Test
  @DisplayName("MODEL-A-T42: the cell texts are the juknis' words, column by column")
  void cellTexts() {
    assertEquals(4, CoordinationTable.cells().size());
    assertEquals(2, CoordinationTable.cellsIn(CoordinationColumn.PARTICIPATION).size());
    assertTrue(CoordinationTable.cellsIn(CoordinationColumn.PARTICIPATION).head().text(Lang.ID)
        .startsWith("Berkoordinasi dengan KIM secara rutin"));
    assertEquals(Party.DINAS, CoordinationTable.cellsIn(CoordinationColumn.PARTICIPATION).head().actor());
    assertTrue(CoordinationTable.cellsIn(CoordinationColumn.COLLABORATION).single().text(Lang.ID)
        .contains("menentukan angle dan format penyajian"));
    assertTrue(CoordinationTable.cellsIn(CoordinationColumn.ACTION).single().text(Lang.ID)
        .contains("turun langsung ke masyarakat"));
    assertTrue(CoordinationTable.cellsIn(CoordinationColumn.ACTION).single().text(Lang.EN).contains("face to face"));
  }

  @Test
  @DisplayName("GAP-29: the feedback cell sits in column 1 (participation), marked reconstructed and PROPOSED")
  void feedbackCellInColumnOne() {
    CoordinationCell feedback = CoordinationTable.feedbackCell();
    assertEquals("KIM memberikan umpan balik terhadap rencana diseminasi informasi", feedback.text(Lang.ID));
    assertEquals(CoordinationColumn.PARTICIPATION, feedback.column());
    assertTrue(feedback.reconstructed());
    assertEquals(1, CoordinationTable.cells().count(CoordinationCell::reconstructed));
    assertTrue(CoordinationTable.feedbackPlacement().proposed());
    assertEquals("GAP-29", CoordinationTable.feedbackPlacement().gap().get());
    assertFalse(CoordinationTable.citation().proposed());
    assertTrue(feedback.toString().contains("GAP-29"));
  }
}
