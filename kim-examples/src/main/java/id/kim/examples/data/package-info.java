/**
 * The inputs of the examples' pipeline and how they are read: the Dinas and KIM records (JSON
 * contract of kim-json), Tabel 3.1 profiles (CSV), grid assessments, monitoring logs, social-media
 * posts and surveys (provisional JSON shapes until the mapping and evaluation families define
 * them), the national table of 2023, and the bundled sample of the fictional Kabupaten Sukamaju.
 */
@KimStyle
package id.kim.examples.data;

import id.kim.core.style.KimStyle;
