package id.kim.regions;

import id.kim.core.region.RegionCode;
import id.kim.core.region.VillageKind;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Tells apart a kelurahan and a desa of one name in one kecamatan (e.g. 81.71.01.1006 Nusaniwe, a
 * kelurahan, and 81.71.01.2003 Nusaniwe, a desa) by the kind a Dinas writes before the name, against
 * the kind the code carries ({@link RegionCode#villageKind()}).
 */
final class VillageKinds {
  private VillageKinds() {}

  /**
   * @param candidates villages of one name
   * @param name the name as written
   * @return the candidates of the kind the name states, if that leaves at least one; else all of them
   */
  static List<RegionCode> narrowed(List<RegionCode> candidates, String name) {
    Optional<VillageKind> stated = stated(name);
    if (stated.isEmpty()) {
      return candidates;
    }
    List<RegionCode> ofKind = candidates.stream().filter(code -> code.villageKind().equals(stated)).toList();
    return ofKind.isEmpty() ? candidates : ofKind;
  }

  /** @return the kind a name begins with: {@code Kelurahan}/{@code Kel.} or {@code Desa}/{@code Ds.} */
  static Optional<VillageKind> stated(String name) {
    String lower = name.strip().toLowerCase(Locale.ROOT);
    if (startsWithWord(lower, "kelurahan") || startsWithWord(lower, "kel")) {
      return Optional.of(VillageKind.KELURAHAN);
    }
    if (startsWithWord(lower, "desa") || startsWithWord(lower, "ds")) {
      return Optional.of(VillageKind.DESA);
    }
    return Optional.empty();
  }

  private static boolean startsWithWord(String text, String word) {
    return text.startsWith(word) && text.length() > word.length()
        && !Character.isLetterOrDigit(text.charAt(word.length()));
  }
}
