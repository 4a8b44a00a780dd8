package id.kim.rules.mapping.profiling;

import id.kim.core.agency.Dinas;
import id.kim.core.agency.DinasLevel;
import id.kim.core.community.KimProfile;
import id.kim.core.region.RegencyCity;
import java.util.Optional;

/**
 * Whether a profile lies in a Dinas' region — "di wilayah kabupaten/kota sesuai dengan kewenangan
 * Dinas" (MAP-A-1).
 *
 * <p>A regency/city Dinas does not record field h (PROFILE-h, "untuk Dinas Kabupaten/Kota tidak
 * diperlukan"), so a profile without a regency/city is taken to be its own (GAP-22); one naming
 * another regency/city is outside. A provincial Dinas needs field h to place a KIM; without it the
 * KIM is kept (never dropped) and its completeness reports field h missing. A seat recorded above the
 * village (kecamatan or kabupaten/kota, MAP-ENTRY-2) is placed by the kabupaten/kota it names, like a
 * village seat.
 */
public enum RegionMembership {
  /**
   * Di wilayah — the recorded regency/city (or province) is the Dinas' own, or (regency/city view) none is recorded.
   */
  IN_REGION,
  /** Dianggap di wilayah — no seat, or (provincial view) no field h; kept in the census, flagged by completeness. */
  ASSUMED_IN_REGION,
  /** Di luar wilayah — recorded in another regency/city or province. */
  OUTSIDE_REGION;

  /**
   * @param dinas the Dinas whose census it is
   * @param profile a profile
   * @return where the profile lies relative to the Dinas' region
   */
  public static RegionMembership of(Dinas dinas, KimProfile profile) {
    if (profile.seatLevel().isEmpty()) {
      return ASSUMED_IN_REGION;
    }
    Optional<RegencyCity> recorded = profile.seatRegencyCity();
    if (dinas.level() == DinasLevel.REGENCY_CITY) {
      return recorded.map(r -> dinas.regencyCity().map(r::equals).orElse(false) ? IN_REGION : OUTSIDE_REGION)
          .orElse(IN_REGION);
    }
    return recorded.map(r -> r.province().equals(dinas.province()) ? IN_REGION : OUTSIDE_REGION)
        .orElse(ASSUMED_IN_REGION);
  }
}
