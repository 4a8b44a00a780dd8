package id.kim.rules.award;

import id.kim.rules.checklist.Stage;

/**
 * The award sequence of Tabel 4.7 (COMP-SCOPE, "Penghargaan (Apresiasi)") detailed in Tabel 4.8 and
 * Gambar 4.6 "Tahapan Pemberian Penghargaan KIM" (the Tabel 4.8 block labels are swapped in the text,
 * RULES.md GAP-32; assigned by content).
 */
public enum AwardStage implements Stage {
  /**
   * AWARD-STAGE-1 Pemantauan — "Dinas memantau aktivitas diseminasi yang dilakukan KIM, misalnya aktivitas jurnalisme
   * warga".
   */
  MONITORING("AWARD-STAGE-1", "Pemantauan aktivitas KIM"),
  /** AWARD-STAGE-2 Penilaian — "Dinas melakukan penilaian terhadap kuantitas dan kualitas aktivitas". */
  ASSESSMENT("AWARD-STAGE-2", "Penilaian aktivitas"),
  /** AWARD-STAGE-3 Pemberian penghargaan — "Dinas memberikan apresiasi atas aktivitas yang dilakukan KIM". */
  AWARDING("AWARD-STAGE-3", "Pemberian penghargaan");

  private final String ruleId;
  private final String label;

  AwardStage(String ruleId, String label) {
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
