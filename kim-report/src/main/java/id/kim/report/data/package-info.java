/**
 * The inputs of the pipeline and how they are read: the Dinas and KIM records, Tabel 3.1
 * profiles (CSV), the mapping's assessments, issues, decisions and policy, a year of monitoring (all
 * JSON of the contract of kim-json, {@code docs/json.md}; a KIM may be named by its name alone and is
 * completed from the records), the national table of 2023, and the bundled sample of Kabupaten Jembrana
 * (Bali, 51.01): real kecamatan and kelurahan/desa with their Kemendagri codes, fictional KIM and people.
 */
@KimStyle
package id.kim.report.data;

import id.kim.core.style.KimStyle;
