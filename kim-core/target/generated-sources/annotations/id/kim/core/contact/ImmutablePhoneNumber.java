package id.kim.core.contact;

import id.kim.core.validation.IncompleteValueException;
import id.kim.core.validation.MissingValueException;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Generated;

/**
 * Immutable implementation of {@link PhoneNumber}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code ImmutablePhoneNumber.builder()}.
 * Use the static factory method to create immutable instances:
 * {@code ImmutablePhoneNumber.of()}.
 */
@Generated(from = "PhoneNumber", generator = "Immutables")
@SuppressWarnings({"all"})
final class ImmutablePhoneNumber extends PhoneNumber {
  private final String value;

  private ImmutablePhoneNumber(String value) {
    this.value = ImmutablePhoneNumber.requireNonNull(value, "value");
  }

  private ImmutablePhoneNumber(ImmutablePhoneNumber original, String value) {
    this.value = value;
  }

  /**
   * @return The value of the {@code value} attribute
   */
  @Override
  public String value() {
    return value;
  }

  /**
   * Copy the current immutable object by setting a value for the {@link PhoneNumber#value() value} attribute.
   * An equals check used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for value
   * @return A modified copy or the {@code this} object
   */
  public final ImmutablePhoneNumber withValue(String value) {
    String newValue = ImmutablePhoneNumber.requireNonNull(value, "value");
    if (this.value.equals(newValue)) return this;
    return new ImmutablePhoneNumber(this, newValue);
  }

  /**
   * This instance is equal to all instances of {@code ImmutablePhoneNumber} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutablePhoneNumber
        && equalsByValue((ImmutablePhoneNumber) another);
  }

  private boolean equalsByValue(ImmutablePhoneNumber another) {
    return value.equals(another.value);
  }

  /**
   * Computes a hash code from attributes: {@code value}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + value.hashCode();
    return h;
  }

  /**
   * Construct a new immutable {@code PhoneNumber} instance.
   * @param value The value for the {@code value} attribute
   * @return An immutable PhoneNumber instance
   */
  public static PhoneNumber of(String value) {
    return new ImmutablePhoneNumber(value);
  }

  /**
   * Creates an immutable copy of a {@link PhoneNumber} value.
   * Uses accessors to get values to initialize the new immutable instance.
   * If an instance is already immutable, it is returned as is.
   * @param instance The instance to copy
   * @return A copied immutable PhoneNumber instance
   */
  public static PhoneNumber copyOf(PhoneNumber instance) {
    if (instance instanceof ImmutablePhoneNumber) {
      return (ImmutablePhoneNumber) instance;
    }
    return ImmutablePhoneNumber.builder()
        .from(instance)
        .build();
  }

  /**
   * Creates a builder for {@link PhoneNumber PhoneNumber}.
   * <pre>
   * ImmutablePhoneNumber.builder()
   *    .value(String) // required {@link PhoneNumber#value() value}
   *    .build();
   * </pre>
   * @return A new PhoneNumber builder
   */
  public static ImmutablePhoneNumber.Builder builder() {
    return new ImmutablePhoneNumber.Builder();
  }

  /**
   * Builds instances of type {@link PhoneNumber PhoneNumber}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  @Generated(from = "PhoneNumber", generator = "Immutables")
  public static final class Builder {
    private static final long INIT_BIT_VALUE = 0x1L;
    private long initBits = 0x1L;

    private String value;

    private Builder() {
    }

    /**
     * Fill a builder with attribute values from the provided {@code PhoneNumber} instance.
     * Regular attribute values will be replaced with those from the given instance.
     * Absent optional values will not replace present values.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder from(PhoneNumber instance) {
      ImmutablePhoneNumber.requireNonNull(instance, "instance");
      this.value(instance.value());
      return this;
    }

    /**
     * Initializes the value for the {@link PhoneNumber#value() value} attribute.
     * @param value The value for value 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder value(String value) {
      this.value = ImmutablePhoneNumber.requireNonNull(value, "value");
      initBits &= ~INIT_BIT_VALUE;
      return this;
    }

    /**
     * Builds a new {@link PhoneNumber PhoneNumber}.
     * @return An immutable instance of PhoneNumber
     * @throws id.kim.core.validation.IncompleteValueException if any required attributes are missing
     */
    public PhoneNumber build() {
      checkRequiredAttributes();
      return new ImmutablePhoneNumber(null, value);
    }

    private boolean valueIsSet() {
      return (initBits & INIT_BIT_VALUE) == 0;
    }

    private void checkRequiredAttributes() {
      if (initBits != 0) {
        throw new IncompleteValueException(formatRequiredAttributesMessage());
      }
    }

    private String formatRequiredAttributesMessage() {
      List<String> attributes = new ArrayList<>();
      if (!valueIsSet()) attributes.add("value");
      return "Cannot build PhoneNumber, some of required attributes are not set " + attributes;
    }
  }

  private static <T> T requireNonNull(T object, String message) {
    if (object == null) throw new MissingValueException(message);
    return object;
  }
}
