/**
 * Raw, dated observations of a KIM's strength (kekuatan, PROFILE-s) and influence (pengaruh, PROFILE-t). They are
 * numbers, never the HIGH/LOW levels of the grid (GAP-13, GAP-15).
 */
@KimStyle
package id.kim.core.metric;

import id.kim.core.style.KimStyle;
