/**
 * Import of Tabel 3.1 "Tabel Profiling KIM" (MAP-STAGE-A, PROFILE-a..t) from the CSV a Dinas exports
 * from its spreadsheet: Indonesian headers, {@code ;} or {@code ,}, UTF-8 with or without BOM.
 * Every row becomes a {@link id.kim.core.community.KimProfile} or a {@link id.kim.csv.RowError};
 * rows stream in bounded memory. Entry point: {@link id.kim.csv.Tabel31Reader}.
 *
 * <p>Depends only on kim-core and Vavr, so it can move to a library module of its own unchanged.
 */
@KimStyle
package id.kim.csv;

import id.kim.core.style.KimStyle;
