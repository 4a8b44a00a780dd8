/** Spans of calendar dates: partnership periods (PROFILE-r) and other inclusive date ranges. */
@KimStyle
package id.kim.core.time;

import id.kim.core.style.KimStyle;
