/**
 * The administrative regions of Indonesia as the juknis uses them: provinsi → kabupaten/kota → kecamatan →
 * kelurahan/desa/kampung "atau yang disebut dengan nama lain" (MAP-ENTRY-2, PROFILE-e..h).
 */
@KimStyle
package id.kim.core.region;

import id.kim.core.style.KimStyle;
