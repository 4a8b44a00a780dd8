package id.kim.core.community;

import id.kim.core.time.Period;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.immutables.value.Value;

/**
 * A partnership period (Periode kemitraan, PROFILE-r): "jangka waktu yang ditetapkan untuk bermitra
 * dengan KIM untuk kegiatan diseminasi informasi mengenai suatu program atau kebijakan". A KIM may
 * hold several, one per programme or policy (RULES.md §3 INV-4).
 */
@Value.Immutable
public abstract class PartnershipPeriod {

  /** @return the dates, both inclusive */
  @Value.Parameter
  @Valid
  public abstract Period period();

  /** @return the programme or policy disseminated, e.g. {@code "Sosialisasi Pemilu 2029"} */
  @Value.Parameter
  @NotBlank(message = "{kim.text.blank}")
  @Size(max = 200, message = "{kim.text.tooLong}")
  public abstract String programmeOrPolicy();

  /**
   * @param period the dates
   * @param programmeOrPolicy the programme or policy
   * @return the partnership period
   */
  public static PartnershipPeriod of(Period period, String programmeOrPolicy) {
    return ImmutablePartnershipPeriod.of(period, programmeOrPolicy);
  }
}
