/**
 * Documents a KIM presents: the SK Kepala Desa/Lurah (MAP-ENTRY-3, PARTNER-LEGAL-1, TERM-1) and the signed surat
 * pernyataan of the administrative requirements (PARTNER-ADMIN-DECL).
 */
@KimStyle
package id.kim.core.document;

import id.kim.core.style.KimStyle;
