package id.kim.core.region;

import id.kim.core.privacy.Mask;

/**
 * A text given as a Kemendagri region code ({@link RegionCode}) has neither the dotted form
 * ({@code 51.01.03.2006}) nor plain digits of a level's length (2, 4, 6 or 10).
 */
public final class RegionCodeFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** @param text the text that is not a region code (masked: a field meant for a code may hold anything) */
  RegionCodeFormatException(String text) {
    super("'" + abbreviated(text) + "' is not a Kemendagri region code: expected 2, 4, 6 or 10 digits, "
        + "plain or dotted as 51, 51.01, 51.01.03 or 51.01.03.2006 (REGION-CODE-1)"
        + " / bukan kode wilayah Kemendagri");
  }

  private static String abbreviated(String text) {
    String shown = Mask.inText(text);
    return shown.length() <= 24 ? shown : shown.substring(0, 24) + "…";
  }
}
