package id.kim.core.community;

/**
 * The period of a dissemination frequency (PROFILE-p "tahunan, bulanan, mingguan"), closed as
 * written; a daily rhythm is recorded as weekly count × 7 (RULES.md GAP-26).
 */
public enum FrequencyPeriod {
  /** Mingguan — per week. */
  WEEKLY(52),
  /** Bulanan — per month. */
  MONTHLY(12),
  /** Tahunan — per year. */
  YEARLY(1);

  private final int perYear;

  FrequencyPeriod(int perYear) {
    this.perYear = perYear;
  }

  /** @return how many such periods make a year (52, 12, 1) */
  public int perYear() {
    return perYear;
  }
}
