package id.kim.testkit;

import id.kim.core.region.District;
import id.kim.core.region.Province;
import id.kim.core.region.RegencyCity;
import id.kim.core.region.RegencyCityKind;
import id.kim.core.region.Village;
import id.kim.core.region.VillageKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;

/**
 * The real regions of {@code regions.txt}: all 38 provinces, and for some of them real
 * kabupaten/kota with real kecamatan and kelurahan/desa/kampung/nagari/gampong. Read once, shared,
 * never changed.
 */
final class RegionTable {
  /** A regency or city with the data a Dinas would know about it. */
  record Regency(RegencyCity value, String bpsCode, String areaCode) {
    /** @return a short upper-case code for numbers, e.g. {@code "JEM"} for Jembrana */
    String shortCode() {
      StringBuilder letters = new StringBuilder(3);
      String name = value.name();
      for (int i = 0; i < name.length() && letters.length() < 3; i++) {
        char c = name.charAt(i);
        if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
          letters.append(c);
        }
      }
      return letters.toString().toUpperCase(java.util.Locale.ROOT);
    }
  }

  /**
   * One village with its district and regency: a possible seat of a KIM. Its two kim-core values
   * (with and without the regency on the district) are built once with the table and shared by
   * every record seated there, as a Dinas' register shares its villages.
   */
  record Place(Regency regency, String district, VillageKind kind, Optional<String> localKindName, String village,
      Village withRegency, Village withoutRegency) {

    static Place of(Regency regency, String district, VillageKind kind, Optional<String> localKindName, String village) {
      Village.Builder b = Village.builder().name(village).kind(kind).localKindName(localKindName);
      return new Place(regency, district, kind, localKindName, village,
          b.district(District.of(district, regency.value())).build(), b.district(District.of(district)).build());
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
    List<Province> provinces = new ArrayList<>();
    List<Regency> regencies = new ArrayList<>();
    List<Place> places = new ArrayList<>();
    Map<Regency, List<Place>> byRegency = new LinkedHashMap<>();
    Province province = null;
    Regency regency = null;
    String district = null;
    for (String line : lines("regions.txt")) {
      String[] f = line.split("\\|");
      switch (f[0]) {
        case "P" -> {
          province = Province.of(f[1]);
          provinces.add(province);
        }
        case "R" -> {
          regency = new Regency(RegencyCity.of(f[2], RegencyCityKind.valueOf(f[1]), province), f[3], f[4]);
          regencies.add(regency);
          byRegency.put(regency, new ArrayList<>());
        }
        case "D" -> district = f[1];
        case "V" -> {
          String[] kind = f[1].split(":", 2);
          Place place = Place.of(regency, district, VillageKind.valueOf(kind[0]),
              kind.length == 2 ? Optional.of(kind[1]) : Optional.empty(), f[2]);
          byRegency.get(regency).add(place);
          places.add(place);
        }
        default -> throw new IllegalStateException("regions.txt: unknown line '" + line + "'");
      }
    }
    PROVINCES = List.copyOf(provinces);
    REGENCIES = List.copyOf(regencies);
    PLACES = List.copyOf(places);
    Map<Regency, List<Place>> frozen = new LinkedHashMap<>();
    byRegency.forEach((r, p) -> frozen.put(r, List.copyOf(p)));
    PLACES_BY_REGENCY = Collections.unmodifiableMap(frozen);
  }

  private RegionTable() {}

  /**
   * @param regency a regency of the table
   * @return its villages, in table order
   */
  static List<Place> placesIn(Regency regency) {
    return PLACES_BY_REGENCY.get(regency);
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
