package id.kim.rules.collaboration;

import id.kim.core.i18n.Lang;
import org.immutables.value.Value;

/**
 * One cell of Tabel 4.2 (MODEL-A-T42): its column, who acts, the juknis text and a translation. The
 * table is an image in the juknis and only its text survives in the seed, so a cell whose column had
 * to be reconstructed says so ({@link #reconstructed()}, RULES.md GAP-29).
 */
@Value.Immutable
public abstract class CoordinationCell {

  /** @return the column the cell belongs to */
  @Value.Parameter
  public abstract CoordinationColumn column();

  /** @return who acts: the Dinas or the KIM */
  @Value.Parameter
  public abstract Party actor();

  /** @return the juknis text, in Indonesian */
  @Value.Parameter
  public abstract String textId();

  /** @return a faithful English translation */
  @Value.Parameter
  public abstract String textEn();

  /** @return true if the cell's column is a reconstruction of the lost layout (GAP-29) */
  @Value.Parameter
  public abstract boolean reconstructed();

  static CoordinationCell of(CoordinationColumn column, Party actor, String textId, String textEn,
      boolean reconstructed) {
    return ImmutableCoordinationCell.of(column, actor, textId, textEn, reconstructed);
  }

  /**
   * @param lang the language
   * @return the cell's text
   */
  public String text(Lang lang) {
    return lang == Lang.ID ? textId() : textEn();
  }

  @Override
  public String toString() {
    return "(" + column().number() + ") " + textId() + (reconstructed() ? " [GAP-29]" : "");
  }
}
