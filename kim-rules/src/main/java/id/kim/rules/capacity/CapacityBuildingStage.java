package id.kim.rules.capacity;

import id.kim.rules.checklist.Stage;

/**
 * The stages a Dinas goes through to hold a Bimtek, workshop, sarasehan or discussion forum: the seven
 * of Tabel 4.5 "Tahapan Pelaksanaan Kegiatan Peningkatan Kapasitas" (SOLUTION-STAGE-1..7) and the
 * participant selection that only Gambar 4.3 shows (SOLUTION-FIG). RULES.md GAP-31: the figure's eighth
 * step is kept as an optional stage numbered "3a", between venue and schedule.
 */
public enum CapacityBuildingStage implements Stage {
  /** SOLUTION-STAGE-1 Penetapan Tema — "Dinas menetapkan tema … serta sesi yang akan digelar". */
  SET_THEME("SOLUTION-STAGE-1", "1", "Penetapan Tema"),
  /** SOLUTION-STAGE-2 Penetapan instruktur/pemateri/trainer. */
  APPOINT_INSTRUCTORS("SOLUTION-STAGE-2", "2", "Penetapan instruktur/pemateri/trainer"),
  /** SOLUTION-STAGE-3 Koordinasi tempat — Pemda building, hotel/convention centre, or a virtual room. */
  COORDINATE_VENUE("SOLUTION-STAGE-3", "3", "Koordinasi tempat"),
  /** SOLUTION-FIG Penetapan Peserta — only in Gambar 4.3; optional (GAP-31). */
  SELECT_PARTICIPANTS("SOLUTION-FIG", "3a", "Penetapan Peserta"),
  /** SOLUTION-STAGE-4 Penyusunan Jadwal — with attendance confirmation (konfirmasi kehadiran). */
  PREPARE_SCHEDULE("SOLUTION-STAGE-4", "4", "Penyusunan Jadwal"),
  /**
   * SOLUTION-STAGE-5 Pelaksanaan — "sesuai yang telah direncanakan (tema, instruktur/ pemateri/ trainer tempat, dan
   * jadwal)".
   */
  CONDUCT("SOLUTION-STAGE-5", "5", "Pelaksanaan"),
  /** SOLUTION-STAGE-6 Publikasi — by the Dinas, and the Dinas ensures the KIM publicises too. */
  PUBLICISE("SOLUTION-STAGE-6", "6", "Publikasi"),
  /** SOLUTION-STAGE-7 Evaluasi — "dengan cara memantau konten di media yang dikelola KIM" (see MONITOR-*, SOCIAL-*). */
  EVALUATE("SOLUTION-STAGE-7", "7", "Evaluasi kegiatan peningkatan kapasitas SDM KIM");

  private final String ruleId;
  private final String number;
  private final String label;

  CapacityBuildingStage(String ruleId, String number, String label) {
    this.ruleId = ruleId;
    this.number = number;
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

  @Override
  public boolean optional() {
    return this == SELECT_PARTICIPANTS;
  }

  /** @return the number in Tabel 4.5, {@code "3a"} for the figure-only stage */
  public String number() {
    return number;
  }
}
