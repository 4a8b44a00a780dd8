/**
 * Who runs and who belongs to a KIM: the board (susunan pengurus, MAP-ENTRY-4, PARTNER-LEGAL-3), its members (anggota,
 * TERM-3) and affiliations (PARTNER-ADMIN-3/4, TERM-2).
 */
@KimStyle
package id.kim.core.organisation;

import id.kim.core.style.KimStyle;
