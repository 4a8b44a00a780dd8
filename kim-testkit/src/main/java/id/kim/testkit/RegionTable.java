package id.kim.testkit;

import id.kim.core.region.District;
import id.kim.core.region.Province;
import id.kim.core.region.RegencyCity;
import id.kim.core.region.RegencyCityKind;
import id.kim.core.region.RegionLevel;
import id.kim.core.region.Village;
import id.kim.core.region.VillageKind;
import id.kim.regions.Region;
import id.kim.regions.RegionRegister;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The real regions kim-testkit seats KIM in: the 38 provinces and every kecamatan and kelurahan/desa of
 * the kabupaten/kota listed in {@code regions.txt}, with their Kemendagri codes, from the bundled
 * register (kim-regions). The table adds what the register does not hold: the telephone area code of
 * each kabupaten/kota and what its desa are called locally (gampong, nagari, kalurahan, kampung). Read
 * once, shared, never changed; a name of the table the register does not know fails loudly.
 */
final class RegionTable {
  /** A regency or city with the data a Dinas would know about it. */
  record Regency(RegencyCity value, String codeDigits, String areaCode) {
    /** @return a short upper-case code for numbers, e.g. {@code "JEM"} for Jembrana */
    String shortCode() {
      StringBuilder letters = new StringBuilder(3);
      String name = value.name();
      for (int i = 0; i < name.length() && letters.length() < 3; i++) {
        char c = name.charAt(i);
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
          letters.append(c);
        }
      }
      return letters.toString().toUpperCase(Locale.ROOT);
    }
  }

  /**
   * One village with its district and regency: a possible seat of a KIM. Its two kim-core values
   * (with and without the regency on the district), both with the codes of village and district, are
   * built once with the table and shared by every record seated there, as a Dinas' register shares its
   * villages.
   */
  record Place(Regency regency, String district, VillageKind kind, Optional<String> localKindName, String village,
      Village withRegency, Village withoutRegency) {

    static Place of(Regency regency, Region district, Region village, VillageKind kind, Optional<String> localName) {
      Village.Builder b = Village.builder().name(village.name()).kind(kind).localKindName(localName)
          .code(village.code());
      District withRegency = District.of(district.name(), regency.value()).withCode(district.code());
      return new Place(regency, district.name(), kind, localName, village.name(),
          b.district(withRegency).build(), b.district(District.of(district.name()).withCode(district.code())).build());
    }

    /**
     * @param withRegency whether field h (kabupaten/kota) is recorded on the district
     * @return the kim-core value
     */
    Village toVillage(boolean withRegency) {
      return withRegency ? this.withRegency : withoutRegency;
    }
  }

  static final List<Province> PROVINCES;
  static final List<Regency> REGENCIES;
  static final List<Place> PLACES;
  private static final Map<Regency, List<Place>> PLACES_BY_REGENCY;

  static {
    RegionRegister register = RegionRegister.bundled();
    List<Province> provinces = new ArrayList<>();
    List<Regency> regencies = new ArrayList<>();
    List<Place> places = new ArrayList<>();
    Map<Regency, List<Place>> byRegency = new LinkedHashMap<>();
    Region province = null;
    for (String line : lines("regions.txt")) {
      String[] f = line.split("\\|");
      switch (f[0]) {
        case "P" -> {
          province = register.resolve(f[1], RegionLevel.PROVINCE, Optional.empty()).orElseThrow();
          provinces.add(RegisterValues.province(province));
        }
        case "R" -> {
          RegencyCityKind kind = RegencyCityKind.valueOf(f[1]);
          if (province == null) {
            throw new IllegalStateException("regions.txt: regency " + f[2] + " comes before any province");
          }
          Region found = register.resolve(kind.label() + " " + f[2], RegionLevel.REGENCY_CITY,
              Optional.of(province.code())).orElseThrow();
          Regency regency = new Regency(RegencyCity.of(f[2], kind, provinces.get(provinces.size() - 1))
              .withCode(found.code()), found.code().digits(), f[3]);
          regencies.add(regency);
          List<Place> in = placesOf(register, regency, f[4]);
          byRegency.put(regency, in);
          places.addAll(in);
        }
        default -> throw new IllegalStateException("regions.txt: unknown line '" + line + "'");
      }
    }
    PROVINCES = List.copyOf(provinces);
    REGENCIES = List.copyOf(regencies);
    PLACES = List.copyOf(places);
    PLACES_BY_REGENCY = Collections.unmodifiableMap(byRegency);
  }

  private RegionTable() {}

  /** @return every village of the regency in the register, in code order, with the kind its code and the table say */
  private static List<Place> placesOf(RegionRegister register, Regency regency, String desaKind) {
    String[] kind = desaKind.split(":", 2);
    VillageKind desa = VillageKind.valueOf(kind[0]);
    Optional<String> localName = kind.length == 2 ? Optional.of(kind[1]) : Optional.empty();
    List<Place> places = new ArrayList<>();
    for (Region district : register.children(regency.value().code().orElseThrow())) {
      for (Region village : register.children(district.code())) {
        boolean kelurahan = village.code().villageKind().equals(Optional.of(VillageKind.KELURAHAN));
        places.add(kelurahan
            ? Place.of(regency, district, village, VillageKind.KELURAHAN, Optional.empty())
            : Place.of(regency, district, village, desa, localName));
      }
    }
    return List.copyOf(places);
  }

  /**
   * @param regency a regency of the table
   * @return its villages, in code order
   */
  static List<Place> placesIn(Regency regency) {
    List<Place> places = PLACES_BY_REGENCY.get(regency);
    if (places == null) {
      throw new IllegalArgumentException("not a regency of the table: " + regency);
    }
    return places;
  }

  /**
   * @param value a kabupaten/kota
   * @return the regency of the table that is equal to it
   * @throws IllegalArgumentException if the table has no such regency/city
   */
  static Regency regencyOf(RegencyCity value) {
    for (Regency r : REGENCIES) {
      if (r.value().equals(value)) {
        return r;
      }
    }
    throw new IllegalArgumentException("kim-testkit's region table has no regency/city " + value.fullName()
        + "; use one of RegionSamplers.regencyCities()");
  }

  /**
   * @param resource name of a resource beside this class
   * @return its non-blank lines that are not comments
   */
  static List<String> lines(String resource) {
    try (InputStream in = RegionTable.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("kim-testkit resource missing: " + resource);
      }
      List<String> out = new ArrayList<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String t = line.strip();
        if (!t.isEmpty() && !t.startsWith("#")) {
          out.add(t);
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
