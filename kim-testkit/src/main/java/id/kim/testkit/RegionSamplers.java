package id.kim.testkit;

import static id.kim.core.validation.MissingValueException.requireNonNull;

import id.kim.core.region.Address;
import id.kim.core.region.District;
import id.kim.core.region.Province;
import id.kim.core.region.RegencyCity;
import id.kim.core.region.RegionCode;
import id.kim.core.region.RegionDirectory;
import id.kim.core.region.RegionLevel;
import id.kim.core.region.RtRw;
import id.kim.core.region.SecretariatKind;
import id.kim.core.region.Village;
import id.kim.regions.RegionRegister;
import id.kim.testkit.RegionTable.Place;
import id.kim.testkit.RegionTable.Regency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Real Indonesian regions with their Kemendagri codes, from the register bundled in kim-regions (all 38
 * provinces; the kecamatan and kelurahan/desa/kampung, nagari, gampong and kalurahan of 44 kabupaten/kota
 * of the region table, or of the whole register), and secretariat addresses with RT/RW (PROFILE-e..h).
 * Every region value carries its code ({@code code()}); the same seed gives the same regions.
 */
public final class RegionSamplers {
  private RegionSamplers() {}

  /** @return one of the 38 provinces */
  public static Sampler<Province> province() {
    return d -> d.pick(RegionTable.PROVINCES);
  }

  /** @return a real kabupaten or kota with its province */
  public static Sampler<RegencyCity> regencyCity() {
    return d -> regency().sample(d).value();
  }

  /** @return a real kecamatan, with its kabupaten/kota recorded or not (PROFILE-h, GAP-22) */
  public static Sampler<District> district() {
    return d -> village().sample(d).district();
  }

  /** @return a real village of any kind, with {@code localKindName} exactly for "sebutan lain" */
  public static Sampler<Village> village() {
    return d -> {
      Place place = place().sample(d);
      return place.toVillage(d.chance(50));
    };
  }

  /**
   * Any of the 83,762 kelurahan/desa of the Kemendagri register, each equally likely, with its
   * kecamatan, kabupaten/kota and provinsi, every level with its code; the kind from the code (1xxx
   * kelurahan, 2xxx desa), the kabupaten/kota kind from the official name. Unlike {@link #village()},
   * which seats records in the 44 kabupaten/kota of the region table, it reaches the whole country.
   *
   * @return a village of the register
   */
  public static Sampler<Village> registeredVillage() {
    return d -> RegisterValues.village(d.pick(RegisterCodes.VILLAGES));
  }

  /** @return any of the 514 kabupaten/kota of the register, each equally likely, with its code and its province's */
  public static Sampler<RegencyCity> registeredRegencyCity() {
    return d -> RegisterValues.regencyCity(d.pick(RegisterCodes.REGENCIES));
  }

  /**
   * A Dinas' own table of codes, as {@code RegionDirectory.of} makes one: a kabupaten/kota of the
   * register (each equally likely) with its provinsi and all its kecamatan and kelurahan/desa, under
   * their official names.
   *
   * @return a directory of one kabupaten/kota
   */
  public static Sampler<RegionDirectory> regionDirectory() {
    return d -> {
      RegionRegister register = RegionRegister.bundled();
      RegionCode regency = d.pick(RegisterCodes.REGENCIES);
      Map<RegionCode, String> names = new HashMap<>();
      List.of(regency.truncatedTo(RegionLevel.PROVINCE), regency)
          .forEach(code -> names.put(code, register.officialName(code).orElseThrow()));
      for (RegionLevel level : List.of(RegionLevel.DISTRICT, RegionLevel.VILLAGE)) {
        register.codesWithin(Optional.of(regency), level)
            .forEach(code -> names.put(code, register.officialName(code).orElseThrow()));
      }
      return RegionDirectory.of(names);
    };
  }

  /** @return RT/RW numbers as Dinas write them: {@code "3"} or {@code "003"} */
  public static Sampler<RtRw> rtRw() {
    return d -> {
      boolean padded = d.chance(50);
      return RtRw.of(rtRwNumber(d.intBetween(1, 40), padded), rtRwNumber(d.intBetween(1, 15), padded));
    };
  }

  /** @return a secretariat address: street, usually RT/RW, often a house number */
  public static Sampler<Address> address() {
    return d -> Address.builder()
        .street(d.pick(Vocabulary.STREETS))
        .rtRw(Sampler.optional(rtRw(), 85).sample(d))
        .number(Sampler.optional(houseNumber(), 70).sample(d))
        .secretariat(d.pick(SecretariatKind.class))
        .build();
  }

  /**
   * @return the kabupaten/kota of the region table, in table order — the regencies/cities whose
   *     villages {@link #village()} and {@code RecordSamplers.record()} seat KIM in
   */
  public static List<RegencyCity> regencyCities() {
    return RegionTable.REGENCIES.stream().map(Regency::value).toList();
  }

  /**
   * The villages of one regency/city of the table. {@link #village()} draws every village of the
   * table with equal chance, so a regency's share of generated seats is its number of villages over
   * the table's.
   *
   * @param regencyCity one of {@link #regencyCities()}
   * @return its villages in table order, each with its kabupaten/kota recorded on the district
   * @throws IllegalArgumentException if it is not a regency/city of the table
   */
  public static List<Village> villagesIn(RegencyCity regencyCity) {
    requireNonNull(regencyCity, "regencyCity");
    return RegionTable.placesIn(RegionTable.regencyOf(regencyCity)).stream().map(p -> p.toVillage(true)).toList();
  }

  /** The codes of the register, listed once when first drawn from. */
  private static final class RegisterCodes {
    static final List<RegionCode> VILLAGES =
        RegionRegister.bundled().codesWithin(Optional.empty(), RegionLevel.VILLAGE);
    static final List<RegionCode> REGENCIES =
        RegionRegister.bundled().codesWithin(Optional.empty(), RegionLevel.REGENCY_CITY);
  }

  static Sampler<Regency> regency() {
    return d -> d.pick(RegionTable.REGENCIES);
  }

  static Sampler<Place> place() {
    return d -> d.pick(RegionTable.PLACES);
  }

  static Sampler<Place> placeIn(Regency regency) {
    return d -> d.pick(RegionTable.placesIn(regency));
  }

  private static Sampler<String> houseNumber() {
    return d -> d.intBetween(1, 250) + (d.chance(15) ? String.valueOf((char) ('A' + d.between(0, 3))) : "");
  }

  static String rtRwNumber(int n, boolean padded) {
    String digits = Integer.toString(n);
    return padded && digits.length() < 3 ? "000".substring(digits.length()) + digits : digits;
  }
}
