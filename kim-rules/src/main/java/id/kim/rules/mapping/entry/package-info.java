/**
 * Masuk pemetaan — who enters the mapping (juknis II.B.3, MAP-ENTRY-1..4, MAP-RULE-0): "Kelompok
 * masyarakat yang ingin menjadi KIM dan bermitra dengan Dinas Kominfo harus masuk didalam pemetaan
 * yang dilakukan oleh Dinas Kominfo, syarat-syarat agar dapat masuk di dalam pemetaan adalah: …".
 *
 * <p>{@link id.kim.rules.mapping.entry.MappingEntrants#decide} decides MAP-ENTRY-1..4 for every record a
 * Dinas holds and splits them: an {@link id.kim.rules.mapping.entry.AdmittedKim} exists only for a record
 * whose mapping-entry decision, made here for that record, that Dinas and that day, is {@code ELIGIBLE};
 * every other record is a {@link id.kim.rules.mapping.entry.NotAdmitted} with its decision (or its invalid
 * data) and the failing findings. No record is lost: each is in exactly one of the two lists.
 */
@KimStyle
package id.kim.rules.mapping.entry;

import id.kim.core.style.KimStyle;
