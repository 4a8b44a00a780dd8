package id.kim.rules.mapping.grid;

import id.kim.core.i18n.Lang;
import id.kim.rules.explain.Citation;
import id.kim.rules.explain.RuleId;
import io.vavr.control.Option;
import org.jspecify.annotations.Nullable;

/**
 * The three variables of the mapping — "yakni ketertarikan, kekuatan, dan pengaruh" (GRID-VAR).
 * Power and influence have figures in the profile (PROFILE-s, PROFILE-t); interest has none — it
 * is the Dinas' assessment (GAP-16), and not the fields of interest of PROFILE-m (GAP-13).
 *
 * <p>GRID-VAR is cited by several classes of the package ({@code GridPlacer}, {@code PlacementExplanation}),
 * so its ID and citation sit here, on the type that names the three variables.
 */
public enum GridVariable {
  /** Ketertarikan — interest (a level; not PROFILE-m "Bidang Kegiatan/Ketertarikan"). */
  INTEREST("ketertarikan", "interest", null),
  /** Kekuatan — power: the reach of the KIM's media (PROFILE-s). */
  POWER("kekuatan", "power", "PROFILE-s"),
  /** Pengaruh — influence: the positive responses of its audience (PROFILE-t). */
  INFLUENCE("pengaruh", "influence", "PROFILE-t");

  /** GRID-VAR — the three mapping variables. */
  static final RuleId GRID_VAR = RuleId.of("GRID-VAR");
  /** Citation of GRID-VAR. */
  static final Citation GRID_VAR_CITATION = Citation.of("III.C",
      "terdapat sejumlah variabel yang perlu diperhatikan, yakni ketertarikan, kekuatan, dan pengaruh");

  private final String id;
  private final String en;
  private final @Nullable String profileField;

  GridVariable(String id, String en, @Nullable String profileField) {
    this.id = id;
    this.en = en;
    this.profileField = profileField;
  }

  /** @return the Tabel 3.1 field holding its figures, none for interest */
  public Option<String> profileField() {
    return Option.of(profileField);
  }

  /**
   * @param lang the language
   * @return e.g. "kekuatan" / "power"
   */
  public String label(Lang lang) {
    return lang == Lang.ID ? id : en;
  }
}
