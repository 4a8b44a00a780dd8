package id.kim.rules.award;

import id.kim.rules.checklist.Stage;

/**
 * The competition sequence of Tabel 4.7 (COMP-SCOPE, "Kompetisi": Registrasi peserta → Pelaksanaan
 * Kompetisi → Pengumuman pemenang dan pemberian hadiah), detailed in Tabel 4.8 (COMP-STAGE-1..3; block
 * labels swapped in the text, GAP-32).
 */
public enum CompetitionStage implements Stage {
  /**
   * COMP-STAGE-1 — "Dinas mempersiapkan event kompetisi, mengumumkan/mempublikasikan event kompetisi dan melakukan
   * registrasi peserta".
   */
  REGISTRATION("COMP-STAGE-1", "Registrasi Peserta"),
  /** COMP-STAGE-2 — "Pelaksanaan kompetisi dengan kategori tertentu". */
  EXECUTION("COMP-STAGE-2", "Pelaksanaan Kompetisi"),
  /**
   * COMP-STAGE-3 — "Pemenang diumumkan secara terbuka berdasarkan hasil keputusan juri dan hadiah diberikan kepada para
   * pemenang di masing-masing kategori".
   */
  ANNOUNCEMENT_AND_PRIZES("COMP-STAGE-3", "Pengumuman Pemenang dan Pemberian Hadiah");

  private final String ruleId;
  private final String label;

  CompetitionStage(String ruleId, String label) {
    this.ruleId = ruleId;
    this.label = label;
  }

  @Override
  public String ruleId() {
    return ruleId;
  }

  @Override
  public String label() {
    return label;
  }
}
