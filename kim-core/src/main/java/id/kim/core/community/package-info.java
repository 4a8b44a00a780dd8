/**
 * The community itself: KIM type (TYPE-A, TYPE-B), legacy categories of PM Kominfo 8/2019 (LEGACY-CAT-1..4), the Nomor
 * Induk Komunitas (PARTNER-LEGAL-2) and the profile of Tabel 3.1 (PROFILE-a..t).
 */
@KimStyle
package id.kim.core.community;

import id.kim.core.style.KimStyle;
