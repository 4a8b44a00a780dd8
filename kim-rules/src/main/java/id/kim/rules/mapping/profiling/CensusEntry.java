package id.kim.rules.mapping.profiling;

import id.kim.core.community.KimProfile;
import id.kim.core.community.KimRef;
import id.kim.core.region.RegencyCity;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One KIM in a Dinas' census: its ref, its Tabel 3.1 profile as recorded, where it lies, and its
 * regency/city as the Dinas sees it — field h when recorded, else, in a regency/city Dinas' view,
 * the Dinas' own regency/city (PROFILE-h, GAP-22). The profile itself is never changed.
 */
@Value.Immutable
public abstract class CensusEntry {

  /** @return the KIM's identity in the mapping */
  @Value.Parameter
  public abstract KimRef ref();

  /** @return the profile as recorded */
  @Value.Parameter
  public abstract KimProfile profile();

  /** @return where the profile lies relative to the Dinas' region */
  @Value.Parameter
  public abstract RegionMembership membership();

  /** @return field h as recorded, or derived from a regency/city Dinas */
  @Value.Parameter
  public abstract Optional<RegencyCity> regencyCity();

  /**
   * @param ref the KIM's identity
   * @param profile the profile as recorded
   * @param membership where it lies relative to the Dinas' region
   * @param regencyCity field h as recorded or derived
   * @return the entry — the SDK makes entries in {@code Census.of}; this factory is public to reload a
   *     stored mapping report (kim-json)
   */
  public static CensusEntry of(KimRef ref, KimProfile profile, RegionMembership membership,
      Optional<? extends RegencyCity> regencyCity) {
    return ImmutableCensusEntry.of(ref, profile, membership, regencyCity);
  }

  @Override
  public String toString() {
    return "CensusEntry[" + ref() + ", " + membership() + "]";
  }
}
