package id.kim.core.agency;

import id.kim.core.region.Province;
import id.kim.core.region.RegencyCity;
import id.kim.core.validation.MissingValueException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Dinas Kominfo — the regional communication and informatics agency. Real names vary
 * (Diskominfo, Diskominsta, Dinas Kominfo dan Persandian), so the name is free text.
 */
@Value.Immutable
public abstract class Dinas {

  /** @return the agency's own name, e.g. {@code "Dinas Kominfo Kabupaten Jembrana"} */
  @NotBlank(message = "{kim.text.blank}")
  @Size(max = 160, message = "{kim.text.tooLong}")
  public abstract String name();

  /** @return provincial or regency/city */
  public abstract DinasLevel level();

  /** @return the province it serves (or lies in) */
  @Valid
  public abstract Province province();

  /** @return the regency or city it serves — present exactly for a regency/city Dinas */
  public abstract Optional<@Valid RegencyCity> regencyCity();

  /**
   * @param name the agency's name
   * @param regencyCity the regency or city it serves
   * @return a Dinas Kominfo Kabupaten/Kota
   */
  public static Dinas regencyCity(String name, RegencyCity regencyCity) {
    MissingValueException.requireNonNull(regencyCity, "regencyCity");
    return ImmutableDinas.builder().name(name).level(DinasLevel.REGENCY_CITY)
        .province(regencyCity.province()).regencyCity(regencyCity).build();
  }

  /**
   * @param name the agency's name
   * @param province the province it serves
   * @return a Dinas Kominfo Provinsi
   */
  public static Dinas provincial(String name, Province province) {
    return ImmutableDinas.builder().name(name).level(DinasLevel.PROVINCIAL).province(province).build();
  }

  /**
   * A builder for a Dinas assembled from stored data (level, province and regency/city as separate
   * columns). Unlike {@link #regencyCity} and {@link #provincial}, it does not derive one attribute
   * from another, so an inconsistent scope can be built — and is reported by validation
   * ({@link #isScopeConsistent()}, message {@code kim.dinas.scope}).
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** @return true if a regency/city is given exactly for a regency/city Dinas, and lies in its province */
  @AssertTrue(message = "{kim.dinas.scope}")
  public boolean isScopeConsistent() {
    return level() == DinasLevel.REGENCY_CITY
        ? regencyCity().map(r -> r.province().equals(province())).orElse(false)
        : regencyCity().isEmpty();
  }

  @Override
  public String toString() {
    return name();
  }

  /** Builds a {@link Dinas}. */
  public static final class Builder extends ImmutableDinas.Builder {}
}
