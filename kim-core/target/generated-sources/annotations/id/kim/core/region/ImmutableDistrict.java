package id.kim.core.region;

import id.kim.core.validation.IncompleteValueException;
import id.kim.core.validation.MissingValueException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Generated;

/**
 * Immutable implementation of {@link District}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code ImmutableDistrict.builder()}.
 * Use the static factory method to create immutable instances:
 * {@code ImmutableDistrict.of()}.
 */
@Generated(from = "District", generator = "Immutables")
@SuppressWarnings({"all"})
final class ImmutableDistrict extends District {
  private final String name;
  private final RegencyCity regencyCity;

  @SuppressWarnings("unchecked") // safe covariant cast
  private ImmutableDistrict(String name, Optional<? extends RegencyCity> regencyCity) {
    this.name = ImmutableDistrict.requireNonNull(name, "name");
    this.regencyCity = regencyCity.orElse(null);
  }

  private ImmutableDistrict(ImmutableDistrict original, String name, RegencyCity regencyCity) {
    this.name = name;
    this.regencyCity = regencyCity;
  }

  /**
   * @return The value of the {@code name} attribute
   */
  @Override
  public String name() {
    return name;
  }

  /**
   * @return The value of the {@code regencyCity} attribute
   */
  @Override
  public Optional<RegencyCity> regencyCity() {
    return Optional.ofNullable(regencyCity);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link District#name() name} attribute.
   * An equals check used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for name
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableDistrict withName(String value) {
    String newValue = ImmutableDistrict.requireNonNull(value, "name");
    if (this.name.equals(newValue)) return this;
    return new ImmutableDistrict(this, newValue, this.regencyCity);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link District#regencyCity() regencyCity} attribute.
   * @param value The value for regencyCity
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableDistrict withRegencyCity(RegencyCity value) {
    RegencyCity newValue = ImmutableDistrict.requireNonNull(value, "regencyCity");
    if (this.regencyCity == newValue) return this;
    return new ImmutableDistrict(this, this.name, newValue);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link District#regencyCity() regencyCity} attribute.
   * A shallow reference equality check is used on unboxed optional value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for regencyCity
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutableDistrict withRegencyCity(Optional<? extends RegencyCity> optional) {
    RegencyCity value = optional.orElse(null);
    if (this.regencyCity == value) return this;
    return new ImmutableDistrict(this, this.name, value);
  }

  /**
   * This instance is equal to all instances of {@code ImmutableDistrict} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutableDistrict
        && equalsByValue((ImmutableDistrict) another);
  }

  private boolean equalsByValue(ImmutableDistrict another) {
    return name.equals(another.name)
        && Objects.equals(regencyCity, another.regencyCity);
  }

  /**
   * Computes a hash code from attributes: {@code name}, {@code regencyCity}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + name.hashCode();
    h += (h << 5) + Objects.hashCode(regencyCity);
    return h;
  }

  /**
   * Construct a new immutable {@code District} instance.
   * @param name The value for the {@code name} attribute
   * @param regencyCity The value for the {@code regencyCity} attribute
   * @return An immutable District instance
   */
  public static District of(String name, Optional<? extends RegencyCity> regencyCity) {
    return new ImmutableDistrict(name, regencyCity);
  }

  /**
   * Creates an immutable copy of a {@link District} value.
   * Uses accessors to get values to initialize the new immutable instance.
   * If an instance is already immutable, it is returned as is.
   * @param instance The instance to copy
   * @return A copied immutable District instance
   */
  public static District copyOf(District instance) {
    if (instance instanceof ImmutableDistrict) {
      return (ImmutableDistrict) instance;
    }
    return ImmutableDistrict.builder()
        .from(instance)
        .build();
  }

  /**
   * Creates a builder for {@link District District}.
   * <pre>
   * ImmutableDistrict.builder()
   *    .name(String) // required {@link District#name() name}
   *    .regencyCity(Optional&lt;id.kim.core.region.RegencyCity&gt;) // optional {@link District#regencyCity() regencyCity}
   *    .build();
   * </pre>
   * @return A new District builder
   */
  public static ImmutableDistrict.Builder builder() {
    return new ImmutableDistrict.Builder();
  }

  /**
   * Builds instances of type {@link District District}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  @Generated(from = "District", generator = "Immutables")
  public static final class Builder {
    private static final long INIT_BIT_NAME = 0x1L;
    private long initBits = 0x1L;

    private String name;
    private RegencyCity regencyCity;

    private Builder() {
    }

    /**
     * Fill a builder with attribute values from the provided {@code District} instance.
     * Regular attribute values will be replaced with those from the given instance.
     * Absent optional values will not replace present values.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder from(District instance) {
      ImmutableDistrict.requireNonNull(instance, "instance");
      this.name(instance.name());
      Optional<RegencyCity> regencyCityOptional = instance.regencyCity();
      if (regencyCityOptional.isPresent()) {
        regencyCity(regencyCityOptional);
      }
      return this;
    }

    /**
     * Initializes the value for the {@link District#name() name} attribute.
     * @param name The value for name 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder name(String name) {
      this.name = ImmutableDistrict.requireNonNull(name, "name");
      initBits &= ~INIT_BIT_NAME;
      return this;
    }

    /**
     * Initializes the optional value {@link District#regencyCity() regencyCity} to regencyCity.
     * @param regencyCity The value for regencyCity
     * @return {@code this} builder for chained invocation
     */
    public final Builder regencyCity(RegencyCity regencyCity) {
      this.regencyCity = ImmutableDistrict.requireNonNull(regencyCity, "regencyCity");
      return this;
    }

    /**
     * Initializes the optional value {@link District#regencyCity() regencyCity} to regencyCity.
     * @param regencyCity The value for regencyCity
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder regencyCity(Optional<? extends RegencyCity> regencyCity) {
      this.regencyCity = regencyCity.orElse(null);
      return this;
    }

    /**
     * Builds a new {@link District District}.
     * @return An immutable instance of District
     * @throws id.kim.core.validation.IncompleteValueException if any required attributes are missing
     */
    public District build() {
      checkRequiredAttributes();
      return new ImmutableDistrict(null, name, regencyCity);
    }

    private boolean nameIsSet() {
      return (initBits & INIT_BIT_NAME) == 0;
    }

    private void checkRequiredAttributes() {
      if (initBits != 0) {
        throw new IncompleteValueException(formatRequiredAttributesMessage());
      }
    }

    private String formatRequiredAttributesMessage() {
      List<String> attributes = new ArrayList<>();
      if (!nameIsSet()) attributes.add("name");
      return "Cannot build District, some of required attributes are not set " + attributes;
    }
  }

  private static <T> T requireNonNull(T object, String message) {
    if (object == null) throw new MissingValueException(message);
    return object;
  }
}
