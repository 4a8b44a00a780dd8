/**
 * Monitoring and evaluation of a KIM's dissemination (juknis V): the three measures of Tabel 5.1 —
 * Output (MEASURE-1), Outtakes (MEASURE-2), Outcome (MEASURE-3) — over explicit periods, with exact
 * rational results that are either a value or "not measurable" with a reason; the Tabel 5.2 and 5.3
 * tables for the Ministry platform (MONITOR-PLATFORM); and the evaluation that says whether to continue
 * the collaboration (MONITOR-PURPOSE), answered in the shared findings of {@code id.kim.rules.explain}.
 * Formulas and their sources: {@code docs/evaluation.md}.
 */
@KimStyle
package id.kim.rules.evaluation;

import id.kim.core.style.KimStyle;
