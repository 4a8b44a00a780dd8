/**
 * The life of a KIM towards one regency/city Dinas Kominfo as an explicit state machine, with an
 * append-only audit trail — RULES.md §3 (states, transitions T1–T9, invariants INV-1..8), juknis
 * I.A (ARCH-4 "registasi dan verifikasi kelembagaan KIM, pemetaan dan kategorisasi KIM"), II.B.3–6 and
 * §4.7 (GAP-37..40).
 *
 * <p>State names are PROPOSED (the juknis describes the life of a KIM only implicitly); every guard
 * cites its rule. The review and termination steps follow juknis II.B.6: "Bagi KIM yang terindikasi
 * mengalami salah satu poin tersebut di atas, maka Dinas Kominfo akan melakukan peninjauan terhadap
 * kemitraan dengan KIM. Selanjutnya, apabila KIM terbukti mengalami salah satu poin sebagaimana
 * tersebut di atas, Dinas Kominfo melakukan penghentian kemitraan dengan KIM." (TERM-PROC-1,
 * TERM-PROC-2).
 *
 * <pre>
 *  CANDIDATE
 *    │ T1 Register (Nomor Induk Komunitas of the Dinas&#39; own regency/city)
 *    ▼
 *  REGISTERED ──────────────── T9 Deregister (dissolved / moved away) ─────────┐
 *    │ T2 EnterMapping                                                         │
 *    ▼                                                                         │
 *  MAPPED ──────────────────── T9 ─────────────────────────────────────────────┤
 *    │ T3 Categorise                                                           │
 *    ▼                                                                         ▼
 *  CATEGORISED ◀──┐ T3b re-assessment ──────── T9 ──────────────────────▶ DEREGISTERED
 *    │  ▲  ▲  └───┘                                                  (final)   ▲
 *    │  │  └─────────── T3r Categorise + rationale (GAP-38) ─────────┐         │
 *    │  │    ↓ T4 Designate (ELIGIBLE, fresh, period running)        │         │
 *    │  │    ↑ T8 PeriodEnded (every period over)                    │         │
 *    ▼  │                                                            │         │
 *  PARTNER ◀──┐ T4b another programme · T8b some periods over        │         │
 *    │  ▲ └───┘                                                      │         │
 *    │  │    ↓ T5 OpenReview (indications, TERM-PROC-1)              │         │
 *    │  │    ↑ T7 ClearReview (rationale, GAP-37)                    │         │
 *    ▼  │                                                            │         │
 *  UNDER_REVIEW ◀──┐ T5b OpenReview (more indications)               │         │
 *    │  └──────────┘                                                 │         │
 *    │ T6 Terminate (proven grounds + proof, TERM-PROC-2)            │         │
 *    ▼                                                               │         │
 *  TERMINATED ───────────────────────────────────────────────────────┘── T9 ───┘
 * </pre>
 *
 * <ul>
 *   <li>{@link id.kim.rules.lifecycle.Lifecycle#apply} — {@code (state, event, asOf) →
 *       Either<Rejection, Transition>}; an illegal event is a {@link id.kim.rules.lifecycle.Rejection}
 *       naming the states that allow it, never an exception, never a silent no-op;</li>
 *   <li>{@link id.kim.rules.lifecycle.LifecycleState} — immutable states carrying the community number,
 *       the designations held, the open review and the latest termination decision;</li>
 *   <li>{@link id.kim.rules.lifecycle.LifecycleEvent} — immutable events, each with actor, day and
 *       evidence;</li>
 *   <li>{@link id.kim.rules.lifecycle.AuditTrail} — the append-only history; the current state is
 *       derived from it by {@linkplain id.kim.rules.lifecycle.AuditTrail#replay() replay}.</li>
 * </ul>
 *
 * <p>Where the juknis is silent (all PROPOSED, documented in {@code docs/lifecycle.md}): a review that
 * finds nothing returns to PARTNER (T7, GAP-37); termination is recorded as the Dinas' decision on
 * proven grounds that were under review, never automatic (GAP-37); a terminated KIM re-enters only
 * through categorisation with a written rationale and then a designation on an eligibility decision
 * made after the termination (T3r, GAP-38); a partner may hold several periods for different
 * programmes (INV-4); a period ending on the day is still running (T8, GAP-27); a non-partner's
 * grounds open no review (INV-7) and its dissolution or relocation closes the record (T9).
 */
@KimStyle
package id.kim.rules.lifecycle;

import id.kim.core.style.KimStyle;
