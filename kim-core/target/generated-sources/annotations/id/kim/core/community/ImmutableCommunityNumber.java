package id.kim.core.community;

import id.kim.core.region.RegencyCity;
import id.kim.core.validation.IncompleteValueException;
import id.kim.core.validation.MissingValueException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Generated;

/**
 * Immutable implementation of {@link CommunityNumber}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code ImmutableCommunityNumber.builder()}.
 * Use the static factory method to create immutable instances:
 * {@code ImmutableCommunityNumber.of()}.
 */
@Generated(from = "CommunityNumber", generator = "Immutables")
@SuppressWarnings({"all"})
final class ImmutableCommunityNumber extends CommunityNumber {
  private final String value;
  private final RegencyCity issuedBy;
  private final LocalDate issuedOn;

  private ImmutableCommunityNumber(String value, RegencyCity issuedBy) {
    this.value = ImmutableCommunityNumber.requireNonNull(value, "value");
    this.issuedBy = ImmutableCommunityNumber.requireNonNull(issuedBy, "issuedBy");
    this.issuedOn = null;
  }

  private ImmutableCommunityNumber(String value, RegencyCity issuedBy, LocalDate issuedOn) {
    this.value = value;
    this.issuedBy = issuedBy;
    this.issuedOn = issuedOn;
  }

  /**
   * @return The value of the {@code value} attribute
   */
  @Override
  public String value() {
    return value;
  }

  /**
   * @return The value of the {@code issuedBy} attribute
   */
  @Override
  public RegencyCity issuedBy() {
    return issuedBy;
  }

  /**
   * @return The value of the {@code issuedOn} attribute
   */
  @Override
  public Optional<LocalDate> issuedOn() {
    return Optional.ofNullable(issuedOn);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link CommunityNumber#value() value} attribute.
   * An equals check used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for value
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableCommunityNumber withValue(String value) {
    String newValue = ImmutableCommunityNumber.requireNonNull(value, "value");
    if (this.value.equals(newValue)) return this;
    return new ImmutableCommunityNumber(newValue, this.issuedBy, this.issuedOn);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link CommunityNumber#issuedBy() issuedBy} attribute.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for issuedBy
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableCommunityNumber withIssuedBy(RegencyCity value) {
    if (this.issuedBy == value) return this;
    RegencyCity newValue = ImmutableCommunityNumber.requireNonNull(value, "issuedBy");
    return new ImmutableCommunityNumber(this.value, newValue, this.issuedOn);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link CommunityNumber#issuedOn() issuedOn} attribute.
   * @param value The value for issuedOn
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableCommunityNumber withIssuedOn(LocalDate value) {
    LocalDate newValue = ImmutableCommunityNumber.requireNonNull(value, "issuedOn");
    if (this.issuedOn == newValue) return this;
    return new ImmutableCommunityNumber(this.value, this.issuedBy, newValue);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link CommunityNumber#issuedOn() issuedOn} attribute.
   * A shallow reference equality check is used on unboxed optional value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for issuedOn
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutableCommunityNumber withIssuedOn(Optional<? extends LocalDate> optional) {
    LocalDate value = optional.orElse(null);
    if (this.issuedOn == value) return this;
    return new ImmutableCommunityNumber(this.value, this.issuedBy, value);
  }

  /**
   * This instance is equal to all instances of {@code ImmutableCommunityNumber} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutableCommunityNumber
        && equalsByValue((ImmutableCommunityNumber) another);
  }

  private boolean equalsByValue(ImmutableCommunityNumber another) {
    return value.equals(another.value)
        && issuedBy.equals(another.issuedBy)
        && Objects.equals(issuedOn, another.issuedOn);
  }

  /**
   * Computes a hash code from attributes: {@code value}, {@code issuedBy}, {@code issuedOn}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + value.hashCode();
    h += (h << 5) + issuedBy.hashCode();
    h += (h << 5) + Objects.hashCode(issuedOn);
    return h;
  }

  /**
   * Construct a new immutable {@code CommunityNumber} instance.
   * @param value The value for the {@code value} attribute
   * @param issuedBy The value for the {@code issuedBy} attribute
   * @return An immutable CommunityNumber instance
   */
  public static CommunityNumber of(String value, RegencyCity issuedBy) {
    return new ImmutableCommunityNumber(value, issuedBy);
  }

  /**
   * Creates an immutable copy of a {@link CommunityNumber} value.
   * Uses accessors to get values to initialize the new immutable instance.
   * If an instance is already immutable, it is returned as is.
   * @param instance The instance to copy
   * @return A copied immutable CommunityNumber instance
   */
  public static CommunityNumber copyOf(CommunityNumber instance) {
    if (instance instanceof ImmutableCommunityNumber) {
      return (ImmutableCommunityNumber) instance;
    }
    return ImmutableCommunityNumber.builder()
        .from(instance)
        .build();
  }

  /**
   * Creates a builder for {@link CommunityNumber CommunityNumber}.
   * <pre>
   * ImmutableCommunityNumber.builder()
   *    .value(String) // required {@link CommunityNumber#value() value}
   *    .issuedBy(id.kim.core.region.RegencyCity) // required {@link CommunityNumber#issuedBy() issuedBy}
   *    .issuedOn(Optional&lt;java.time.LocalDate&gt;) // optional {@link CommunityNumber#issuedOn() issuedOn}
   *    .build();
   * </pre>
   * @return A new CommunityNumber builder
   */
  public static ImmutableCommunityNumber.Builder builder() {
    return new ImmutableCommunityNumber.Builder();
  }

  /**
   * Builds instances of type {@link CommunityNumber CommunityNumber}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  @Generated(from = "CommunityNumber", generator = "Immutables")
  public static final class Builder {
    private static final long INIT_BIT_VALUE = 0x1L;
    private static final long INIT_BIT_ISSUED_BY = 0x2L;
    private long initBits = 0x3L;

    private String value;
    private RegencyCity issuedBy;
    private LocalDate issuedOn;

    private Builder() {
    }

    /**
     * Fill a builder with attribute values from the provided {@code CommunityNumber} instance.
     * Regular attribute values will be replaced with those from the given instance.
     * Absent optional values will not replace present values.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder from(CommunityNumber instance) {
      ImmutableCommunityNumber.requireNonNull(instance, "instance");
      this.value(instance.value());
      this.issuedBy(instance.issuedBy());
      Optional<LocalDate> issuedOnOptional = instance.issuedOn();
      if (issuedOnOptional.isPresent()) {
        issuedOn(issuedOnOptional);
      }
      return this;
    }

    /**
     * Initializes the value for the {@link CommunityNumber#value() value} attribute.
     * @param value The value for value 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder value(String value) {
      this.value = ImmutableCommunityNumber.requireNonNull(value, "value");
      initBits &= ~INIT_BIT_VALUE;
      return this;
    }

    /**
     * Initializes the value for the {@link CommunityNumber#issuedBy() issuedBy} attribute.
     * @param issuedBy The value for issuedBy 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder issuedBy(RegencyCity issuedBy) {
      this.issuedBy = ImmutableCommunityNumber.requireNonNull(issuedBy, "issuedBy");
      initBits &= ~INIT_BIT_ISSUED_BY;
      return this;
    }

    /**
     * Initializes the optional value {@link CommunityNumber#issuedOn() issuedOn} to issuedOn.
     * @param issuedOn The value for issuedOn
     * @return {@code this} builder for chained invocation
     */
    public final Builder issuedOn(LocalDate issuedOn) {
      this.issuedOn = ImmutableCommunityNumber.requireNonNull(issuedOn, "issuedOn");
      return this;
    }

    /**
     * Initializes the optional value {@link CommunityNumber#issuedOn() issuedOn} to issuedOn.
     * @param issuedOn The value for issuedOn
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder issuedOn(Optional<? extends LocalDate> issuedOn) {
      this.issuedOn = issuedOn.orElse(null);
      return this;
    }

    /**
     * Builds a new {@link CommunityNumber CommunityNumber}.
     * @return An immutable instance of CommunityNumber
     * @throws id.kim.core.validation.IncompleteValueException if any required attributes are missing
     */
    public CommunityNumber build() {
      checkRequiredAttributes();
      return new ImmutableCommunityNumber(value, issuedBy, issuedOn);
    }

    private boolean valueIsSet() {
      return (initBits & INIT_BIT_VALUE) == 0;
    }

    private boolean issuedByIsSet() {
      return (initBits & INIT_BIT_ISSUED_BY) == 0;
    }

    private void checkRequiredAttributes() {
      if (initBits != 0) {
        throw new IncompleteValueException(formatRequiredAttributesMessage());
      }
    }

    private String formatRequiredAttributesMessage() {
      List<String> attributes = new ArrayList<>();
      if (!valueIsSet()) attributes.add("value");
      if (!issuedByIsSet()) attributes.add("issuedBy");
      return "Cannot build CommunityNumber, some of required attributes are not set " + attributes;
    }
  }

  private static <T> T requireNonNull(T object, String message) {
    if (object == null) throw new MissingValueException(message);
    return object;
  }
}
