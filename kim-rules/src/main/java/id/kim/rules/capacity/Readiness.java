package id.kim.rules.capacity;

/**
 * How ready a medium of the KIM is (CAP-1: "dari segi kesiapan"). The juknis names no scale; these
 * three steps are PROPOSED (RULES.md §2.17).
 */
public enum Readiness {
  /** Siap — in regular use, able to carry Dinas material. */
  READY,
  /** Sebagian siap — exists but irregular, or lacks something (e.g. no admin). */
  PARTLY_READY,
  /** Belum siap — not usable yet. */
  NOT_READY
}
