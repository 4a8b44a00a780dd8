/**
 * Mapping stage C, "Melakukan Pemetaan KIM Berdasarkan Ketertarikan, Kekuatan dan Pengaruhnya"
 * (MAP-STAGE-C, MAP-RULE-d): the three variables (GRID-VAR), the four categories of Tabel 3.3 and
 * their approaches (GRID-1..4), the resolution of the four combinations the juknis does not name
 * ({@link id.kim.rules.mapping.grid.MixedCasePolicy}, GAP-14), and the placement of every KIM of a
 * census, recording which policy and which numbers decided it.
 */
@KimStyle
package id.kim.rules.mapping.grid;

import id.kim.core.style.KimStyle;
