package id.kim.rules.capacity;

/**
 * The Dinas' judgement of the KIM's content management (CAP-5: "Memastikan proses pengelolaan konten yang efektif dan
 * efesien").
 */
public enum ManagementRating {
  /** Efektif dan efisien. */
  EFFECTIVE_AND_EFFICIENT,
  /** Perlu perbaikan — needs improvement. */
  NEEDS_IMPROVEMENT
}
