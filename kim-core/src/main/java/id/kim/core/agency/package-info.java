/**
 * The government agencies of the juknis: Dinas Kominfo at provincial and regency/city level (ARCH-3, ARCH-4) and the
 * officers who record assessments.
 */
@KimStyle
package id.kim.core.agency;

import id.kim.core.style.KimStyle;
