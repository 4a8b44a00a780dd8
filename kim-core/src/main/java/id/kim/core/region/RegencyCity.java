package id.kim.core.region;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.immutables.value.Value;

/**
 * A regency or city (kabupaten/kota), the second-level region. Its Dinas Kominfo registers, maps and
 * partners with the KIM seated there (ARCH-4, MAP-RULE-a) and issues their Nomor Induk Komunitas
 * (PARTNER-LEGAL-2). Moving to another kabupaten/kota is a termination trigger (TERM-5).
 */
@Value.Immutable
public abstract class RegencyCity {

  /** @return the name without the kind, e.g. {@code "Jembrana"} */
  @Value.Parameter
  @NotBlank(message = "{kim.text.blank}")
  @Size(max = 80, message = "{kim.text.tooLong}")
  public abstract String name();

  /** @return kabupaten or kota */
  @Value.Parameter
  public abstract RegencyCityKind kind();

  /** @return the province it belongs to */
  @Value.Parameter
  @Valid
  public abstract Province province();

  /**
   * @param name name without the kind
   * @param kind kabupaten or kota
   * @param province its province
   * @return the regency or city
   */
  public static RegencyCity of(String name, RegencyCityKind kind, Province province) {
    return ImmutableRegencyCity.of(name, kind, province);
  }

  /** @return e.g. {@code "Kabupaten Jembrana"}; computed once per value (values are immutable) */
  @Value.Lazy
  public String fullName() {
    return kind().label() + " " + name();
  }

  @Override
  public String toString() {
    return fullName() + ", " + province();
  }
}
