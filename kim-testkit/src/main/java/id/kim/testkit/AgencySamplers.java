package id.kim.testkit;

import id.kim.core.agency.Dinas;
import id.kim.core.agency.Officer;
import id.kim.core.region.Province;
import id.kim.core.region.RegencyCity;
import id.kim.testkit.RegionTable.Regency;
import java.util.List;

/**
 * Dinas Kominfo at both tiers (ARCH-3, ARCH-4), under the varied names real agencies use, and their
 * officers.
 */
public final class AgencySamplers {
  private static final List<String> AGENCY_NAMES = List.of(
      "Dinas Komunikasi dan Informatika", "Diskominfo", "Dinas Kominfo dan Persandian",
      "Dinas Komunikasi, Informatika dan Statistik");

  private AgencySamplers() {}

  /** @return a Dinas Kominfo Kabupaten/Kota (three in four) or Provinsi, always scope-consistent */
  public static Sampler<Dinas> dinas() {
    return d -> d.chance(25)
        ? provincial(RegionSamplers.province().sample(d)).sample(d)
        : of(RegionSamplers.regency().sample(d)).sample(d);
  }

  /** @return an officer of some Dinas, with a position more often than not */
  public static Sampler<Officer> officer() {
    return d -> officerOf(dinas().sample(d)).sample(d);
  }

  static Sampler<Dinas> of(Regency regency) {
    return of(regency.value());
  }

  /**
   * @param rc a kabupaten/kota
   * @return its Dinas Kominfo, under one of the names real agencies use
   */
  static Sampler<Dinas> of(RegencyCity rc) {
    return d -> Dinas.regencyCity(d.pick(AGENCY_NAMES) + " " + rc.fullName(), rc);
  }

  static Sampler<Dinas> provincial(Province province) {
    return d -> Dinas.provincial(d.pick(AGENCY_NAMES) + " Provinsi " + province.name(), province);
  }

  static Sampler<Officer> officerOf(Dinas dinas) {
    return d -> Officer.builder()
        .name(ContactSamplers.personName().sample(d))
        .position(Sampler.optional(dd -> dd.pick(Vocabulary.OFFICER_POSITIONS), 70).sample(d))
        .dinas(dinas)
        .build();
  }
}
