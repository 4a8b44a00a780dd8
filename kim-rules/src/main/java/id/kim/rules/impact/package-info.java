/**
 * Rule-variant impact (dampak perubahan aturan): what a change to the rules would do to a register
 * before it is made. A {@link id.kim.rules.impact.Variant} names the juknis rule set it starts from
 * and what differs — the Dinas' policies where the juknis is silent (RULES.md §4, all PROPOSED) and
 * rules removed; {@link id.kim.rules.impact.Impact} decides every KIM of a register under a base and
 * a variant and reports, per KIM, both decisions and the findings whose outcome changed, and the
 * tallies of verdict transitions overall, by province and by regency/city, with the rules
 * responsible for each.
 */
@KimStyle
package id.kim.rules.impact;

import id.kim.core.style.KimStyle;
