package id.kim.core.region;

import id.kim.core.validation.IncompleteValueException;
import id.kim.core.validation.MissingValueException;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Generated;

/**
 * Immutable implementation of {@link RegencyCity}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code ImmutableRegencyCity.builder()}.
 * Use the static factory method to create immutable instances:
 * {@code ImmutableRegencyCity.of()}.
 */
@Generated(from = "RegencyCity", generator = "Immutables")
@SuppressWarnings({"all"})
final class ImmutableRegencyCity extends RegencyCity {
  private final String name;
  private final RegencyCityKind kind;
  private final Province province;

  private ImmutableRegencyCity(
      String name,
      RegencyCityKind kind,
      Province province) {
    this.name = ImmutableRegencyCity.requireNonNull(name, "name");
    this.kind = ImmutableRegencyCity.requireNonNull(kind, "kind");
    this.province = ImmutableRegencyCity.requireNonNull(province, "province");
  }

  private ImmutableRegencyCity(
      ImmutableRegencyCity original,
      String name,
      RegencyCityKind kind,
      Province province) {
    this.name = name;
    this.kind = kind;
    this.province = province;
  }

  /**
   * @return The value of the {@code name} attribute
   */
  @Override
  public String name() {
    return name;
  }

  /**
   * @return The value of the {@code kind} attribute
   */
  @Override
  public RegencyCityKind kind() {
    return kind;
  }

  /**
   * @return The value of the {@code province} attribute
   */
  @Override
  public Province province() {
    return province;
  }

  /**
   * Copy the current immutable object by setting a value for the {@link RegencyCity#name() name} attribute.
   * An equals check used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for name
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableRegencyCity withName(String value) {
    String newValue = ImmutableRegencyCity.requireNonNull(value, "name");
    if (this.name.equals(newValue)) return this;
    return new ImmutableRegencyCity(this, newValue, this.kind, this.province);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link RegencyCity#kind() kind} attribute.
   * A value equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for kind
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableRegencyCity withKind(RegencyCityKind value) {
    RegencyCityKind newValue = ImmutableRegencyCity.requireNonNull(value, "kind");
    if (this.kind == newValue) return this;
    return new ImmutableRegencyCity(this, this.name, newValue, this.province);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link RegencyCity#province() province} attribute.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for province
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableRegencyCity withProvince(Province value) {
    if (this.province == value) return this;
    Province newValue = ImmutableRegencyCity.requireNonNull(value, "province");
    return new ImmutableRegencyCity(this, this.name, this.kind, newValue);
  }

  /**
   * This instance is equal to all instances of {@code ImmutableRegencyCity} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutableRegencyCity
        && equalsByValue((ImmutableRegencyCity) another);
  }

  private boolean equalsByValue(ImmutableRegencyCity another) {
    return name.equals(another.name)
        && kind.equals(another.kind)
        && province.equals(another.province);
  }

  /**
   * Computes a hash code from attributes: {@code name}, {@code kind}, {@code province}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + name.hashCode();
    h += (h << 5) + kind.hashCode();
    h += (h << 5) + province.hashCode();
    return h;
  }

  /**
   * Construct a new immutable {@code RegencyCity} instance.
   * @param name The value for the {@code name} attribute
   * @param kind The value for the {@code kind} attribute
   * @param province The value for the {@code province} attribute
   * @return An immutable RegencyCity instance
   */
  public static RegencyCity of(String name, RegencyCityKind kind, Province province) {
    return new ImmutableRegencyCity(name, kind, province);
  }

  /**
   * Creates an immutable copy of a {@link RegencyCity} value.
   * Uses accessors to get values to initialize the new immutable instance.
   * If an instance is already immutable, it is returned as is.
   * @param instance The instance to copy
   * @return A copied immutable RegencyCity instance
   */
  public static RegencyCity copyOf(RegencyCity instance) {
    if (instance instanceof ImmutableRegencyCity) {
      return (ImmutableRegencyCity) instance;
    }
    return ImmutableRegencyCity.builder()
        .from(instance)
        .build();
  }

  /**
   * Creates a builder for {@link RegencyCity RegencyCity}.
   * <pre>
   * ImmutableRegencyCity.builder()
   *    .name(String) // required {@link RegencyCity#name() name}
   *    .kind(id.kim.core.region.RegencyCityKind) // required {@link RegencyCity#kind() kind}
   *    .province(id.kim.core.region.Province) // required {@link RegencyCity#province() province}
   *    .build();
   * </pre>
   * @return A new RegencyCity builder
   */
  public static ImmutableRegencyCity.Builder builder() {
    return new ImmutableRegencyCity.Builder();
  }

  /**
   * Builds instances of type {@link RegencyCity RegencyCity}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  @Generated(from = "RegencyCity", generator = "Immutables")
  public static final class Builder {
    private static final long INIT_BIT_NAME = 0x1L;
    private static final long INIT_BIT_KIND = 0x2L;
    private static final long INIT_BIT_PROVINCE = 0x4L;
    private long initBits = 0x7L;

    private String name;
    private RegencyCityKind kind;
    private Province province;

    private Builder() {
    }

    /**
     * Fill a builder with attribute values from the provided {@code RegencyCity} instance.
     * Regular attribute values will be replaced with those from the given instance.
     * Absent optional values will not replace present values.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder from(RegencyCity instance) {
      ImmutableRegencyCity.requireNonNull(instance, "instance");
      this.name(instance.name());
      this.kind(instance.kind());
      this.province(instance.province());
      return this;
    }

    /**
     * Initializes the value for the {@link RegencyCity#name() name} attribute.
     * @param name The value for name 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder name(String name) {
      this.name = ImmutableRegencyCity.requireNonNull(name, "name");
      initBits &= ~INIT_BIT_NAME;
      return this;
    }

    /**
     * Initializes the value for the {@link RegencyCity#kind() kind} attribute.
     * @param kind The value for kind 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder kind(RegencyCityKind kind) {
      this.kind = ImmutableRegencyCity.requireNonNull(kind, "kind");
      initBits &= ~INIT_BIT_KIND;
      return this;
    }

    /**
     * Initializes the value for the {@link RegencyCity#province() province} attribute.
     * @param province The value for province 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder province(Province province) {
      this.province = ImmutableRegencyCity.requireNonNull(province, "province");
      initBits &= ~INIT_BIT_PROVINCE;
      return this;
    }

    /**
     * Builds a new {@link RegencyCity RegencyCity}.
     * @return An immutable instance of RegencyCity
     * @throws id.kim.core.validation.IncompleteValueException if any required attributes are missing
     */
    public RegencyCity build() {
      checkRequiredAttributes();
      return new ImmutableRegencyCity(null, name, kind, province);
    }

    private boolean nameIsSet() {
      return (initBits & INIT_BIT_NAME) == 0;
    }

    private boolean kindIsSet() {
      return (initBits & INIT_BIT_KIND) == 0;
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
      if (!kindIsSet()) attributes.add("kind");
      if (!provinceIsSet()) attributes.add("province");
      return "Cannot build RegencyCity, some of required attributes are not set " + attributes;
    }
  }

  private static <T> T requireNonNull(T object, String message) {
    if (object == null) throw new MissingValueException(message);
    return object;
  }
}
