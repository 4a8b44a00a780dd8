package id.kim.core.regioncheck;

import id.kim.core.community.CommunityNumber;
import id.kim.core.community.KimProfile;
import id.kim.core.community.KimRecord;
import id.kim.core.region.District;
import id.kim.core.region.Province;
import id.kim.core.region.RegencyCity;
import id.kim.core.region.RegencyCityKind;
import id.kim.core.region.RegionCode;
import id.kim.core.region.RegionDirectory;
import id.kim.core.region.Village;
import id.kim.core.region.VillageKind;
import java.util.Map;

/** Real places of Bali with their Kemendagri codes (idn-area-data 4.0.1), as a Dinas' own table. */
final class Bali {
  static final RegionDirectory TABLE = RegionDirectory.of(Map.of(
      code("51"), "Bali",
      code("51.01"), "Kabupaten Jembrana",
      code("51.01.01"), "Negara",
      code("51.01.03"), "Pekutatan",
      code("51.01.03.2006"), "Gumbrih",
      code("51.02"), "Kabupaten Tabanan",
      code("51.02.03"), "Selemadeg Barat",
      code("36"), "Banten",
      code("36.03"), "Kabupaten Tangerang",
      code("36.71"), "Kota Tangerang"));

  static final Province BALI = Province.of("Bali").withCode(code("51"));
  static final RegencyCity JEMBRANA =
      RegencyCity.of("Jembrana", RegencyCityKind.KABUPATEN, BALI).withCode(code("51.01"));
  static final District PEKUTATAN = District.of("Pekutatan", JEMBRANA).withCode(code("51.01.03"));
  static final Village GUMBRIH = Village.of("Gumbrih", VillageKind.DESA, PEKUTATAN).withCode(code("51.01.03.2006"));

  private Bali() {}

  static RegionCode code(String text) {
    return RegionCode.parse(text);
  }

  /** @return a record seated in the village, registered by the regency of its district */
  static KimRecord seatedIn(Village seat) {
    RegencyCity issuer = seat.district().regencyCity().orElse(JEMBRANA);
    return KimRecord.of(KimProfile.builder().name("KIM Gumbrih").seat(seat)
        .communityNumber(CommunityNumber.of("KIM/5101/0007", issuer)).build());
  }
}
