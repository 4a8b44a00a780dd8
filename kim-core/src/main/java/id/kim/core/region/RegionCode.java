package id.kim.core.region;

import id.kim.core.validation.MissingValueException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Kemendagri region code (kode wilayah): the key by which Indonesian government systems name a
 * provinsi ({@code 51}), kabupaten/kota ({@code 51.01}), kecamatan ({@code 51.01.03}) or
 * kelurahan/desa ({@code 51.01.03.2006}). A code contains its parents' codes as its prefix, so
 * {@code 51.01.03.2006} lies in {@code 51.01.03}, which lies in {@code 51.01}, which lies in {@code 51}.
 *
 * <p>This type knows only the shape of a code; whether a code exists, and which name it has, is the
 * business of a {@link RegionDirectory} (module kim-regions ships the published register). Immutable
 * and thread-safe; equal codes are equal whatever form they were parsed from.
 */
public final class RegionCode implements Comparable<RegionCode> {

  private static final Pattern DOTTED = Pattern.compile("\\d{2}(\\.\\d{2}(\\.\\d{2}(\\.\\d{4})?)?)?");
  private static final Pattern PLAIN = Pattern.compile("\\d{2}|\\d{4}|\\d{6}|\\d{10}");

  private final String digits;
  private final RegionLevel level;

  private RegionCode(String digits) {
    this.digits = digits;
    this.level = RegionLevel.ofDigits(digits.length());
  }

  /**
   * Parses a code in its dotted form ({@code 51}, {@code 51.01}, {@code 51.01.03},
   * {@code 51.01.03.2006}) or as plain digits ({@code 5101}, {@code 5101032006}); surrounding
   * whitespace is ignored.
   *
   * @param text the code as written
   * @return the code
   * @throws RegionCodeFormatException if the text is neither form; its message says what was wrong
   */
  public static RegionCode parse(CharSequence text) {
    String trimmed = MissingValueException.requireNonNull(text, "text").toString().strip();
    if (DOTTED.matcher(trimmed).matches() || PLAIN.matcher(trimmed).matches()) {
      return new RegionCode(trimmed.replace(".", ""));
    }
    throw new RegionCodeFormatException(trimmed);
  }

  /**
   * @param text the code as written, possibly malformed
   * @return the code, or empty if the text is not a region code
   */
  public static Optional<RegionCode> tryParse(CharSequence text) {
    String trimmed = MissingValueException.requireNonNull(text, "text").toString().strip();
    return DOTTED.matcher(trimmed).matches() || PLAIN.matcher(trimmed).matches()
        ? Optional.of(new RegionCode(trimmed.replace(".", "")))
        : Optional.empty();
  }

  /** @return the level the code names: provinsi, kabupaten/kota, kecamatan or kelurahan/desa */
  public RegionLevel level() {
    return level;
  }

  /** @return the code as plain digits, e.g. {@code "5101032006"} */
  public String digits() {
    return digits;
  }

  /** @return the parent's code ({@code 51.01} for {@code 51.01.03}), empty for a province */
  public Optional<RegionCode> parent() {
    return switch (level) {
      case PROVINCE -> Optional.empty();
      case REGENCY_CITY -> Optional.of(new RegionCode(digits.substring(0, 2)));
      case DISTRICT -> Optional.of(new RegionCode(digits.substring(0, 4)));
      case VILLAGE -> Optional.of(new RegionCode(digits.substring(0, 6)));
    };
  }

  /**
   * @param ancestor the level wanted, not below this code's own
   * @return this code cut to that level, e.g. the regency/city {@code 51.01} of {@code 51.01.03.2006}
   * @throws IllegalArgumentException if the level lies below this code's
   */
  public RegionCode truncatedTo(RegionLevel ancestor) {
    MissingValueException.requireNonNull(ancestor, "ancestor");
    if (ancestor.digits() > level.digits()) {
      throw new IllegalArgumentException("a " + level.label() + " code " + this + " has no "
          + ancestor.label() + " code below it");
    }
    return ancestor == level ? this : new RegionCode(digits.substring(0, ancestor.digits()));
  }

  /**
   * @param other another code
   * @return true if this code is {@code other} or lies within it, e.g. {@code 51.01.03.2006} within
   *     {@code 51.01}
   */
  public boolean isWithin(RegionCode other) {
    MissingValueException.requireNonNull(other, "other");
    return digits.startsWith(other.digits);
  }

  /**
   * @return for a kelurahan/desa code, whether Kemendagri's numbering marks it a kelurahan (the
   *     village part begins with 1) rather than a desa (2); empty for other levels and other digits
   */
  public Optional<VillageKind> villageKind() {
    if (level != RegionLevel.VILLAGE) {
      return Optional.empty();
    }
    return switch (digits.charAt(6)) {
      case '1' -> Optional.of(VillageKind.KELURAHAN);
      case '2' -> Optional.of(VillageKind.DESA);
      default -> Optional.empty();
    };
  }

  @Override
  public int compareTo(RegionCode other) {
    return digits.compareTo(other.digits);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RegionCode code && digits.equals(code.digits);
  }

  @Override
  public int hashCode() {
    return digits.hashCode();
  }

  /** @return the dotted form, e.g. {@code "51.01.03.2006"} */
  @Override
  public String toString() {
    return switch (level) {
      case PROVINCE -> digits;
      case REGENCY_CITY -> digits.substring(0, 2) + "." + digits.substring(2);
      case DISTRICT -> digits.substring(0, 2) + "." + digits.substring(2, 4) + "." + digits.substring(4);
      case VILLAGE -> digits.substring(0, 2) + "." + digits.substring(2, 4) + "." + digits.substring(4, 6)
          + "." + digits.substring(6);
    };
  }
}
