package id.kim.rules.award;

/**
 * How a self-organised competition is scheduled (COMP-MANDIRI-SCHED: "event terjadwal dalam program Dinas Kominfo yang
 * bersifat tahunan atau waktu tertentu").
 */
public enum Recurrence {
  /** Tahunan — annual. */
  ANNUAL,
  /** Waktu tertentu — at a particular time, per regional-government policy. */
  AD_HOC
}
