package id.kim.core.community;

import id.kim.core.time.Period;
import id.kim.core.validation.IncompleteValueException;
import id.kim.core.validation.MissingValueException;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Generated;

/**
 * Immutable implementation of {@link PartnershipPeriod}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code ImmutablePartnershipPeriod.builder()}.
 * Use the static factory method to create immutable instances:
 * {@code ImmutablePartnershipPeriod.of()}.
 */
@Generated(from = "PartnershipPeriod", generator = "Immutables")
@SuppressWarnings({"all"})
final class ImmutablePartnershipPeriod extends PartnershipPeriod {
  private final Period period;
  private final String programmeOrPolicy;

  private ImmutablePartnershipPeriod(Period period, String programmeOrPolicy) {
    this.period = ImmutablePartnershipPeriod.requireNonNull(period, "period");
    this.programmeOrPolicy = ImmutablePartnershipPeriod.requireNonNull(programmeOrPolicy, "programmeOrPolicy");
  }

  private ImmutablePartnershipPeriod(
      ImmutablePartnershipPeriod original,
      Period period,
      String programmeOrPolicy) {
    this.period = period;
    this.programmeOrPolicy = programmeOrPolicy;
  }

  /**
   * @return The value of the {@code period} attribute
   */
  @Override
  public Period period() {
    return period;
  }

  /**
   * @return The value of the {@code programmeOrPolicy} attribute
   */
  @Override
  public String programmeOrPolicy() {
    return programmeOrPolicy;
  }

  /**
   * Copy the current immutable object by setting a value for the {@link PartnershipPeriod#period() period} attribute.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for period
   * @return A modified copy or the {@code this} object
   */
  public final ImmutablePartnershipPeriod withPeriod(Period value) {
    if (this.period == value) return this;
    Period newValue = ImmutablePartnershipPeriod.requireNonNull(value, "period");
    return new ImmutablePartnershipPeriod(this, newValue, this.programmeOrPolicy);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link PartnershipPeriod#programmeOrPolicy() programmeOrPolicy} attribute.
   * An equals check used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for programmeOrPolicy
   * @return A modified copy or the {@code this} object
   */
  public final ImmutablePartnershipPeriod withProgrammeOrPolicy(String value) {
    String newValue = ImmutablePartnershipPeriod.requireNonNull(value, "programmeOrPolicy");
    if (this.programmeOrPolicy.equals(newValue)) return this;
    return new ImmutablePartnershipPeriod(this, this.period, newValue);
  }

  /**
   * This instance is equal to all instances of {@code ImmutablePartnershipPeriod} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutablePartnershipPeriod
        && equalsByValue((ImmutablePartnershipPeriod) another);
  }

  private boolean equalsByValue(ImmutablePartnershipPeriod another) {
    return period.equals(another.period)
        && programmeOrPolicy.equals(another.programmeOrPolicy);
  }

  /**
   * Computes a hash code from attributes: {@code period}, {@code programmeOrPolicy}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + period.hashCode();
    h += (h << 5) + programmeOrPolicy.hashCode();
    return h;
  }

  /**
   * Prints the immutable value {@code PartnershipPeriod} with attribute values.
   * @return A string representation of the value
   */
  @Override
  public String toString() {
    return "PartnershipPeriod{"
        + "period=" + period
        + ", programmeOrPolicy=" + programmeOrPolicy
        + "}";
  }

  /**
   * Construct a new immutable {@code PartnershipPeriod} instance.
   * @param period The value for the {@code period} attribute
   * @param programmeOrPolicy The value for the {@code programmeOrPolicy} attribute
   * @return An immutable PartnershipPeriod instance
   */
  public static PartnershipPeriod of(Period period, String programmeOrPolicy) {
    return new ImmutablePartnershipPeriod(period, programmeOrPolicy);
  }

  /**
   * Creates an immutable copy of a {@link PartnershipPeriod} value.
   * Uses accessors to get values to initialize the new immutable instance.
   * If an instance is already immutable, it is returned as is.
   * @param instance The instance to copy
   * @return A copied immutable PartnershipPeriod instance
   */
  public static PartnershipPeriod copyOf(PartnershipPeriod instance) {
    if (instance instanceof ImmutablePartnershipPeriod) {
      return (ImmutablePartnershipPeriod) instance;
    }
    return ImmutablePartnershipPeriod.builder()
        .from(instance)
        .build();
  }

  /**
   * Creates a builder for {@link PartnershipPeriod PartnershipPeriod}.
   * <pre>
   * ImmutablePartnershipPeriod.builder()
   *    .period(id.kim.core.time.Period) // required {@link PartnershipPeriod#period() period}
   *    .programmeOrPolicy(String) // required {@link PartnershipPeriod#programmeOrPolicy() programmeOrPolicy}
   *    .build();
   * </pre>
   * @return A new PartnershipPeriod builder
   */
  public static ImmutablePartnershipPeriod.Builder builder() {
    return new ImmutablePartnershipPeriod.Builder();
  }

  /**
   * Builds instances of type {@link PartnershipPeriod PartnershipPeriod}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  @Generated(from = "PartnershipPeriod", generator = "Immutables")
  public static final class Builder {
    private static final long INIT_BIT_PERIOD = 0x1L;
    private static final long INIT_BIT_PROGRAMME_OR_POLICY = 0x2L;
    private long initBits = 0x3L;

    private Period period;
    private String programmeOrPolicy;

    private Builder() {
    }

    /**
     * Fill a builder with attribute values from the provided {@code PartnershipPeriod} instance.
     * Regular attribute values will be replaced with those from the given instance.
     * Absent optional values will not replace present values.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder from(PartnershipPeriod instance) {
      ImmutablePartnershipPeriod.requireNonNull(instance, "instance");
      this.period(instance.period());
      this.programmeOrPolicy(instance.programmeOrPolicy());
      return this;
    }

    /**
     * Initializes the value for the {@link PartnershipPeriod#period() period} attribute.
     * @param period The value for period 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder period(Period period) {
      this.period = ImmutablePartnershipPeriod.requireNonNull(period, "period");
      initBits &= ~INIT_BIT_PERIOD;
      return this;
    }

    /**
     * Initializes the value for the {@link PartnershipPeriod#programmeOrPolicy() programmeOrPolicy} attribute.
     * @param programmeOrPolicy The value for programmeOrPolicy 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder programmeOrPolicy(String programmeOrPolicy) {
      this.programmeOrPolicy = ImmutablePartnershipPeriod.requireNonNull(programmeOrPolicy, "programmeOrPolicy");
      initBits &= ~INIT_BIT_PROGRAMME_OR_POLICY;
      return this;
    }

    /**
     * Builds a new {@link PartnershipPeriod PartnershipPeriod}.
     * @return An immutable instance of PartnershipPeriod
     * @throws id.kim.core.validation.IncompleteValueException if any required attributes are missing
     */
    public PartnershipPeriod build() {
      checkRequiredAttributes();
      return new ImmutablePartnershipPeriod(null, period, programmeOrPolicy);
    }

    private boolean periodIsSet() {
      return (initBits & INIT_BIT_PERIOD) == 0;
    }

    private boolean programmeOrPolicyIsSet() {
      return (initBits & INIT_BIT_PROGRAMME_OR_POLICY) == 0;
    }

    private void checkRequiredAttributes() {
      if (initBits != 0) {
        throw new IncompleteValueException(formatRequiredAttributesMessage());
      }
    }

    private String formatRequiredAttributesMessage() {
      List<String> attributes = new ArrayList<>();
      if (!periodIsSet()) attributes.add("period");
      if (!programmeOrPolicyIsSet()) attributes.add("programmeOrPolicy");
      return "Cannot build PartnershipPeriod, some of required attributes are not set " + attributes;
    }
  }

  private static <T> T requireNonNull(T object, String message) {
    if (object == null) throw new MissingValueException(message);
    return object;
  }
}
