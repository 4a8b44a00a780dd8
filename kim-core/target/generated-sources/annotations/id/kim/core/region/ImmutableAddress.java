package id.kim.core.region;

import id.kim.core.validation.IncompleteValueException;
import id.kim.core.validation.MissingValueException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Generated;

/**
 * Immutable implementation of {@link Address}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code new Address.Builder()}.
 */
@Generated(from = "Address", generator = "Immutables")
@SuppressWarnings({"all"})
final class ImmutableAddress extends Address {
  private final String street;
  private final RtRw rtRw;
  private final String number;
  private final SecretariatKind secretariat;

  private ImmutableAddress(ImmutableAddress.Builder builder) {
    this.street = builder.street;
    this.rtRw = builder.rtRw;
    this.number = builder.number;
    this.secretariat = builder.secretariat != null
        ? builder.secretariat
        : ImmutableAddress.requireNonNull(super.secretariat(), "secretariat");
  }

  private ImmutableAddress(
      String street,
      RtRw rtRw,
      String number,
      SecretariatKind secretariat) {
    this.street = street;
    this.rtRw = rtRw;
    this.number = number;
    this.secretariat = secretariat;
  }

  /**
   * @return The value of the {@code street} attribute
   */
  @Override
  public String street() {
    return street;
  }

  /**
   * @return The value of the {@code rtRw} attribute
   */
  @Override
  public Optional<RtRw> rtRw() {
    return Optional.ofNullable(rtRw);
  }

  /**
   * @return The value of the {@code number} attribute
   */
  @Override
  public Optional<String> number() {
    return Optional.ofNullable(number);
  }

  /**
   * @return The value of the {@code secretariat} attribute
   */
  @Override
  public SecretariatKind secretariat() {
    return secretariat;
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Address#street() street} attribute.
   * An equals check used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for street
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableAddress withStreet(String value) {
    String newValue = ImmutableAddress.requireNonNull(value, "street");
    if (this.street.equals(newValue)) return this;
    return new ImmutableAddress(newValue, this.rtRw, this.number, this.secretariat);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Address#rtRw() rtRw} attribute.
   * @param value The value for rtRw
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableAddress withRtRw(RtRw value) {
    RtRw newValue = ImmutableAddress.requireNonNull(value, "rtRw");
    if (this.rtRw == newValue) return this;
    return new ImmutableAddress(this.street, newValue, this.number, this.secretariat);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Address#rtRw() rtRw} attribute.
   * A shallow reference equality check is used on unboxed optional value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for rtRw
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutableAddress withRtRw(Optional<? extends RtRw> optional) {
    RtRw value = optional.orElse(null);
    if (this.rtRw == value) return this;
    return new ImmutableAddress(this.street, value, this.number, this.secretariat);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Address#number() number} attribute.
   * @param value The value for number
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableAddress withNumber(String value) {
    String newValue = ImmutableAddress.requireNonNull(value, "number");
    if (Objects.equals(this.number, newValue)) return this;
    return new ImmutableAddress(this.street, this.rtRw, newValue, this.secretariat);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Address#number() number} attribute.
   * An equality check is used on inner value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for number
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableAddress withNumber(Optional<String> optional) {
    String value = optional.orElse(null);
    if (Objects.equals(this.number, value)) return this;
    return new ImmutableAddress(this.street, this.rtRw, value, this.secretariat);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Address#secretariat() secretariat} attribute.
   * A value equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for secretariat
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableAddress withSecretariat(SecretariatKind value) {
    SecretariatKind newValue = ImmutableAddress.requireNonNull(value, "secretariat");
    if (this.secretariat == newValue) return this;
    return new ImmutableAddress(this.street, this.rtRw, this.number, newValue);
  }

  /**
   * This instance is equal to all instances of {@code ImmutableAddress} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutableAddress
        && equalsByValue((ImmutableAddress) another);
  }

  private boolean equalsByValue(ImmutableAddress another) {
    return street.equals(another.street)
        && Objects.equals(rtRw, another.rtRw)
        && Objects.equals(number, another.number)
        && secretariat.equals(another.secretariat);
  }

  /**
   * Computes a hash code from attributes: {@code street}, {@code rtRw}, {@code number}, {@code secretariat}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + street.hashCode();
    h += (h << 5) + Objects.hashCode(rtRw);
    h += (h << 5) + Objects.hashCode(number);
    h += (h << 5) + secretariat.hashCode();
    return h;
  }

  /**
   * Creates an immutable copy of a {@link Address} value.
   * Uses accessors to get values to initialize the new immutable instance.
   * If an instance is already immutable, it is returned as is.
   * @param instance The instance to copy
   * @return A copied immutable Address instance
   */
  public static Address copyOf(Address instance) {
    if (instance instanceof ImmutableAddress) {
      return (ImmutableAddress) instance;
    }
    return new Address.Builder()
        .from(instance)
        .build();
  }

  /**
   * Builds instances of type {@link Address Address}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  @Generated(from = "Address", generator = "Immutables")
  public static class Builder {
    private static final long INIT_BIT_STREET = 0x1L;
    private long initBits = 0x1L;

    private String street;
    private RtRw rtRw;
    private String number;
    private SecretariatKind secretariat;

    /**
     * Creates a builder for {@link Address Address} instances.
     * <pre>
     * new Address.Builder()
     *    .street(String) // required {@link Address#street() street}
     *    .rtRw(Optional&lt;id.kim.core.region.RtRw&gt;) // optional {@link Address#rtRw() rtRw}
     *    .number(Optional&lt;String&gt;) // optional {@link Address#number() number}
     *    .secretariat(id.kim.core.region.SecretariatKind) // optional {@link Address#secretariat() secretariat}
     *    .build();
     * </pre>
     */
    public Builder() {
      if (!(this instanceof Address.Builder)) {
        throw new UnsupportedOperationException("Use: new Address.Builder()");
      }
    }

    /**
     * Fill a builder with attribute values from the provided {@code Address} instance.
     * Regular attribute values will be replaced with those from the given instance.
     * Absent optional values will not replace present values.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    public final Address.Builder from(Address instance) {
      ImmutableAddress.requireNonNull(instance, "instance");
      this.street(instance.street());
      Optional<RtRw> rtRwOptional = instance.rtRw();
      if (rtRwOptional.isPresent()) {
        rtRw(rtRwOptional);
      }
      Optional<String> numberOptional = instance.number();
      if (numberOptional.isPresent()) {
        number(numberOptional);
      }
      this.secretariat(instance.secretariat());
      return (Address.Builder) this;
    }

    /**
     * Initializes the value for the {@link Address#street() street} attribute.
     * @param street The value for street 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Address.Builder street(String street) {
      this.street = ImmutableAddress.requireNonNull(street, "street");
      initBits &= ~INIT_BIT_STREET;
      return (Address.Builder) this;
    }

    /**
     * Initializes the optional value {@link Address#rtRw() rtRw} to rtRw.
     * @param rtRw The value for rtRw
     * @return {@code this} builder for chained invocation
     */
    public final Address.Builder rtRw(RtRw rtRw) {
      this.rtRw = ImmutableAddress.requireNonNull(rtRw, "rtRw");
      return (Address.Builder) this;
    }

    /**
     * Initializes the optional value {@link Address#rtRw() rtRw} to rtRw.
     * @param rtRw The value for rtRw
     * @return {@code this} builder for use in a chained invocation
     */
    public final Address.Builder rtRw(Optional<? extends RtRw> rtRw) {
      this.rtRw = rtRw.orElse(null);
      return (Address.Builder) this;
    }

    /**
     * Initializes the optional value {@link Address#number() number} to number.
     * @param number The value for number
     * @return {@code this} builder for chained invocation
     */
    public final Address.Builder number(String number) {
      this.number = ImmutableAddress.requireNonNull(number, "number");
      return (Address.Builder) this;
    }

    /**
     * Initializes the optional value {@link Address#number() number} to number.
     * @param number The value for number
     * @return {@code this} builder for use in a chained invocation
     */
    public final Address.Builder number(Optional<String> number) {
      this.number = number.orElse(null);
      return (Address.Builder) this;
    }

    /**
     * Initializes the value for the {@link Address#secretariat() secretariat} attribute.
     * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link Address#secretariat() secretariat}.</em>
     * @param secretariat The value for secretariat 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Address.Builder secretariat(SecretariatKind secretariat) {
      this.secretariat = ImmutableAddress.requireNonNull(secretariat, "secretariat");
      return (Address.Builder) this;
    }

    /**
     * Builds a new {@link Address Address}.
     * @return An immutable instance of Address
     * @throws id.kim.core.validation.IncompleteValueException if any required attributes are missing
     */
    public Address build() {
      checkRequiredAttributes();
      return new ImmutableAddress(this);
    }

    private boolean streetIsSet() {
      return (initBits & INIT_BIT_STREET) == 0;
    }

    private void checkRequiredAttributes() {
      if (initBits != 0) {
        throw new IncompleteValueException(formatRequiredAttributesMessage());
      }
    }

    private String formatRequiredAttributesMessage() {
      List<String> attributes = new ArrayList<>();
      if (!streetIsSet()) attributes.add("street");
      return "Cannot build Address, some of required attributes are not set " + attributes;
    }
  }

  private static <T> T requireNonNull(T object, String message) {
    if (object == null) throw new MissingValueException(message);
    return object;
  }
}
