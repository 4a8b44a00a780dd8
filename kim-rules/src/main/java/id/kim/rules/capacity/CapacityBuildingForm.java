package id.kim.rules.capacity;

/**
 * The forms of capacity-building activity of Tabel 4.4 "Bentuk-Bentuk Kegiatan Peningkatan Kapasitas
 * KIM"; CAP-USE adds "atau kegiatan sejenis lainnya", hence {@link #OTHER_SIMILAR}.
 */
public enum CapacityBuildingForm {
  /**
   * SOLUTION-FORM-1 Bimbingan Teknis (Bimtek): "pelatihan dengan tujuan untuk meningkatkan kompetensi peserta di bidang
   * teknis operasional di lapangan".
   */
  TECHNICAL_TRAINING("SOLUTION-FORM-1", "Bimbingan Teknis"),
  /**
   * SOLUTION-FORM-2 Workshop/Lokakarya: "latihan untuk menyelesaikan masalah yang berkaitan dengan pekerjaan/tugas yang
   * sebenarnya".
   */
  WORKSHOP("SOLUTION-FORM-2", "Workshop/Lokakarya"),
  /** SOLUTION-FORM-3 Sarasehan: "pertemuan yang diselenggarakan untuk mendengarkan pendapat (prasaran) para ahli". */
  EXPERT_HEARING("SOLUTION-FORM-3", "Sarasehan"),
  /**
   * SOLUTION-FORM-4 Forum Diskusi: "wadah atau tempat pertemuan sebuah komunitas … untuk bertukar pikiran suatu topik
   * atau masalah secara bebas".
   */
  DISCUSSION_FORUM("SOLUTION-FORM-4", "Forum Diskusi"),
  /** CAP-USE "kegiatan sejenis lainnya" — another similar activity. */
  OTHER_SIMILAR("CAP-USE", "Kegiatan sejenis lainnya");

  private final String ruleId;
  private final String label;

  CapacityBuildingForm(String ruleId, String label) {
    this.ruleId = ruleId;
    this.label = label;
  }

  /** @return the RULES.md ID */
  public String ruleId() {
    return ruleId;
  }

  /** @return the Indonesian name */
  public String label() {
    return label;
  }
}
