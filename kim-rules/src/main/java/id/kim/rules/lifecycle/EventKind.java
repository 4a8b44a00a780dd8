package id.kim.rules.lifecycle;

import id.kim.core.i18n.Lang;
import io.vavr.collection.List;
import io.vavr.collection.Seq;

/**
 * The kinds of {@link LifecycleEvent}, each with the states in which it is allowed (RULES.md §3.2).
 * A rejection of an event names these states, so an officer knows what has to happen first.
 */
public enum EventKind {
  /** T1 — registration and verification; the Nomor Induk Komunitas is issued. */
  REGISTER("registrasi dan verifikasi", "registration and verification", Status.CANDIDATE),
  /** T2 — the KIM enters the mapping (profiling, issue identification). */
  ENTER_MAPPING("masuk pemetaan", "entry into the mapping", Status.REGISTERED),
  /** T3, T3b, re-entry — grid placement and priority; again later; or after a termination (GAP-38). */
  CATEGORISE("kategorisasi", "categorisation", Status.MAPPED, Status.CATEGORISED, Status.TERMINATED),
  /** T4, T4b — designation (penetapan) as partner for a period and a programme or policy. */
  DESIGNATE("penetapan mitra", "designation as partner", Status.CATEGORISED, Status.PARTNER),
  /** T5, T5b — review (peninjauan) opened on indicated grounds, or more grounds added to it. */
  OPEN_REVIEW("peninjauan kemitraan", "review of the partnership", Status.PARTNER, Status.UNDER_REVIEW),
  /** T7 — review closed without proof. */
  CLEAR_REVIEW("peninjauan selesai tanpa bukti", "review cleared", Status.UNDER_REVIEW),
  /** T6 — termination (penghentian) on a proven ground. */
  TERMINATE("penghentian kemitraan", "termination of the partnership", Status.UNDER_REVIEW),
  /** T8, T8b — a partnership period ended. */
  PERIOD_ENDED("periode kemitraan berakhir", "partnership period ended", Status.PARTNER),
  /** T9 — a non-partner leaves the register (dissolved or moved away). */
  DEREGISTER("keluar dari register", "deregistration", Status.REGISTERED, Status.MAPPED, Status.CATEGORISED,
      Status.TERMINATED);

  private final String id;
  private final String en;
  private final Seq<Status> allowedIn;

  EventKind(String id, String en, Status... allowedIn) {
    this.id = id;
    this.en = en;
    this.allowedIn = List.of(allowedIn);
  }

  /** @return the states in which this event is allowed, in lifecycle order */
  public Seq<Status> allowedIn() {
    return allowedIn;
  }

  /**
   * @param status a state
   * @return true if the event is allowed in it (its guards may still reject it)
   */
  public boolean isAllowedIn(Status status) {
    return allowedIn.contains(status);
  }

  /**
   * @param lang the language
   * @return the label, e.g. "penghentian kemitraan"
   */
  public String label(Lang lang) {
    return lang == Lang.ID ? id : en;
  }
}
