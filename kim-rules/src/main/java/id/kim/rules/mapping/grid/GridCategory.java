package id.kim.rules.mapping.grid;

import id.kim.core.i18n.Lang;
import id.kim.rules.explain.Citation;
import id.kim.rules.explain.RuleId;
import io.vavr.collection.List;
import io.vavr.collection.Seq;

/**
 * The categories of Tabel 3.3 "Kategori KIM dan Pendekatan yang Perlu Dilakukan" (GRID-1..4), in the
 * table's row order, with their default approaches (GAP-17), plus {@link #UNCLASSIFIED}, which only
 * {@link MixedCasePolicy#MANUAL} produces.
 *
 * <p><b>Approach strength</b> (PROPOSED, for the monotonicity law): 4 &lt; 3 &lt; 1 and 4 &lt; 2 &lt;
 * 1; categories 2 and 3 are not comparable (persuasion and capacity building answer different
 * needs); {@link #UNCLASSIFIED} is comparable only with itself. With {@link MixedCasePolicy#BOTH_HIGH}
 * or {@link MixedCasePolicy#EITHER_HIGH}, raising interest, power or influence never moves a KIM to
 * a weaker category.
 */
public enum GridCategory {
  /** GRID-1 — high interest, power and influence: make the KIM a partner. */
  G1_PARTNER("KIM dengan ketertarikan, kekuatan, dan pengaruh tinggi", "high interest, power and influence",
      List.of(Approach.MAKE_PARTNER)),
  /** GRID-2 — low interest, high power and influence: persuade it to become a partner. */
  G2_PERSUADE("KIM dengan ketertarikan rendah, kekuatan, dan pengaruh tinggi", "low interest, high power and influence",
      List.of(Approach.PERSUADE_TO_PARTNER)),
  /** GRID-3 — high interest, low power and influence: guidance and capacity building, keep informed (III.D). */
  G3_BUILD_CAPACITY("KIM dengan ketertarikan tinggi, kekuatan dan pengaruh rendah",
      "high interest, low power and influence",
      List.of(Approach.GUIDANCE_AND_CAPACITY_BUILDING, Approach.KEEP_INFORMED)),
  /** GRID-4 — low interest, power and influence: record and monitor. */
  G4_RECORD_AND_MONITOR("KIM dengan ketertarikan kekuatan, dan pengaruh rendah.", "low interest, power and influence",
      List.of(Approach.RECORD_AND_MONITOR)),
  /** Not yet classified: a combination Tabel 3.3 does not name, under the MANUAL policy (GAP-14). */
  UNCLASSIFIED("Belum terklasifikasi (menunggu keputusan Dinas)", "not classified (awaiting the Dinas' decision)",
      List.empty());

  private final String id;
  private final String en;
  private final Seq<Approach> approaches;
  private final RuleId ruleId;

  GridCategory(String id, String en, Seq<Approach> approaches) {
    this.id = id;
    this.en = en;
    this.approaches = approaches;
    this.ruleId = RuleId.of(approaches.isEmpty() ? "GRID-VAR" : "GRID-" + (ordinal() + 1));
  }

  /** @return the row number in Tabel 3.3 (1–4), 5 for {@link #UNCLASSIFIED} (sorted last) */
  public int row() {
    return ordinal() + 1;
  }

  /** @return {@code GRID-1} … {@code GRID-4}; {@code GRID-VAR} for {@link #UNCLASSIFIED} */
  public RuleId ruleId() {
    return ruleId;
  }

  /**
   * @param lang the language
   * @return the category; in Indonesian verbatim from Tabel 3.3
   */
  public String label(Lang lang) {
    return lang == Lang.ID ? id : en;
  }

  /** @return the default approaches (GAP-17): the table's approach, and for row 3 also III.D's "keep informed" */
  public Seq<Approach> approaches() {
    return approaches;
  }

  /** @return the juknis citation of the table row (GRID-VAR for {@link #UNCLASSIFIED}) */
  public Citation citation() {
    if (this == UNCLASSIFIED) {
      return MixedCasePolicy.CITATION;
    }
    return Citation.of("III.C, Tabel 3.3 No. " + row(), id + " — " + approaches.head().label(Lang.ID));
  }

  /**
   * @param other another category
   * @return true if this category's approach is at least as strong as the other's (see the class
   *     comment for the partial order)
   */
  public boolean isAtLeastAsStrongAs(GridCategory other) {
    if (this == other) {
      return true;
    }
    if (this == UNCLASSIFIED || other == UNCLASSIFIED) {
      return false;
    }
    return this == G1_PARTNER || other == G4_RECORD_AND_MONITOR;
  }

  /**
   * @param other another category
   * @return true if this category's approach is strictly weaker than the other's
   */
  public boolean isWeakerThan(GridCategory other) {
    return this != other && other.isAtLeastAsStrongAs(this);
  }

  /**
   * @param interest the interest level
   * @param axis the level of the combined power/influence axis
   * @return the Tabel 3.3 category of that pair
   */
  static GridCategory of(Level interest, Level axis) {
    if (axis.isHigh()) {
      return interest.isHigh() ? G1_PARTNER : G2_PERSUADE;
    }
    return interest.isHigh() ? G3_BUILD_CAPACITY : G4_RECORD_AND_MONITOR;
  }
}
