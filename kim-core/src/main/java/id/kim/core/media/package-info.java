/**
 * The media a KIM manages (PROFILE-l, -o; Tabel 4.6 MEDIA-1..7), their platforms and the content types it produces
 * (PROFILE-q).
 */
@KimStyle
package id.kim.core.media;

import id.kim.core.style.KimStyle;
