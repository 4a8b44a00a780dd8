package id.kim.json.core;

import id.kim.core.agency.Dinas;
import id.kim.core.agency.DinasLevel;
import id.kim.core.agency.Officer;
import id.kim.core.contact.PersonName;
import id.kim.core.region.Province;
import id.kim.core.region.RegencyCity;
import id.kim.json.Codec;
import id.kim.json.DecodeFailure;
import id.kim.json.Decoded;
import id.kim.json.Field;
import id.kim.json.JsonProblem;
import id.kim.json.ObjectCodec;
import id.kim.json.Scalars;
import java.util.List;
import java.util.Optional;

/** JSON of the Dinas Kominfo (ARCH-3, ARCH-4) and its officers. */
public final class AgencyCodecs {
  private static final Field<Dinas, String> NAME = Field.required("name", Dinas::name, Scalars.TEXT);
  private static final Field<Dinas, DinasLevel> LEVEL = Field.required("level", Dinas::level,
      Scalars.code(DinasLevel.class));
  private static final Field<Dinas, Province> PROVINCE = Field.required("province", Dinas::province,
      RegionCodecs.PROVINCE);
  private static final Field<Dinas, Optional<RegencyCity>> REGENCY_CITY =
      Field.optional("regencyCity", Dinas::regencyCity, RegionCodecs.REGENCY_CITY);
  /**
   * {@code {"name": …, "level": "REGENCY_CITY", "province": {…}, "regencyCity": {…}}}: a regency/city
   * Dinas names its regency/city, which lies in its province; a provincial Dinas names none.
   */
  public static final Codec<Dinas> DINAS = ObjectCodec.of("Dinas", List.of(NAME, LEVEL, PROVINCE, REGENCY_CITY),
      AgencyCodecs::dinas);

  private static final Field<Officer, PersonName> OFFICER_NAME = Field.required("name", Officer::name,
      ContactCodecs.PERSON_NAME);
  private static final Field<Officer, Optional<String>> POSITION = Field.optional("position", Officer::position,
      Scalars.TEXT);
  private static final Field<Officer, Dinas> OFFICER_DINAS = Field.required("dinas", Officer::dinas, DINAS);
  /** An officer who assesses or decides. */
  public static final Codec<Officer> OFFICER = ObjectCodec.of("Officer", List.of(OFFICER_NAME, POSITION, OFFICER_DINAS),
      d -> Officer.builder().name(d.get(OFFICER_NAME)).position(d.get(POSITION)).dinas(d.get(OFFICER_DINAS)).build());

  private AgencyCodecs() {}

  private static Dinas dinas(Decoded d) {
    Province province = d.get(PROVINCE);
    Optional<RegencyCity> regencyCity = d.get(REGENCY_CITY);
    if (d.get(LEVEL) == DinasLevel.PROVINCIAL) {
      if (regencyCity.isPresent()) {
        throw DecodeFailure.of(d.path(REGENCY_CITY), JsonProblem.Kind.INVALID_VALUE,
            "json.dinas.provincialHasRegencyCity");
      }
      return Dinas.provincial(d.get(NAME), province);
    }
    RegencyCity rc = regencyCity.orElseThrow(() ->
        DecodeFailure.of(d.path(REGENCY_CITY), JsonProblem.Kind.MISSING_FIELD, "json.dinas.regencyCityMissing"));
    if (!rc.province().equals(province)) {
      throw DecodeFailure.of(d.path(PROVINCE), JsonProblem.Kind.INVALID_VALUE, "json.dinas.provinceMismatch");
    }
    return Dinas.regencyCity(d.get(NAME), rc);
  }
}
