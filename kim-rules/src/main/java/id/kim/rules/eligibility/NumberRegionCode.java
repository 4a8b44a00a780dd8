package id.kim.rules.eligibility;

import id.kim.core.region.RegionCode;
import id.kim.core.region.RegionLevel;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The kabupaten/kota code a Nomor Induk Komunitas carries, read conservatively (PARTNER-LEGAL-2,
 * PROPOSED, RULES.md GAP-12). The number is split into groups at {@code /}, {@code -} and spaces; a
 * group is a regency/city code when it is exactly four digits ({@code 5101}) or two and two digits
 * joined by a dot ({@code 51.01}) <em>and</em> begins with the code of the issuing Dinas' province —
 * so {@code 0007} or a year such as {@code 2024} in a Bali number is never taken for a code. Exactly
 * one such code must be found (the same code twice counts once); none, or two different ones, and
 * the number carries no code. Longer codes ({@code 51.01.03}) and digits run together with letters
 * ({@code KIM5101}) are not read.
 */
final class NumberRegionCode {
  private static final Pattern SEPARATORS = Pattern.compile("[/\\-\\s]+");
  private static final Pattern PLAIN = Pattern.compile("\\d{4}");
  private static final Pattern DOTTED = Pattern.compile("\\d{2}\\.\\d{2}");

  private NumberRegionCode() {}

  /**
   * @param number a Nomor Induk Komunitas as issued, e.g. {@code KIM/5101/0007}
   * @param province the code of the issuing Dinas' province, e.g. {@code 51}
   * @return the one kabupaten/kota code of that province the number carries, e.g. {@code 51.01}; empty
   *     if it carries none or is ambiguous
   */
  static Optional<RegionCode> in(String number, RegionCode province) {
    TreeSet<RegionCode> found = new TreeSet<>();
    for (String group : SEPARATORS.split(number)) {
      if (PLAIN.matcher(group).matches() || DOTTED.matcher(group).matches()) {
        RegionCode code = RegionCode.parse(group);
        if (code.level() == RegionLevel.REGENCY_CITY && code.isWithin(province)) {
          found.add(code);
        }
      }
    }
    return found.size() == 1 ? Optional.of(found.first()) : Optional.empty();
  }
}
