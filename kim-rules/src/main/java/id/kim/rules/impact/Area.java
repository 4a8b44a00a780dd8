package id.kim.rules.impact;

import id.kim.core.region.RegencyCity;
import java.util.Comparator;
import org.immutables.value.Value;

/**
 * Where an impact is tallied: the province and the regency/city (kabupaten/kota) of the Dinas that
 * decides about a KIM — the regency/city where the KIM is seated (MAP-RULE-a, MAP-ENTRY-2). Ordered by
 * province, then regency/city, by name.
 */
@Value.Immutable(builder = false)
public abstract class Area implements Comparable<Area> {
  private static final Comparator<Area> ORDER = Comparator.comparing(Area::province).thenComparing(Area::regencyCity);

  /** @return the province's name, e.g. {@code "Bali"} */
  @Value.Parameter
  public abstract String province();

  /** @return the regency's or city's full name, e.g. {@code "Kabupaten Jembrana"} */
  @Value.Parameter
  public abstract String regencyCity();

  /**
   * @param regencyCity a regency or city
   * @return its area
   */
  public static Area of(RegencyCity regencyCity) {
    return ImmutableArea.of(regencyCity.province().name(), regencyCity.fullName());
  }

  /**
   * @param province the province's name
   * @param regencyCity the regency's or city's full name
   * @return the area
   */
  public static Area of(String province, String regencyCity) {
    return ImmutableArea.of(province, regencyCity);
  }

  @Override
  public int compareTo(Area other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return regencyCity() + ", " + province();
  }
}
