/**
 * Tabel 3.1 "Tabel Profiling KIM" as CSV, in and out. Tabel 3.1 is the table of juknis III
 * (Pemetaan KIM, mapping stage A, MAP-STAGE-A) in which a Dinas Kominfo profiles every KIM of its
 * area in fields a–t: PROFILE-a name, b type, c Nomor Induk Komunitas, d chair or contact, e address
 * and RT/RW, f kelurahan/desa, g kecamatan, h kabupaten/kota, i telephone and WhatsApp, j e-mail,
 * k target audience, l media, m fields of activity, n public issues, o media kinds (derived from l),
 * p frequency, q content types, r partnership periods, s strength (reach figures) and t influence
 * (response figures).
 *
 * <p>{@link id.kim.csv.Tabel31Reader} reads the CSV a Dinas exports from its spreadsheet —
 * Indonesian headers, {@code ;}, {@code ,} or tab, UTF-8 with or without BOM or a Windows-1252
 * ("ANSI") export — into a {@link id.kim.core.community.KimProfile} or a {@link id.kim.csv.RowError}
 * per row, streaming in bounded memory; {@link id.kim.csv.Tabel31Writer} writes profiles back to the
 * same columns. Splitting records and quoting are FastCSV's; this package maps cells to fields.
 * The format, the errors and the limits: docs/csv.md.
 *
 * <p>Depends only on kim-core, Vavr and FastCSV.
 */
@KimStyle
package id.kim.csv;

import id.kim.core.style.KimStyle;
