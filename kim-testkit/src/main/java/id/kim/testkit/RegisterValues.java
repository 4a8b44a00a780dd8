package id.kim.testkit;

import id.kim.core.region.District;
import id.kim.core.region.Province;
import id.kim.core.region.RegencyCity;
import id.kim.core.region.RegencyCityKind;
import id.kim.core.region.RegionCode;
import id.kim.core.region.RegionLevel;
import id.kim.core.region.RegionNames;
import id.kim.core.region.Village;
import id.kim.core.region.VillageKind;
import id.kim.regions.Region;
import id.kim.regions.RegionRegister;
import java.util.List;
import java.util.Optional;

/**
 * kim-core region values made from regions of the Kemendagri register (kim-regions), each with its
 * code ({@code withCode}): the kabupaten/kota kind from the official name ({@code "Kota Tangerang"}),
 * the village kind from the code ({@link RegionCode#villageKind()}: 1xxx kelurahan, 2xxx desa).
 */
final class RegisterValues {
  private static final List<String> KIND_PREFIXES = List.of("Kabupaten Administrasi ", "Kota Administrasi ",
      "Kabupaten ", "Kota ");

  private RegisterValues() {}

  static Province province(Region province) {
    return Province.of(province.name()).withCode(province.code());
  }

  static RegencyCity regencyCity(Region regency, Province province) {
    RegencyCityKind kind = RegionNames.kindPrefix(regency.name()).orElseThrow(() -> new IllegalStateException(
        "the register names " + regency + " without Kabupaten or Kota"));
    String name = regency.name();
    for (String prefix : KIND_PREFIXES) {
      if (name.startsWith(prefix)) {
        name = name.substring(prefix.length());
        break;
      }
    }
    return RegencyCity.of(name, kind, province).withCode(regency.code());
  }

  /**
   * @param code a kabupaten/kota code of the register
   * @return the kabupaten/kota with its provinsi, both with their codes
   */
  static RegencyCity regencyCity(RegionCode code) {
    RegionRegister register = RegionRegister.bundled();
    return regencyCity(find(register, code), province(find(register, code.truncatedTo(RegionLevel.PROVINCE))));
  }

  /**
   * @param code a village code of the register
   * @return the village with its kecamatan, kabupaten/kota and provinsi, every level with its code
   */
  static Village village(RegionCode code) {
    RegionRegister register = RegionRegister.bundled();
    RegencyCity regency = regencyCity(code.truncatedTo(RegionLevel.REGENCY_CITY));
    Region district = find(register, code.truncatedTo(RegionLevel.DISTRICT));
    return Village.builder()
        .name(find(register, code).name())
        .kind(code.villageKind().orElse(VillageKind.DESA))
        .district(District.of(district.name(), regency).withCode(district.code()))
        .code(code)
        .build();
  }

  private static Region find(RegionRegister register, RegionCode code) {
    Optional<Region> region = register.find(code);
    return region.orElseThrow(() -> new IllegalStateException("the region register has no " + code));
  }
}
