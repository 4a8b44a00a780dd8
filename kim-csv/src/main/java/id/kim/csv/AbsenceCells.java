package id.kim.csv;

import id.kim.core.community.KimProfile;
import id.kim.core.community.KnownAbsence;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The marker {@value #MARKER} of Tabel 3.1: a cell that says the fact is recorded as none (tercatat
 * tidak ada, {@link KnownAbsence}), where an empty cell says only "not recorded". Read in any case and
 * spacing ({@code TIDAK ADA}, {@code tidak  ada}); {@code -} is not a marker. In {@code Nomor Induk
 * Komunitas} it records {@link KnownAbsence#COMMUNITY_NUMBER}; in {@code Jenis Media}, which covers
 * every means of dissemination (face-to-face included), both {@link KnownAbsence#MEDIA} and
 * {@link KnownAbsence#OTHER_DISSEMINATION_MEANS}.
 */
final class AbsenceCells {
  /** The marker as the writer writes it. */
  static final String MARKER = "Tidak ada";
  private static final String NORMAL = "tidak ada";
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private AbsenceCells() {}

  /**
   * @param cell a cell's text
   * @return true if the whole cell is the marker, in any case and spacing ({@code "TIDAK  ADA"}); {@code -}
   *     is not the marker: spreadsheets use it for "not filled in" as often as for "none"
   */
  static boolean isMarker(String cell) {
    String t = CellText.strip(cell);
    if (t.length() < NORMAL.length() || Character.toLowerCase(t.charAt(0)) != 't') {
      return false; // asked of many cells: no work for the common case
    }
    return normal(t).equals(NORMAL);
  }

  /** @return true if the cell holds the marker beside something else (a row error: which is it?) */
  static boolean mixesMarker(String cell) {
    if (isMarker(cell)) {
      return false;
    }
    if (normal(cell).contains(NORMAL)) {
      for (String item : CellText.items(cell)) {
        if (isMarker(item)) {
          return true;
        }
      }
      return normal(cell).startsWith(NORMAL + " ") || normal(cell).endsWith(" " + NORMAL);
    }
    return false;
  }

  /** @return the marker if the profile records the number as none, else empty */
  static String number(KimProfile p) {
    return p.communityNumber().isEmpty() && p.isRecordedAsNone(KnownAbsence.COMMUNITY_NUMBER) ? MARKER : "";
  }

  /** @return true if the profile records both media and other means as none, which the marker of "Jenis Media" says */
  static boolean noMeans(KimProfile p) {
    return p.media().isEmpty() && p.isRecordedAsNone(KnownAbsence.MEDIA)
        && p.isRecordedAsNone(KnownAbsence.OTHER_DISSEMINATION_MEANS);
  }

  private static String normal(String text) {
    return SPACES.matcher(CellText.strip(text)).replaceAll(" ").toLowerCase(Locale.ROOT);
  }
}
