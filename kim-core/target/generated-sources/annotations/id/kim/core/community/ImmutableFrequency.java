package id.kim.core.community;

import id.kim.core.validation.IncompleteValueException;
import id.kim.core.validation.MissingValueException;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Generated;

/**
 * Immutable implementation of {@link Frequency}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code ImmutableFrequency.builder()}.
 * Use the static factory method to create immutable instances:
 * {@code ImmutableFrequency.of()}.
 */
@Generated(from = "Frequency", generator = "Immutables")
@SuppressWarnings({"all"})
final class ImmutableFrequency extends Frequency {
  private final int count;
  private final FrequencyPeriod period;

  private ImmutableFrequency(int count, FrequencyPeriod period) {
    this.count = count;
    this.period = ImmutableFrequency.requireNonNull(period, "period");
  }

  private ImmutableFrequency(ImmutableFrequency original, int count, FrequencyPeriod period) {
    this.count = count;
    this.period = period;
  }

  /**
   * @return The value of the {@code count} attribute
   */
  @Override
  public int count() {
    return count;
  }

  /**
   * @return The value of the {@code period} attribute
   */
  @Override
  public FrequencyPeriod period() {
    return period;
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Frequency#count() count} attribute.
   * A value equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for count
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableFrequency withCount(int value) {
    if (this.count == value) return this;
    return new ImmutableFrequency(this, value, this.period);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Frequency#period() period} attribute.
   * A value equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for period
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableFrequency withPeriod(FrequencyPeriod value) {
    FrequencyPeriod newValue = ImmutableFrequency.requireNonNull(value, "period");
    if (this.period == newValue) return this;
    return new ImmutableFrequency(this, this.count, newValue);
  }

  /**
   * This instance is equal to all instances of {@code ImmutableFrequency} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutableFrequency
        && equalsByValue((ImmutableFrequency) another);
  }

  private boolean equalsByValue(ImmutableFrequency another) {
    return count == another.count
        && period.equals(another.period);
  }

  /**
   * Computes a hash code from attributes: {@code count}, {@code period}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + count;
    h += (h << 5) + period.hashCode();
    return h;
  }

  /**
   * Construct a new immutable {@code Frequency} instance.
   * @param count The value for the {@code count} attribute
   * @param period The value for the {@code period} attribute
   * @return An immutable Frequency instance
   */
  public static Frequency of(int count, FrequencyPeriod period) {
    return new ImmutableFrequency(count, period);
  }

  /**
   * Creates an immutable copy of a {@link Frequency} value.
   * Uses accessors to get values to initialize the new immutable instance.
   * If an instance is already immutable, it is returned as is.
   * @param instance The instance to copy
   * @return A copied immutable Frequency instance
   */
  public static Frequency copyOf(Frequency instance) {
    if (instance instanceof ImmutableFrequency) {
      return (ImmutableFrequency) instance;
    }
    return ImmutableFrequency.builder()
        .from(instance)
        .build();
  }

  /**
   * Creates a builder for {@link Frequency Frequency}.
   * <pre>
   * ImmutableFrequency.builder()
   *    .count(int) // required {@link Frequency#count() count}
   *    .period(id.kim.core.community.FrequencyPeriod) // required {@link Frequency#period() period}
   *    .build();
   * </pre>
   * @return A new Frequency builder
   */
  public static ImmutableFrequency.Builder builder() {
    return new ImmutableFrequency.Builder();
  }

  /**
   * Builds instances of type {@link Frequency Frequency}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  @Generated(from = "Frequency", generator = "Immutables")
  public static final class Builder {
    private static final long INIT_BIT_COUNT = 0x1L;
    private static final long INIT_BIT_PERIOD = 0x2L;
    private long initBits = 0x3L;

    private int count;
    private FrequencyPeriod period;

    private Builder() {
    }

    /**
     * Fill a builder with attribute values from the provided {@code Frequency} instance.
     * Regular attribute values will be replaced with those from the given instance.
     * Absent optional values will not replace present values.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder from(Frequency instance) {
      ImmutableFrequency.requireNonNull(instance, "instance");
      this.count(instance.count());
      this.period(instance.period());
      return this;
    }

    /**
     * Initializes the value for the {@link Frequency#count() count} attribute.
     * @param count The value for count 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder count(int count) {
      this.count = count;
      initBits &= ~INIT_BIT_COUNT;
      return this;
    }

    /**
     * Initializes the value for the {@link Frequency#period() period} attribute.
     * @param period The value for period 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder period(FrequencyPeriod period) {
      this.period = ImmutableFrequency.requireNonNull(period, "period");
      initBits &= ~INIT_BIT_PERIOD;
      return this;
    }

    /**
     * Builds a new {@link Frequency Frequency}.
     * @return An immutable instance of Frequency
     * @throws id.kim.core.validation.IncompleteValueException if any required attributes are missing
     */
    public Frequency build() {
      checkRequiredAttributes();
      return new ImmutableFrequency(null, count, period);
    }

    private boolean countIsSet() {
      return (initBits & INIT_BIT_COUNT) == 0;
    }

    private boolean periodIsSet() {
      return (initBits & INIT_BIT_PERIOD) == 0;
    }

    private void checkRequiredAttributes() {
      if (initBits != 0) {
        throw new IncompleteValueException(formatRequiredAttributesMessage());
      }
    }

    private String formatRequiredAttributesMessage() {
      List<String> attributes = new ArrayList<>();
      if (!countIsSet()) attributes.add("count");
      if (!periodIsSet()) attributes.add("period");
      return "Cannot build Frequency, some of required attributes are not set " + attributes;
    }
  }

  private static <T> T requireNonNull(T object, String message) {
    if (object == null) throw new MissingValueException(message);
    return object;
  }
}
