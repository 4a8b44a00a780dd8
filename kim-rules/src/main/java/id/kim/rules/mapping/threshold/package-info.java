/**
 * From raw figures to HIGH/LOW: the juknis names power (kekuatan, PROFILE-s: reach) and influence
 * (pengaruh, PROFILE-t: positive responses) but gives no threshold (GAP-15) and no way to combine
 * media (GAP-16). This package makes both explicit policy values: how figures are aggregated per KIM
 * as of a date ({@link id.kim.rules.mapping.threshold.MetricFigures}) and where "high" begins —
 * absolute numbers per metric or relative to the Dinas' own population
 * ({@link id.kim.rules.mapping.threshold.ThresholdPolicy}). Everything here is PROPOSED.
 */
@KimStyle
package id.kim.rules.mapping.threshold;

import id.kim.core.style.KimStyle;
