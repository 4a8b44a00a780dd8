package id.kim.core.metric;

import id.kim.core.media.KimMedium;
import id.kim.core.validation.IncompleteValueException;
import id.kim.core.validation.MissingValueException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Generated;

/**
 * Immutable implementation of {@link ResponseObservation}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code ImmutableResponseObservation.builder()}.
 * Use the static factory method to create immutable instances:
 * {@code ImmutableResponseObservation.of()}.
 */
@Generated(from = "ResponseObservation", generator = "Immutables")
@SuppressWarnings({"all"})
final class ImmutableResponseObservation extends ResponseObservation {
  private final KimMedium medium;
  private final ResponseMetric metric;
  private final long value;
  private final LocalDate observedOn;

  private ImmutableResponseObservation(
      KimMedium medium,
      ResponseMetric metric,
      long value,
      LocalDate observedOn) {
    this.medium = ImmutableResponseObservation.requireNonNull(medium, "medium");
    this.metric = ImmutableResponseObservation.requireNonNull(metric, "metric");
    this.value = value;
    this.observedOn = ImmutableResponseObservation.requireNonNull(observedOn, "observedOn");
  }

  private ImmutableResponseObservation(
      ImmutableResponseObservation original,
      KimMedium medium,
      ResponseMetric metric,
      long value,
      LocalDate observedOn) {
    this.medium = medium;
    this.metric = metric;
    this.value = value;
    this.observedOn = observedOn;
  }

  /**
   * @return The value of the {@code medium} attribute
   */
  @Override
  public KimMedium medium() {
    return medium;
  }

  /**
   * @return The value of the {@code metric} attribute
   */
  @Override
  public ResponseMetric metric() {
    return metric;
  }

  /**
   * @return The value of the {@code value} attribute
   */
  @Override
  public long value() {
    return value;
  }

  /**
   * @return The value of the {@code observedOn} attribute
   */
  @Override
  public LocalDate observedOn() {
    return observedOn;
  }

  /**
   * Copy the current immutable object by setting a value for the {@link ResponseObservation#medium() medium} attribute.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for medium
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableResponseObservation withMedium(KimMedium value) {
    if (this.medium == value) return this;
    KimMedium newValue = ImmutableResponseObservation.requireNonNull(value, "medium");
    return new ImmutableResponseObservation(this, newValue, this.metric, this.value, this.observedOn);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link ResponseObservation#metric() metric} attribute.
   * A value equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for metric
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableResponseObservation withMetric(ResponseMetric value) {
    ResponseMetric newValue = ImmutableResponseObservation.requireNonNull(value, "metric");
    if (this.metric == newValue) return this;
    return new ImmutableResponseObservation(this, this.medium, newValue, this.value, this.observedOn);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link ResponseObservation#value() value} attribute.
   * A value equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for value
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableResponseObservation withValue(long value) {
    if (this.value == value) return this;
    return new ImmutableResponseObservation(this, this.medium, this.metric, value, this.observedOn);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link ResponseObservation#observedOn() observedOn} attribute.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for observedOn
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableResponseObservation withObservedOn(LocalDate value) {
    if (this.observedOn == value) return this;
    LocalDate newValue = ImmutableResponseObservation.requireNonNull(value, "observedOn");
    return new ImmutableResponseObservation(this, this.medium, this.metric, this.value, newValue);
  }

  /**
   * This instance is equal to all instances of {@code ImmutableResponseObservation} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutableResponseObservation
        && equalsByValue((ImmutableResponseObservation) another);
  }

  private boolean equalsByValue(ImmutableResponseObservation another) {
    return medium.equals(another.medium)
        && metric.equals(another.metric)
        && value == another.value
        && observedOn.equals(another.observedOn);
  }

  /**
   * Computes a hash code from attributes: {@code medium}, {@code metric}, {@code value}, {@code observedOn}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + medium.hashCode();
    h += (h << 5) + metric.hashCode();
    h += (h << 5) + Long.hashCode(value);
    h += (h << 5) + observedOn.hashCode();
    return h;
  }

  /**
   * Prints the immutable value {@code ResponseObservation} with attribute values.
   * @return A string representation of the value
   */
  @Override
  public String toString() {
    return "ResponseObservation{"
        + "medium=" + medium
        + ", metric=" + metric
        + ", value=" + value
        + ", observedOn=" + observedOn
        + "}";
  }

  /**
   * Construct a new immutable {@code ResponseObservation} instance.
   * @param medium The value for the {@code medium} attribute
   * @param metric The value for the {@code metric} attribute
   * @param value The value for the {@code value} attribute
   * @param observedOn The value for the {@code observedOn} attribute
   * @return An immutable ResponseObservation instance
   */
  public static ResponseObservation of(KimMedium medium, ResponseMetric metric, long value, LocalDate observedOn) {
    return new ImmutableResponseObservation(medium, metric, value, observedOn);
  }

  /**
   * Creates an immutable copy of a {@link ResponseObservation} value.
   * Uses accessors to get values to initialize the new immutable instance.
   * If an instance is already immutable, it is returned as is.
   * @param instance The instance to copy
   * @return A copied immutable ResponseObservation instance
   */
  public static ResponseObservation copyOf(ResponseObservation instance) {
    if (instance instanceof ImmutableResponseObservation) {
      return (ImmutableResponseObservation) instance;
    }
    return ImmutableResponseObservation.builder()
        .from(instance)
        .build();
  }

  /**
   * Creates a builder for {@link ResponseObservation ResponseObservation}.
   * <pre>
   * ImmutableResponseObservation.builder()
   *    .medium(id.kim.core.media.KimMedium) // required {@link ResponseObservation#medium() medium}
   *    .metric(id.kim.core.metric.ResponseMetric) // required {@link ResponseObservation#metric() metric}
   *    .value(long) // required {@link ResponseObservation#value() value}
   *    .observedOn(java.time.LocalDate) // required {@link ResponseObservation#observedOn() observedOn}
   *    .build();
   * </pre>
   * @return A new ResponseObservation builder
   */
  public static ImmutableResponseObservation.Builder builder() {
    return new ImmutableResponseObservation.Builder();
  }

  /**
   * Builds instances of type {@link ResponseObservation ResponseObservation}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  @Generated(from = "ResponseObservation", generator = "Immutables")
  public static final class Builder {
    private static final long INIT_BIT_MEDIUM = 0x1L;
    private static final long INIT_BIT_METRIC = 0x2L;
    private static final long INIT_BIT_VALUE = 0x4L;
    private static final long INIT_BIT_OBSERVED_ON = 0x8L;
    private long initBits = 0xfL;

    private KimMedium medium;
    private ResponseMetric metric;
    private long value;
    private LocalDate observedOn;

    private Builder() {
    }

    /**
     * Fill a builder with attribute values from the provided {@code ResponseObservation} instance.
     * Regular attribute values will be replaced with those from the given instance.
     * Absent optional values will not replace present values.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder from(ResponseObservation instance) {
      ImmutableResponseObservation.requireNonNull(instance, "instance");
      this.medium(instance.medium());
      this.metric(instance.metric());
      this.value(instance.value());
      this.observedOn(instance.observedOn());
      return this;
    }

    /**
     * Initializes the value for the {@link ResponseObservation#medium() medium} attribute.
     * @param medium The value for medium 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder medium(KimMedium medium) {
      this.medium = ImmutableResponseObservation.requireNonNull(medium, "medium");
      initBits &= ~INIT_BIT_MEDIUM;
      return this;
    }

    /**
     * Initializes the value for the {@link ResponseObservation#metric() metric} attribute.
     * @param metric The value for metric 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder metric(ResponseMetric metric) {
      this.metric = ImmutableResponseObservation.requireNonNull(metric, "metric");
      initBits &= ~INIT_BIT_METRIC;
      return this;
    }

    /**
     * Initializes the value for the {@link ResponseObservation#value() value} attribute.
     * @param value The value for value 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder value(long value) {
      this.value = value;
      initBits &= ~INIT_BIT_VALUE;
      return this;
    }

    /**
     * Initializes the value for the {@link ResponseObservation#observedOn() observedOn} attribute.
     * @param observedOn The value for observedOn 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder observedOn(LocalDate observedOn) {
      this.observedOn = ImmutableResponseObservation.requireNonNull(observedOn, "observedOn");
      initBits &= ~INIT_BIT_OBSERVED_ON;
      return this;
    }

    /**
     * Builds a new {@link ResponseObservation ResponseObservation}.
     * @return An immutable instance of ResponseObservation
     * @throws id.kim.core.validation.IncompleteValueException if any required attributes are missing
     */
    public ResponseObservation build() {
      checkRequiredAttributes();
      return new ImmutableResponseObservation(null, medium, metric, value, observedOn);
    }

    private boolean mediumIsSet() {
      return (initBits & INIT_BIT_MEDIUM) == 0;
    }

    private boolean metricIsSet() {
      return (initBits & INIT_BIT_METRIC) == 0;
    }

    private boolean valueIsSet() {
      return (initBits & INIT_BIT_VALUE) == 0;
    }

    private boolean observedOnIsSet() {
      return (initBits & INIT_BIT_OBSERVED_ON) == 0;
    }

    private void checkRequiredAttributes() {
      if (initBits != 0) {
        throw new IncompleteValueException(formatRequiredAttributesMessage());
      }
    }

    private String formatRequiredAttributesMessage() {
      List<String> attributes = new ArrayList<>();
      if (!mediumIsSet()) attributes.add("medium");
      if (!metricIsSet()) attributes.add("metric");
      if (!valueIsSet()) attributes.add("value");
      if (!observedOnIsSet()) attributes.add("observedOn");
      return "Cannot build ResponseObservation, some of required attributes are not set " + attributes;
    }
  }

  private static <T> T requireNonNull(T object, String message) {
    if (object == null) throw new MissingValueException(message);
    return object;
  }
}
