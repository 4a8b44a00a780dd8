package id.kim.json;

import id.kim.core.agency.Dinas;
import id.kim.core.community.CommunityNumber;
import id.kim.core.community.KimProfile;
import id.kim.core.region.District;
import id.kim.core.region.Province;
import id.kim.core.region.RegencyCity;
import id.kim.core.region.RegencyCityKind;
import id.kim.core.region.RegionCode;
import id.kim.core.region.Village;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/**
 * Regions with their Kemendagri codes, drawn from a small table of real places (idn-area-data 4.0.1,
 * the published Kemendagri register): the contract's generators mix them in so that every document
 * that holds a region is also written and read with codes.
 */
final class RealPlaces {
  /** Real villages: code, name, whether its regency/city is recorded on the kecamatan (PROFILE-h). */
  private static final List<String[]> VILLAGES = List.of(
      row("51", "Bali", "51.01", "Jembrana", "KABUPATEN", "51.01.03", "Pekutatan", "51.01.03.2006", "Gumbrih"),
      row("51", "Bali", "51.01", "Jembrana", "KABUPATEN", "51.01.01", "Negara", "51.01.01.1006", "Baler Bale Agung"),
      row("51", "Bali", "51.01", "Jembrana", "KABUPATEN", "51.01.04", "Melaya", "51.01.04.1001", "Gilimanuk"),
      row("51", "Bali", "51.71", "Denpasar", "KOTA", "51.71.01", "Denpasar Selatan", "51.71.01.1003", "Sesetan"),
      row("36", "Banten", "36.03", "Tangerang", "KABUPATEN", "36.03.01", "Balaraja", "36.03.01.1001", "Balaraja"));

  /** A real village with codes at every level; its kecamatan records its kabupaten/kota or not. */
  static final Gen<Village> VILLAGE =
      in -> {
        String[] r = Gens.pick(VILLAGES, in);
        boolean regencyRecorded = in.next(Constraint.between(0, 1)) == 1;
        District district =
            regencyRecorded ? district(r) : District.of(r[6]).withCode(RegionCode.parse(r[5]));
        return Village.of(r[8], RegionCode.parse(r[7]).villageKind().orElseThrow(), district)
            .withCode(RegionCode.parse(r[7].replace(".", "")));
      };

  static final Gen<District> DISTRICT = in -> district(Gens.pick(VILLAGES, in));
  static final Gen<RegencyCity> REGENCY_CITY = in -> regencyCity(Gens.pick(VILLAGES, in));
  static final Gen<Province> PROVINCE = REGENCY_CITY.map(RegencyCity::province);
  /** The Dinas of a real kabupaten/kota, its region and province coded. */
  static final Gen<Dinas> DINAS = REGENCY_CITY.map(rc -> Dinas.regencyCity(
      "Dinas Komunikasi dan Informatika " + rc.fullName(), rc));
  /** A Nomor Induk Komunitas issued by a real, coded kabupaten/kota, e.g. {@code KIM/5101/0007}. */
  static final Gen<CommunityNumber> COMMUNITY_NUMBER = REGENCY_CITY.map(rc -> CommunityNumber.of(
      "KIM/" + rc.code().orElseThrow().digits() + "/0007", rc));

  private RealPlaces() {}

  /**
   * @param profiles profiles as generated
   * @return the same profiles, each seated at a village moved to a real, coded village
   */
  static Gen<KimProfile> seatedInRealVillages(Gen<KimProfile> profiles) {
    return profiles.zip(VILLAGE, (p, v) -> p.seat().isPresent() ? KimProfile.builder().from(p).seat(v).build() : p);
  }

  private static District district(String[] r) {
    return District.of(r[6], regencyCity(r)).withCode(RegionCode.parse(r[5]));
  }

  private static RegencyCity regencyCity(String[] r) {
    Province province = Province.of(r[1]).withCode(RegionCode.parse(r[0]));
    return RegencyCity.of(r[3], RegencyCityKind.valueOf(r[4]), province).withCode(RegionCode.parse(r[2]));
  }

  private static String[] row(String... cells) {
    return cells;
  }
}
