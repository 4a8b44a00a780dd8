package id.kim.rules.collaboration;

import id.kim.core.i18n.Lang;
import id.kim.rules.explain.Citation;
import id.kim.rules.explain.RuleId;
import io.vavr.collection.List;
import io.vavr.collection.Seq;

/**
 * Tabel 4.2 "Partisipasi-Kolaborasi dan Aksi KIM dalam Diseminasi dan Literasi Informasi"
 * (MODEL-A-T42, juknis IV.B L1812–1888) as data: three {@linkplain CoordinationColumn columns} and
 * their cells.
 *
 * <p>The juknis explains the table (L1892–1919): the KIM is a partner that coordinates routinely
 * with the Dinas, "misalnya melalui grup Whats App (WA) dan pertemuan-pertemuan tatap muka"; it
 * participates "dengan menerima informasi dari Dinas dan memberikan masukan kepada Dinas Kominfo
 * berupa kondisi masyarakat di wilayahnya atau isu-isu publik yang berkembang di area domisili KIM";
 * then it collaborates in preparing the materials; at the level of action it delivers them through
 * its media or face to face.
 *
 * <p><b>GAP-29 (reconstruction, PROPOSED).</b> The table is an image; the seed gives its text in the
 * order column 1, "KIM memberikan umpan balik terhadap rencana diseminasi informasi", column 3,
 * column 2. The feedback cell is placed in column 1 (participation), because the explanatory
 * paragraph describes participation as receiving information and giving input. The cell is marked
 * {@linkplain CoordinationCell#reconstructed() reconstructed}.
 */
public final class CoordinationTable {
  /** The table's rule ID. */
  public static final RuleId MODEL_A_T42 = RuleId.of("MODEL-A-T42");

  private static final Citation CITATION = Citation.of("IV.B, Tabel 4.2 (L1812-1888)",
      "Berpartisipasi melalui Koordinasi aktif dengan Dinas; Berkolaborasi dalam Merancang Bahan Informasi; "
          + "Aksi KIM dalam Diseminasi & Literasi Informasi");
  private static final Citation FEEDBACK_PLACEMENT = Citation.proposed("IV.B, Tabel 4.2 (L1854-1860, L1900-1906)",
      "KIM turut berpartisipasi dengan menerima informasi dari Dinas dan memberikan masukan kepada Dinas Kominfo",
      "GAP-29");

  private static final Seq<CoordinationCell> CELLS = List.of(
      CoordinationCell.of(CoordinationColumn.PARTICIPATION, Party.DINAS,
          "Berkoordinasi dengan KIM secara rutin dalam mempersiapkan informasi yang perlu didiseminasikan"
              + " kepada publik",
          "Coordinates routinely with the KIM in preparing the information to be disseminated to the public", false),
      CoordinationCell.of(CoordinationColumn.PARTICIPATION, Party.KIM,
          "KIM memberikan umpan balik terhadap rencana diseminasi informasi",
          "The KIM gives feedback on the information-dissemination plan", true),
      CoordinationCell.of(CoordinationColumn.COLLABORATION, Party.KIM,
          "KIM berkolaborasi dengan Dinas mengolah bahan informasi dengan menentukan angle dan format penyajian",
          "The KIM works with the Dinas to process the information material, deciding its angle and"
              + " presentation format",
          false),
      CoordinationCell.of(CoordinationColumn.ACTION, Party.KIM,
          "KIM menyampaikan informasi kepada masyarakat melalui media yang dikelola atau melakukan komunikasi tatap"
              + " muka (turun langsung ke masyarakat)",
          "The KIM delivers the information to the public through the media it manages or face to face"
              + " (going directly to the community)",
          false));

  private CoordinationTable() {}

  /**
   * @param lang the language
   * @return the table's title
   */
  public static String title(Lang lang) {
    return lang == Lang.ID
        ? "Tabel 4.2 Partisipasi-Kolaborasi dan Aksi KIM dalam Diseminasi dan Literasi Informasi"
        : "Table 4.2 Participation-collaboration and KIM action in information dissemination and literacy";
  }

  /** @return the three columns, in order */
  public static Seq<CoordinationColumn> columns() {
    return List.of(CoordinationColumn.values());
  }

  /** @return every cell, column by column in the table's order */
  public static Seq<CoordinationCell> cells() {
    return CELLS;
  }

  /**
   * @param column a column
   * @return its cells, top to bottom
   */
  public static Seq<CoordinationCell> cellsIn(CoordinationColumn column) {
    return CELLS.filter(c -> c.column() == column);
  }

  /** @return the cell that records the KIM's feedback on the dissemination plan (column 1, GAP-29) */
  public static CoordinationCell feedbackCell() {
    return CELLS.get(1);
  }

  /** @return juknis Tabel 4.2 */
  public static Citation citation() {
    return CITATION;
  }

  /** @return the PROPOSED placement of the feedback cell in column 1 (GAP-29) */
  public static Citation feedbackPlacement() {
    return FEEDBACK_PLACEMENT;
  }
}
