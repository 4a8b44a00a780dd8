package id.kim.json.core;

import id.kim.core.region.Address;
import id.kim.core.region.District;
import id.kim.core.region.Province;
import id.kim.core.region.RegencyCity;
import id.kim.core.region.RegencyCityKind;
import id.kim.core.region.RegionCode;
import id.kim.core.region.RegionLevel;
import id.kim.core.region.RtRw;
import id.kim.core.region.SecretariatKind;
import id.kim.core.region.Village;
import id.kim.core.region.VillageKind;
import id.kim.json.Codec;
import id.kim.json.Field;
import id.kim.json.ObjectCodec;
import id.kim.json.Scalars;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * JSON of the regions (PROFILE-e..h): province, kabupaten/kota, kecamatan, kelurahan/desa, RT/RW, address.
 * Each region may carry its Kemendagri code (kode wilayah) in an optional {@code "code"}, read dotted or
 * plain and written dotted; a malformed code or one of another level is refused (REGION-CODE-1).
 */
public final class RegionCodecs {
  /** A Kemendagri code of any level standing alone, {@code "51.01.03.2006"}; read dotted or plain (REGION-CODE-1). */
  public static final Codec<RegionCode> CODE = RegionCodeCodec.any();
  private static final Field<Province, String> PROVINCE_NAME = Field.required("name", Province::name, Scalars.TEXT);
  private static final Field<Province, Optional<RegionCode>> PROVINCE_CODE =
      Field.optional("code", Province::code, RegionCodeCodec.of(RegionLevel.PROVINCE));
  /** {@code {"name": "Bali", "code": "51"}} */
  public static final Codec<Province> PROVINCE = ObjectCodec.of("Province", List.of(PROVINCE_NAME, PROVINCE_CODE),
      d -> coded(Province.of(d.get(PROVINCE_NAME)), d.get(PROVINCE_CODE), Province::withCode));

  private static final Field<RegencyCity, String> RC_NAME = Field.required("name", RegencyCity::name, Scalars.TEXT);
  private static final Field<RegencyCity, RegencyCityKind> RC_KIND =
      Field.required("kind", RegencyCity::kind, Scalars.code(RegencyCityKind.class));
  private static final Field<RegencyCity, Optional<RegionCode>> RC_CODE =
      Field.optional("code", RegencyCity::code, RegionCodeCodec.of(RegionLevel.REGENCY_CITY));
  private static final Field<RegencyCity, Province> RC_PROVINCE = Field.required("province", RegencyCity::province,
      PROVINCE);
  /** {@code {"name": "Jembrana", "code": "51.01", "kind": "KABUPATEN", "province": {…}}} */
  public static final Codec<RegencyCity> REGENCY_CITY = ObjectCodec.of("RegencyCity",
      List.of(RC_NAME, RC_CODE, RC_KIND, RC_PROVINCE),
      d -> coded(RegencyCity.of(d.get(RC_NAME), d.get(RC_KIND), d.get(RC_PROVINCE)), d.get(RC_CODE),
          RegencyCity::withCode));

  private static final Field<District, String> DISTRICT_NAME = Field.required("name", District::name, Scalars.TEXT);
  private static final Field<District, Optional<RegionCode>> DISTRICT_CODE =
      Field.optional("code", District::code, RegionCodeCodec.of(RegionLevel.DISTRICT));
  private static final Field<District, Optional<RegencyCity>> DISTRICT_RC =
      Field.optional("regencyCity", District::regencyCity, REGENCY_CITY);
  /**
   * {@code {"name": "Pekutatan", "code": "51.01.03", "regencyCity": {…}}}; the regency/city may be absent
   * (PROFILE-h, GAP-22).
   */
  public static final Codec<District> DISTRICT = ObjectCodec.of("District",
      List.of(DISTRICT_NAME, DISTRICT_CODE, DISTRICT_RC),
      d -> coded(d.get(DISTRICT_RC).map(rc -> District.of(d.get(DISTRICT_NAME), rc))
          .orElseGet(() -> District.of(d.get(DISTRICT_NAME))), d.get(DISTRICT_CODE), District::withCode));

  private static final Field<Village, String> VILLAGE_NAME = Field.required("name", Village::name, Scalars.TEXT);
  private static final Field<Village, Optional<RegionCode>> VILLAGE_CODE =
      Field.optional("code", Village::code, RegionCodeCodec.of(RegionLevel.VILLAGE));
  private static final Field<Village, VillageKind> VILLAGE_KIND = Field.required("kind", Village::kind,
      Scalars.code(VillageKind.class));
  private static final Field<Village, Optional<String>> VILLAGE_LOCAL =
      Field.optional("localKindName", Village::localKindName, Scalars.TEXT);
  private static final Field<Village, District> VILLAGE_DISTRICT = Field.required("district", Village::district,
      DISTRICT);
  /** A kelurahan, desa or kampung with its kecamatan (PROFILE-f, PROFILE-g). */
  public static final Codec<Village> VILLAGE = ObjectCodec.of("Village",
      List.of(VILLAGE_NAME, VILLAGE_CODE, VILLAGE_KIND, VILLAGE_LOCAL, VILLAGE_DISTRICT),
      d -> Village.builder().name(d.get(VILLAGE_NAME)).code(d.get(VILLAGE_CODE)).kind(d.get(VILLAGE_KIND))
          .localKindName(d.get(VILLAGE_LOCAL)).district(d.get(VILLAGE_DISTRICT)).build());

  private static final Field<RtRw, String> RT = Field.required("rt", RtRw::rt, Scalars.TEXT);
  private static final Field<RtRw, String> RW = Field.required("rw", RtRw::rw, Scalars.TEXT);
  /** {@code {"rt": "003", "rw": "005"}} — numbers as written, leading zeros kept. */
  public static final Codec<RtRw> RT_RW = ObjectCodec.of("RtRw", List.of(RT, RW), d -> RtRw.of(d.get(RT), d.get(RW)));

  private static final Field<Address, String> STREET = Field.required("street", Address::street, Scalars.TEXT);
  private static final Field<Address, Optional<RtRw>> ADDRESS_RT_RW = Field.optional("rtRw", Address::rtRw, RT_RW);
  private static final Field<Address, Optional<String>> NUMBER = Field.optional("number", Address::number,
      Scalars.TEXT);
  private static final Field<Address, SecretariatKind> SECRETARIAT = Field.defaulted("secretariat",
      Address::secretariat,
      Scalars.code(SecretariatKind.class), SecretariatKind.OWN_SECRETARIAT);
  /** The secretariat address (PROFILE-e); personal data, written in full. */
  public static final Codec<Address> ADDRESS = ObjectCodec.of("Address",
      List.of(STREET, ADDRESS_RT_RW, NUMBER, SECRETARIAT),
      d -> Address.builder().street(d.get(STREET)).rtRw(d.get(ADDRESS_RT_RW)).number(d.get(NUMBER))
          .secretariat(d.get(SECRETARIAT)).build());

  private RegionCodecs() {}

  /** @return the region with its code when the document gave one */
  private static <R> R coded(R region, Optional<RegionCode> code, BiFunction<R, RegionCode, R> withCode) {
    return code.map(c -> withCode.apply(region, c)).orElse(region);
  }
}
