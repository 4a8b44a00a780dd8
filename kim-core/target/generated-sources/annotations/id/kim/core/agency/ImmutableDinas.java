package id.kim.core.agency;

import id.kim.core.region.Province;
import id.kim.core.region.RegencyCity;
import id.kim.core.validation.IncompleteValueException;
import id.kim.core.validation.MissingValueException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Generated;

/**
 * Immutable implementation of {@link Dinas}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code ImmutableDinas.builder()}.
 */
@Generated(from = "Dinas", generator = "Immutables")
@SuppressWarnings({"all"})
final class ImmutableDinas extends Dinas {
  private final String name;
  private final DinasLevel level;
  private final Province province;
  private final RegencyCity regencyCity;

  private ImmutableDinas(
      String name,
      DinasLevel level,
      Province province,
      RegencyCity regencyCity) {
    this.name = name;
    this.level = level;
    this.province = province;
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
   * @return The value of the {@code level} attribute
   */
  @Override
  public DinasLevel level() {
    return level;
  }

  /**
   * @return The value of the {@code province} attribute
   */
  @Override
  public Province province() {
    return province;
  }

  /**
   * @return The value of the {@code regencyCity} attribute
   */
  @Override
  public Optional<RegencyCity> regencyCity() {
    return Optional.ofNullable(regencyCity);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Dinas#name() name} attribute.
   * An equals check used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for name
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableDinas withName(String value) {
    String newValue = ImmutableDinas.requireNonNull(value, "name");
    if (this.name.equals(newValue)) return this;
    return new ImmutableDinas(newValue, this.level, this.province, this.regencyCity);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Dinas#level() level} attribute.
   * A value equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for level
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableDinas withLevel(DinasLevel value) {
    DinasLevel newValue = ImmutableDinas.requireNonNull(value, "level");
    if (this.level == newValue) return this;
    return new ImmutableDinas(this.name, newValue, this.province, this.regencyCity);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Dinas#province() province} attribute.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for province
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableDinas withProvince(Province value) {
    if (this.province == value) return this;
    Province newValue = ImmutableDinas.requireNonNull(value, "province");
    return new ImmutableDinas(this.name, this.level, newValue, this.regencyCity);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Dinas#regencyCity() regencyCity} attribute.
   * @param value The value for regencyCity
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableDinas withRegencyCity(RegencyCity value) {
    RegencyCity newValue = ImmutableDinas.requireNonNull(value, "regencyCity");
    if (this.regencyCity == newValue) return this;
    return new ImmutableDinas(this.name, this.level, this.province, newValue);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Dinas#regencyCity() regencyCity} attribute.
   * A shallow reference equality check is used on unboxed optional value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for regencyCity
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutableDinas withRegencyCity(Optional<? extends RegencyCity> optional) {
    RegencyCity value = optional.orElse(null);
    if (this.regencyCity == value) return this;
    return new ImmutableDinas(this.name, this.level, this.province, value);
  }

  /**
   * This instance is equal to all instances of {@code ImmutableDinas} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutableDinas
        && equalsByValue((ImmutableDinas) another);
  }

  private boolean equalsByValue(ImmutableDinas another) {
    return name.equals(another.name)
        && level.equals(another.level)
        && province.equals(another.province)
        && Objects.equals(regencyCity, another.regencyCity);
  }

  /**
   * Computes a hash code from attributes: {@code name}, {@code level}, {@code province}, {@code regencyCity}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + name.hashCode();
    h += (h << 5) + level.hashCode();
    h += (h << 5) + province.hashCode();
    h += (h << 5) + Objects.hashCode(regencyCity);
    return h;
  }

  /**
   * Creates an immutable copy of a {@link Dinas} value.
   * Uses accessors to get values to initialize the new immutable instance.
   * If an instance is already immutable, it is returned as is.
   * @param instance The instance to copy
   * @return A copied immutable Dinas instance
   */
  public static Dinas copyOf(Dinas instance) {
    if (instance instanceof ImmutableDinas) {
      return (ImmutableDinas) instance;
    }
    return ImmutableDinas.builder()
        .from(instance)
        .build();
  }

  /**
   * Creates a builder for {@link Dinas Dinas}.
   * <pre>
   * ImmutableDinas.builder()
   *    .name(String) // required {@link Dinas#name() name}
   *    .level(id.kim.core.agency.DinasLevel) // required {@link Dinas#level() level}
   *    .province(id.kim.core.region.Province) // required {@link Dinas#province() province}
   *    .regencyCity(Optional&lt;id.kim.core.region.RegencyCity&gt;) // optional {@link Dinas#regencyCity() regencyCity}
   *    .build();
   * </pre>
   * @return A new Dinas builder
   */
  public static ImmutableDinas.Builder builder() {
    return new ImmutableDinas.Builder();
  }

  /**
   * Builds instances of type {@link Dinas Dinas}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  @Generated(from = "Dinas", generator = "Immutables")
  public static final class Builder {
    private static final long INIT_BIT_NAME = 0x1L;
    private static final long INIT_BIT_LEVEL = 0x2L;
    private static final long INIT_BIT_PROVINCE = 0x4L;
    private long initBits = 0x7L;

    private String name;
    private DinasLevel level;
    private Province province;
    private RegencyCity regencyCity;

    private Builder() {
    }

    /**
     * Fill a builder with attribute values from the provided {@code Dinas} instance.
     * Regular attribute values will be replaced with those from the given instance.
     * Absent optional values will not replace present values.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder from(Dinas instance) {
      ImmutableDinas.requireNonNull(instance, "instance");
      this.name(instance.name());
      this.level(instance.level());
      this.province(instance.province());
      Optional<RegencyCity> regencyCityOptional = instance.regencyCity();
      if (regencyCityOptional.isPresent()) {
        regencyCity(regencyCityOptional);
      }
      return this;
    }

    /**
     * Initializes the value for the {@link Dinas#name() name} attribute.
     * @param name The value for name 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder name(String name) {
      this.name = ImmutableDinas.requireNonNull(name, "name");
      initBits &= ~INIT_BIT_NAME;
      return this;
    }

    /**
     * Initializes the value for the {@link Dinas#level() level} attribute.
     * @param level The value for level 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder level(DinasLevel level) {
      this.level = ImmutableDinas.requireNonNull(level, "level");
      initBits &= ~INIT_BIT_LEVEL;
      return this;
    }

    /**
     * Initializes the value for the {@link Dinas#province() province} attribute.
     * @param province The value for province 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder province(Province province) {
      this.province = ImmutableDinas.requireNonNull(province, "province");
      initBits &= ~INIT_BIT_PROVINCE;
      return this;
    }

    /**
     * Initializes the optional value {@link Dinas#regencyCity() regencyCity} to regencyCity.
     * @param regencyCity The value for regencyCity
     * @return {@code this} builder for chained invocation
     */
    public final Builder regencyCity(RegencyCity regencyCity) {
      this.regencyCity = ImmutableDinas.requireNonNull(regencyCity, "regencyCity");
      return this;
    }

    /**
     * Initializes the optional value {@link Dinas#regencyCity() regencyCity} to regencyCity.
     * @param regencyCity The value for regencyCity
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder regencyCity(Optional<? extends RegencyCity> regencyCity) {
      this.regencyCity = regencyCity.orElse(null);
      return this;
    }

    /**
     * Builds a new {@link Dinas Dinas}.
     * @return An immutable instance of Dinas
     * @throws id.kim.core.validation.IncompleteValueException if any required attributes are missing
     */
    public Dinas build() {
      checkRequiredAttributes();
      return new ImmutableDinas(name, level, province, regencyCity);
    }

    private boolean nameIsSet() {
      return (initBits & INIT_BIT_NAME) == 0;
    }

    private boolean levelIsSet() {
      return (initBits & INIT_BIT_LEVEL) == 0;
    }

    private boolean provinceIsSet() {
      return (initBits & INIT_BIT_PROVINCE) == 0;
    }

    private void checkRequiredAttributes() {
      if (initBits != 0) {
        throw new IncompleteValueException(formatRequiredAttributesMessage());
      }
    }

    private String formatRequiredAttributesMessage() {
      List<String> attributes = new ArrayList<>();
      if (!nameIsSet()) attributes.add("name");
      if (!levelIsSet()) attributes.add("level");
      if (!provinceIsSet()) attributes.add("province");
      return "Cannot build Dinas, some of required attributes are not set " + attributes;
    }
  }

  private static <T> T requireNonNull(T object, String message) {
    if (object == null) throw new MissingValueException(message);
    return object;
  }
}
