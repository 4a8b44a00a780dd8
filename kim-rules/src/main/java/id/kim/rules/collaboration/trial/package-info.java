/**
 * Trial and validation of the participation–collaboration model with one KIM (uji coba dan validasi
 * model, juknis IV.B): the ordered steps for TYPE-A (MODEL-A-VAL-1..3) and the simulation steps for
 * TYPE-B (MODEL-B-VAL-1..4), ending in the designation (penetapan) of the KIM for a period.
 *
 * <p>The juknis says the steps "dapat dilakukan" (may be done): every step is optional except the
 * final designation with a period, which is always required because a partnership needs a period
 * (PROFILE-r; RULES.md GAP-28, PROPOSED). The durations the juknis gives — a trial "misal selama 2
 * bulan", a designation "selama tahun berjalan (misalnya 6 atau 8 bulan)" for TYPE-B — are examples,
 * never rules: they are the configurable defaults of {@link id.kim.rules.collaboration.trial.ValidationPolicy}
 * and only ever produce warnings (GAP-27).
 *
 * <p>A {@link id.kim.rules.collaboration.trial.ValidationChecklist} records the steps in any order;
 * its {@linkplain id.kim.rules.collaboration.trial.ValidationChecklist#evaluate evaluation} as of a
 * date gives one finding per step and the resulting
 * {@link id.kim.rules.collaboration.trial.Designation} — the KIM, the period and the programme or
 * policy — that a lifecycle can use for its "designate" event (RULES.md §3, T4).
 */
@KimStyle
package id.kim.rules.collaboration.trial;

import id.kim.core.style.KimStyle;
