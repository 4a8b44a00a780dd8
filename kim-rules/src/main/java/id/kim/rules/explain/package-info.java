/**
 * The explanation types every rule family shares: a {@link id.kim.rules.explain.Finding} names the
 * rule (its RULES.md ID), cites the juknis, states the outcome and the evidence used, and says why in
 * Indonesian (default) and English; a {@link id.kim.rules.explain.Decision} gathers the findings of
 * one question under one rule set, as of one date, and renders to text and to a JSON-ready tree.
 */
@KimStyle
package id.kim.rules.explain;

import id.kim.core.style.KimStyle;
