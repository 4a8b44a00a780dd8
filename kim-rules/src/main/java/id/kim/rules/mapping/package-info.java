/**
 * Pemetaan KIM — the five mapping stages of juknis chapter III as one pure function of a Dinas' data
 * and an as-of date (MAP-STAGE-A..E, the ground rules MAP-RULE-0..e of II.B.3):
 *
 * <ol type="A">
 *   <li>{@link id.kim.rules.mapping.profiling} — collect and categorise: the census of profiles
 *       (Tabel 3.1), their completeness and their facets (MAP-A-1..3, PROFILE-a..t, MAP-RULE-b);</li>
 *   <li>{@link id.kim.rules.mapping.issue} — public issues by target audience (Tabel 3.2,
 *       ISSUE-*, MAP-RULE-c);</li>
 *   <li>{@link id.kim.rules.mapping.grid} with {@link id.kim.rules.mapping.threshold} — interest,
 *       power and influence (Tabel 3.3, GRID-*, MAP-RULE-d);</li>
 *   <li>{@link id.kim.rules.mapping.priority} — the KIM to prioritise and involve (PRIORITY-1..2,
 *       MAP-RULE-e);</li>
 *   <li>{@link id.kim.rules.mapping.report} — the mapping report (REPORT-1).</li>
 * </ol>
 *
 * <p>Before stage A, {@link id.kim.rules.mapping.entry} decides who enters the mapping (II.B.3,
 * MAP-ENTRY-1..4): {@link id.kim.rules.mapping.MappingInput#admitted} starts an input from the admitted KIM,
 * and the report lists the others apart.
 *
 * <p>{@link id.kim.rules.mapping.Mapping} runs them in order. Sub-packages never depend on this
 * package; each stage depends only on the stages before it.
 */
@KimStyle
package id.kim.rules.mapping;

import id.kim.core.style.KimStyle;
