package id.kim.csv;

import id.kim.core.agency.Dinas;
import id.kim.core.region.Address;
import id.kim.core.region.District;
import id.kim.core.region.RegencyCity;
import id.kim.core.region.RegencyCityKind;
import id.kim.core.region.RtRw;
import id.kim.core.region.Village;
import id.kim.core.region.VillageKind;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the address cells of Tabel 3.1 (PROFILE-e..h): street and number, RT/RW, kelurahan/desa,
 * kecamatan and kabupaten/kota, with the prefixes a Dinas writes ("Desa …", "Kec. …", "Kab. …").
 */
final class RegionCells {
  private static final Pattern REGENCY = Pattern.compile("(?i)(kabupaten|kab\\.?|kota|kodya)\\s+(.+)");
  private static final Pattern DISTRICT = Pattern.compile("(?i)(kecamatan|kec\\.?)\\s+(.+)");
  private static final Pattern VILLAGE =
      Pattern.compile("(?i)(kelurahan|kel\\.?|desa|ds\\.?|kampung|kp\\.?|nagari|gampong|kalurahan|pekon|lembang|negeri)"
          + "\\s+(.+)");
  private static final Pattern HOUSE_NUMBER = Pattern.compile("(?i)^(.*?)[,\\s]+no\\.?\\s*([0-9][0-9A-Za-z/-]*)$");

  private RegionCells() {}

  /**
   * @param text e.g. "Kabupaten Jembrana", "Kab. Jembrana", "Kota Denpasar", or "Jembrana" for the Dinas' own
   * @param dinas the reading Dinas: it gives the province, and a regency/city Dinas accepts only its own
   *     area (MAP-RULE-a)
   * @return the regency or city
   */
  static RegencyCity regencyCity(String text, Dinas dinas) {
    Matcher m = REGENCY.matcher(CellText.strip(text));
    Optional<RegencyCity> own = dinas.regencyCity();
    RegencyCity found;
    if (m.matches()) {
      RegencyCityKind kind =
          m.group(1).toLowerCase(Locale.ROOT).startsWith("kab") ? RegencyCityKind.KABUPATEN : RegencyCityKind.KOTA;
      found = RegencyCity.of(CellText.strip(m.group(2)), kind, dinas.province());
    } else if (own.isPresent() && own.get().name().equalsIgnoreCase(CellText.strip(text))) {
      found = own.get();
    } else {
      throw new CellFormatException("csv.regencyCity.kind");
    }
    if (own.isPresent()) {
      if (!(own.get().kind() == found.kind() && own.get().name().equalsIgnoreCase(found.name()))) {
        throw new CellFormatException("csv.regencyCity.outside", own.get().fullName());
      }
      return own.get();
    }
    return found;
  }

  /**
   * @param text a Kelurahan/Desa or Kecamatan cell
   * @return true if the whole cell is the marker {@code Tidak ada} (any case, any spacing): the Dinas
   *     records that the KIM has no seat at that level (MAP-ENTRY-2), e.g. a kecamatan forum has no
   *     kelurahan/desa. {@code -} is not the marker: spreadsheets use it for "not filled in" as often
   *     as for "none".
   */
  static boolean isNone(String text) {
    return AbsenceCells.isMarker(text);
  }

  /** @return the kecamatan's name without "Kecamatan"/"Kec." */
  static String districtName(String text) {
    Matcher m = DISTRICT.matcher(CellText.strip(text));
    return m.matches() ? CellText.strip(m.group(2)) : CellText.strip(text);
  }

  /**
   * @param text e.g. "Desa Mekarsari", "Kel. Sukajadi", "Nagari Koto Baru" or "Mekarsari"
   * @param unstated the kind when the text does not say
   * @param district its kecamatan
   * @return the village unit (GAP-24: another local name — Nagari, Gampong, Kalurahan, … — is kept as
   *     {@code OTHER_LOCAL_NAME})
   */
  static Village village(String text, VillageKind unstated, District district) {
    Matcher m = VILLAGE.matcher(CellText.strip(text));
    if (!m.matches()) {
      return Village.of(CellText.strip(text), unstated, district);
    }
    String prefix = m.group(1).toLowerCase(Locale.ROOT);
    String name = CellText.strip(m.group(2));
    switch (prefix.replace(".", "")) {
      case "kelurahan", "kel" -> {
        return Village.of(name, VillageKind.KELURAHAN, district);
      }
      case "desa", "ds" -> {
        return Village.of(name, VillageKind.DESA, district);
      }
      case "kampung", "kp" -> {
        return Village.of(name, VillageKind.KAMPUNG, district);
      }
      default -> { }
    }
    String local = Character.toUpperCase(prefix.charAt(0)) + prefix.substring(1);
    return Village.builder().name(name).kind(VillageKind.OTHER_LOCAL_NAME).localKindName(local).district(district)
        .build();
  }

  /**
   * @param text the street line, e.g. "Jl. Melati No. 12" (the number is split off) or "Dusun Krajan"
   * @param rtRw the RT/RW, if given
   * @return the address
   */
  static Address address(String text, Optional<RtRw> rtRw) {
    String t = CellText.strip(text);
    Matcher m = HOUSE_NUMBER.matcher(t);
    Address.Builder b = Address.builder().rtRw(rtRw);
    if (m.matches() && !m.group(1).isBlank()) {
      return b.street(CellText.strip(m.group(1))).number(m.group(2)).build();
    }
    return b.street(t).build();
  }

  /** @return RT/RW from "003/005", "RT 3 / RW 5" or "RT.03 RW.05" */
  static RtRw rtRw(String text) {
    int slash = text.indexOf('/');
    if (slash > 0 && slash < text.length() - 1 && CellText.isAsciiDigits(text, 0, slash)
        && CellText.isAsciiDigits(text, slash + 1, text.length())) {
      return RtRw.of(text.substring(0, slash), text.substring(slash + 1));
    }
    try {
      return RtRw.parse(CellText.strip(text));
    } catch (IllegalArgumentException e) {
      throw new CellFormatException("csv.rtRw");
    }
  }
}
