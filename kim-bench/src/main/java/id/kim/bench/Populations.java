package id.kim.bench;

import id.kim.core.community.CommunityNumber;
import id.kim.core.community.KimProfile;
import id.kim.core.region.RegencyCity;
import id.kim.core.region.Village;
import id.kim.testkit.KimSamples;
import id.kim.testkit.RegionSamplers;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The KIM of one regency/city for the grid benchmark: kim-testkit's complete profiles (with reach
 * and response figures, PROFILE-s/t) moved into the regency and made distinct — each gets its own
 * name suffix and Nomor Induk Komunitas, as in a real register, since the testkit draws numbers from
 * a small space and a census refuses the same KIM twice (MAP-A-1). Each is seated in one of the
 * regency's own villages of the Kemendagri register (kim-testkit's {@code villagesIn}), so the seat's
 * codes lie within the regency's code (REGION-CODE-3).
 */
final class Populations {
  private Populations() {}

  /**
   * @param regency the regency/city, one of kim-testkit's {@code RegionSamplers.regencyCities()}
   * @param count how many KIM
   * @param firstSeed the first seed
   * @return the profiles, all seated in {@code regency}
   */
  static List<KimProfile> of(RegencyCity regency, int count, long firstSeed) {
    List<Village> villages = RegionSamplers.villagesIn(regency);
    List<KimProfile> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      SplittableRandom random = new SplittableRandom(firstSeed + i);
      KimProfile p = KimSamples.completeProfile(random);
      out.add(p.withName(p.name() + " " + (i + 1))
          .withCommunityNumber(CommunityNumber.of(String.format("KIM/%05d", i + 1), regency))
          .withSeat(villages.get(random.nextInt(villages.size()))));
    }
    return out;
  }
}
