package id.kim.core.region;

import id.kim.core.validation.IncompleteValueException;
import id.kim.core.validation.MissingValueException;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Generated;

/**
 * Immutable implementation of {@link Province}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code ImmutableProvince.builder()}.
 * Use the static factory method to create immutable instances:
 * {@code ImmutableProvince.of()}.
 */
@Generated(from = "Province", generator = "Immutables")
@SuppressWarnings({"all"})
final class ImmutableProvince extends Province {
  private final String name;

  private ImmutableProvince(String name) {
    this.name = ImmutableProvince.requireNonNull(name, "name");
  }

  private ImmutableProvince(ImmutableProvince original, String name) {
    this.name = name;
  }

  /**
   * @return The value of the {@code name} attribute
   */
  @Override
  public String name() {
    return name;
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Province#name() name} attribute.
   * An equals check used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for name
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableProvince withName(String value) {
    String newValue = ImmutableProvince.requireNonNull(value, "name");
    if (this.name.equals(newValue)) return this;
    return new ImmutableProvince(this, newValue);
  }

  /**
   * This instance is equal to all instances of {@code ImmutableProvince} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutableProvince
        && equalsByValue((ImmutableProvince) another);
  }

  private boolean equalsByValue(ImmutableProvince another) {
    return name.equals(another.name);
  }

  /**
   * Computes a hash code from attributes: {@code name}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + name.hashCode();
    return h;
  }

  /**
   * Construct a new immutable {@code Province} instance.
   * @param name The value for the {@code name} attribute
   * @return An immutable Province instance
   */
  public static Province of(String name) {
    return new ImmutableProvince(name);
  }

  /**
   * Creates an immutable copy of a {@link Province} value.
   * Uses accessors to get values to initialize the new immutable instance.
   * If an instance is already immutable, it is returned as is.
   * @param instance The instance to copy
   * @return A copied immutable Province instance
   */
  public static Province copyOf(Province instance) {
    if (instance instanceof ImmutableProvince) {
      return (ImmutableProvince) instance;
    }
    return ImmutableProvince.builder()
        .from(instance)
        .build();
  }

  /**
   * Creates a builder for {@link Province Province}.
   * <pre>
   * ImmutableProvince.builder()
   *    .name(String) // required {@link Province#name() name}
   *    .build();
   * </pre>
   * @return A new Province builder
   */
  public static ImmutableProvince.Builder builder() {
    return new ImmutableProvince.Builder();
  }

  /**
   * Builds instances of type {@link Province Province}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  @Generated(from = "Province", generator = "Immutables")
  public static final class Builder {
    private static final long INIT_BIT_NAME = 0x1L;
    private long initBits = 0x1L;

    private String name;

    private Builder() {
    }

    /**
     * Fill a builder with attribute values from the provided {@code Province} instance.
     * Regular attribute values will be replaced with those from the given instance.
     * Absent optional values will not replace present values.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder from(Province instance) {
      ImmutableProvince.requireNonNull(instance, "instance");
      this.name(instance.name());
      return this;
    }

    /**
     * Initializes the value for the {@link Province#name() name} attribute.
     * @param name The value for name 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder name(String name) {
      this.name = ImmutableProvince.requireNonNull(name, "name");
      initBits &= ~INIT_BIT_NAME;
      return this;
    }

    /**
     * Builds a new {@link Province Province}.
     * @return An immutable instance of Province
     * @throws id.kim.core.validation.IncompleteValueException if any required attributes are missing
     */
    public Province build() {
      checkRequiredAttributes();
      return new ImmutableProvince(null, name);
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
      return "Cannot build Province, some of required attributes are not set " + attributes;
    }
  }

  private static <T> T requireNonNull(T object, String message) {
    if (object == null) throw new MissingValueException(message);
    return object;
  }
}
