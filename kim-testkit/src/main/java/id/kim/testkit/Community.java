package id.kim.testkit;

import id.kim.core.region.Village;
import id.kim.testkit.RegionTable.Place;
import id.kim.testkit.RegionTable.Regency;

/**
 * The identity drawn first for every generated KIM, so that its parts agree: the seat decides the
 * issuer of the community number, the area code of the fixed line, the village of the decree, the
 * Dinas of the assessing officers.
 *
 * @param place the village where the KIM is seated
 * @param name the KIM's name
 * @param withRegency whether the profile records field h (a provincial view, GAP-22)
 */
record Community(Place place, String name, boolean withRegency) {

  /** @return the seat as a kim-core value */
  Village seat() {
    return place.toVillage(withRegency);
  }

  /** @return the seat's regency or city */
  Regency regency() {
    return place.regency();
  }

  /** @return a community in a real village with a realistic name */
  static Sampler<Community> any() {
    return in(RegionSamplers.place());
  }

  /**
   * @param regency a regency or city of the table
   * @return a community seated in one of its villages (each equally likely), named as {@link #any()}
   */
  static Sampler<Community> in(Regency regency) {
    return in(RegionSamplers.placeIn(regency));
  }

  private static Sampler<Community> in(Sampler<Place> places) {
    return d -> {
      Place place = places.sample(d);
      String name = d.chance(40) ? "KIM " + place.village() : "KIM " + d.pick(Vocabulary.KIM_WORDS);
      return new Community(place, name, d.chance(50));
    };
  }
}
