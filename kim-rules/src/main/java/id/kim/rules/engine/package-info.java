/**
 * Rules as values: a {@link id.kim.rules.engine.Rule} is its RULES.md ID, its juknis citation and a
 * pure function of (facts, as-of date) to a finding; a {@link id.kim.rules.engine.RuleSet} is a named,
 * versioned, ordered collection of rules that callers derive their own from (add, replace or disable
 * a rule by ID).
 */
@KimStyle
package id.kim.rules.engine;

import id.kim.core.style.KimStyle;
