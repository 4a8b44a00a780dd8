package id.kim.rules.evaluation;

/** How a measurement period is cut (periode pengukuran). */
public enum Granularity {
  /** An ISO-8601 week: Monday to Sunday, numbered in its week-based year (week 1 holds 4 January). */
  WEEK,
  /** A calendar month. */
  MONTH,
  /** A calendar year. */
  YEAR,
  /** Any inclusive span of days, e.g. a partnership period (PROFILE-r). */
  CUSTOM
}
