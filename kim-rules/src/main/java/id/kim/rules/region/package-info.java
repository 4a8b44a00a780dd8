/**
 * The region-code rules REGION-CODE-1..4 (PROPOSED project rules on Tabel 3.1 fields f–h and
 * MAP-ENTRY-2) as a rule set, so that they are catalogued and explained like the juknis rules: each
 * rule turns the {@link id.kim.core.validation.FieldViolation}s of kim-core's region-code validation
 * into one {@link id.kim.rules.explain.Finding} with the field paths as evidence.
 */
package id.kim.rules.region;
