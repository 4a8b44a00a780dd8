package id.kim.rules.award;

/**
 * What an award assessment weighs (AWARD-CONS-1..2: "Hasil penilaian KIM, dari aspek kuantitas dan
 * kualitas konten informasi serta aktivitas diseminasi konten informasi yang dilaksanakan dalam periode
 * tertentu"). Engagement (Outtakes, MEASURE-2) is an optional further criterion.
 */
public enum AwardCriterion {
  /** Kuantitas konten — Tabel 5.3 posts published in the period. */
  CONTENT_QUANTITY,
  /** Kualitas konten — the Dinas' quality score, 0..100. */
  CONTENT_QUALITY,
  /** Aktivitas diseminasi — Σ Jumlah kegiatan (Tabel 5.2) in the period. */
  DISSEMINATION_ACTIVITY,
  /** Outtakes (MEASURE-2) total in the period. */
  ENGAGEMENT
}
