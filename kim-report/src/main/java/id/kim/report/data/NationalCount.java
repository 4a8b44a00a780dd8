package id.kim.report.data;

import id.kim.core.region.RegionCode;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The number of KIM registered with the Ministry in one province, 2023 (RULES.md §5.1, seed 004:
 * 4,114 in 28 provinces). A province the source does not list has an unknown count, never 0.
 */
@Value.Immutable
public abstract class NationalCount {

  /** @return the province as the source writes it, e.g. {@code "NTB"} */
  public abstract String province();

  /** @return its standard name, e.g. {@code "Nusa Tenggara Barat"} */
  public abstract String standardName();

  /** @return the province's Kemendagri code (kode wilayah, two digits, e.g. {@code 52}), if the table gives it */
  public abstract Optional<RegionCode> code();

  /** @return the standard name with the code, e.g. {@code "Nusa Tenggara Barat (52)"}; the name alone without one */
  public String label() {
    return code().map(c -> standardName() + " (" + c + ")").orElse(standardName());
  }

  /** @return the number of KIM, if the source gives one */
  public abstract Optional<Integer> count();

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link NationalCount}. */
  public static final class Builder extends ImmutableNationalCount.Builder {}
}
