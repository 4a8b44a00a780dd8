/**
 * Contacts of a KIM (Tabel 3.1 PROFILE-d, -i, -j): people's names, phone and WhatsApp numbers, e-mail addresses — all
 * personal data, masked in every {@code toString}.
 */
@KimStyle
package id.kim.core.contact;

import id.kim.core.style.KimStyle;
