package id.kim.core.region;

import id.kim.core.validation.MissingValueException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How region names are compared: Dinas registers write {@code "Kab. Jembrana"}, {@code "KABUPATEN
 * JEMBRANA"} or {@code "Jembrana"} for the same kabupaten, and {@code "Desa Gumbrih"} for the
 * village the Kemendagri register calls {@code "Gumbrih"}. Two names of one level are the same name
 * when their {@linkplain #normalized normalized} forms are equal.
 *
 * <p>Only the prefixes of the level are left out, so the kecamatan {@code "Kota Agung"} keeps its
 * name. At the regency/city level {@code "Kota Tangerang"} and {@code "Kabupaten Tangerang"} have the
 * same normalized name: a lookup by name must keep the kind when the name gives it
 * ({@link #kindPrefix}) and must refuse to choose between two candidates.
 */
public final class RegionNames {

  private static final Pattern PROVINCE_PREFIX = Pattern.compile("^(provinsi|prov)\\b\\.?\\s*");
  private static final Pattern REGENCY_CITY_PREFIX =
      Pattern.compile("^(kabupaten|kab|kota)\\b\\.?\\s*(administrasi\\s+|adm\\.?\\s*)?");
  private static final Pattern DISTRICT_PREFIX = Pattern.compile("^(kecamatan|kec)\\b\\.?\\s*");
  private static final Pattern VILLAGE_PREFIX = Pattern.compile("^(kelurahan|kel|desa|ds)\\b\\.?\\s*");
  private static final Pattern KOTA = Pattern.compile("^kota\\b.*");
  private static final Pattern KABUPATEN = Pattern.compile("^(kabupaten|kab)\\b.*");
  private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private RegionNames() {}

  /**
   * @param name a region name as written
   * @param level the level it names
   * @return the name in lower case, accents and punctuation removed, single spaces, and a leading
   *     prefix of the level left out: {@code "Kab.  Jembrana"} → {@code "jembrana"}
   */
  public static String normalized(String name, RegionLevel level) {
    String lower = lowerCase(MissingValueException.requireNonNull(name, "name"));
    String withoutPrefix = prefixOf(MissingValueException.requireNonNull(level, "level"))
        .matcher(lower).replaceFirst("");
    return NOT_LETTER_OR_DIGIT.matcher(withoutPrefix).replaceAll(" ").strip();
  }
  /** @return the pattern of the kind prefixes a name of {@code level} may start with */
  private static Pattern prefixOf(RegionLevel level) {
    return switch (level) {
      case PROVINCE -> PROVINCE_PREFIX;
      case REGENCY_CITY -> REGENCY_CITY_PREFIX;
      case DISTRICT -> DISTRICT_PREFIX;
      case VILLAGE -> VILLAGE_PREFIX;
    };
  }


  /**
   * @param a a name
   * @param b another name
   * @param level the level both name
   * @return true if they name the same region once normalized
   */
  public static boolean sameName(String a, String b, RegionLevel level) {
    MissingValueException.requireNonNull(a, "a");
    MissingValueException.requireNonNull(b, "b");
    return normalized(a, level).equals(normalized(b, level));
  }

  /**
   * @param name a regency/city name as written
   * @return {@link RegencyCityKind#KOTA} or {@link RegencyCityKind#KABUPATEN} when the name begins with
   *     its kind ({@code "Kota Tangerang"}, {@code "Kab. Tangerang"}); empty when it does not say
   */
  public static Optional<RegencyCityKind> kindPrefix(String name) {
    String lower = lowerCase(MissingValueException.requireNonNull(name, "name"));
    if (KOTA.matcher(lower).matches()) {
      return Optional.of(RegencyCityKind.KOTA);
    }
    return KABUPATEN.matcher(lower).matches() ? Optional.of(RegencyCityKind.KABUPATEN) : Optional.empty();
  }

  private static String lowerCase(String name) {
    return MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("")
        .toLowerCase(Locale.ROOT).strip();
  }
}
