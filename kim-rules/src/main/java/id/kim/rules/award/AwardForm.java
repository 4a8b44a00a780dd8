package id.kim.rules.award;

/**
 * Forms of award (AWARD-FORM): "plakat, penyediaan jejaring kerjasama, pemberian pelatihan peningkatan
 * kompetensi serta bentuk-bentuk penghargaan lainnya sesuai dengan kebijakan Pemerintah Daerah".
 */
public enum AwardForm {
  /** Plakat — a plaque. */
  PLAQUE,
  /** Penyediaan jejaring kerjasama — access to cooperation networks. */
  COOPERATION_NETWORK,
  /** Pemberian pelatihan peningkatan kompetensi — competence training. */
  COMPETENCE_TRAINING,
  /** Bentuk lainnya sesuai kebijakan Pemerintah Daerah — another form. */
  OTHER
}
