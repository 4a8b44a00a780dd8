package id.kim.core.time;

import id.kim.core.validation.IncompleteValueException;
import id.kim.core.validation.MissingValueException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Generated;

/**
 * Immutable implementation of {@link Period}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code ImmutablePeriod.builder()}.
 * Use the static factory method to create immutable instances:
 * {@code ImmutablePeriod.of()}.
 */
@Generated(from = "Period", generator = "Immutables")
@SuppressWarnings({"all"})
final class ImmutablePeriod extends Period {
  private final LocalDate start;
  private final LocalDate end;

  private ImmutablePeriod(LocalDate start, LocalDate end) {
    this.start = ImmutablePeriod.requireNonNull(start, "start");
    this.end = ImmutablePeriod.requireNonNull(end, "end");
  }

  private ImmutablePeriod(ImmutablePeriod original, LocalDate start, LocalDate end) {
    this.start = start;
    this.end = end;
  }

  /**
   * @return The value of the {@code start} attribute
   */
  @Override
  public LocalDate start() {
    return start;
  }

  /**
   * @return The value of the {@code end} attribute
   */
  @Override
  public LocalDate end() {
    return end;
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Period#start() start} attribute.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for start
   * @return A modified copy or the {@code this} object
   */
  public final ImmutablePeriod withStart(LocalDate value) {
    if (this.start == value) return this;
    LocalDate newValue = ImmutablePeriod.requireNonNull(value, "start");
    return new ImmutablePeriod(this, newValue, this.end);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Period#end() end} attribute.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for end
   * @return A modified copy or the {@code this} object
   */
  public final ImmutablePeriod withEnd(LocalDate value) {
    if (this.end == value) return this;
    LocalDate newValue = ImmutablePeriod.requireNonNull(value, "end");
    return new ImmutablePeriod(this, this.start, newValue);
  }

  /**
   * This instance is equal to all instances of {@code ImmutablePeriod} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutablePeriod
        && equalsByValue((ImmutablePeriod) another);
  }

  private boolean equalsByValue(ImmutablePeriod another) {
    return start.equals(another.start)
        && end.equals(another.end);
  }

  /**
   * Computes a hash code from attributes: {@code start}, {@code end}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + start.hashCode();
    h += (h << 5) + end.hashCode();
    return h;
  }

  /**
   * Construct a new immutable {@code Period} instance.
   * @param start The value for the {@code start} attribute
   * @param end The value for the {@code end} attribute
   * @return An immutable Period instance
   */
  public static Period of(LocalDate start, LocalDate end) {
    return new ImmutablePeriod(start, end);
  }

  /**
   * Creates an immutable copy of a {@link Period} value.
   * Uses accessors to get values to initialize the new immutable instance.
   * If an instance is already immutable, it is returned as is.
   * @param instance The instance to copy
   * @return A copied immutable Period instance
   */
  public static Period copyOf(Period instance) {
    if (instance instanceof ImmutablePeriod) {
      return (ImmutablePeriod) instance;
    }
    return ImmutablePeriod.builder()
        .from(instance)
        .build();
  }

  /**
   * Creates a builder for {@link Period Period}.
   * <pre>
   * ImmutablePeriod.builder()
   *    .start(java.time.LocalDate) // required {@link Period#start() start}
   *    .end(java.time.LocalDate) // required {@link Period#end() end}
   *    .build();
   * </pre>
   * @return A new Period builder
   */
  public static ImmutablePeriod.Builder builder() {
    return new ImmutablePeriod.Builder();
  }

  /**
   * Builds instances of type {@link Period Period}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  @Generated(from = "Period", generator = "Immutables")
  public static final class Builder {
    private static final long INIT_BIT_START = 0x1L;
    private static final long INIT_BIT_END = 0x2L;
    private long initBits = 0x3L;

    private LocalDate start;
    private LocalDate end;

    private Builder() {
    }

    /**
     * Fill a builder with attribute values from the provided {@code Period} instance.
     * Regular attribute values will be replaced with those from the given instance.
     * Absent optional values will not replace present values.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder from(Period instance) {
      ImmutablePeriod.requireNonNull(instance, "instance");
      this.start(instance.start());
      this.end(instance.end());
      return this;
    }

    /**
     * Initializes the value for the {@link Period#start() start} attribute.
     * @param start The value for start 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder start(LocalDate start) {
      this.start = ImmutablePeriod.requireNonNull(start, "start");
      initBits &= ~INIT_BIT_START;
      return this;
    }

    /**
     * Initializes the value for the {@link Period#end() end} attribute.
     * @param end The value for end 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder end(LocalDate end) {
      this.end = ImmutablePeriod.requireNonNull(end, "end");
      initBits &= ~INIT_BIT_END;
      return this;
    }

    /**
     * Builds a new {@link Period Period}.
     * @return An immutable instance of Period
     * @throws id.kim.core.validation.IncompleteValueException if any required attributes are missing
     */
    public Period build() {
      checkRequiredAttributes();
      return new ImmutablePeriod(null, start, end);
    }

    private boolean startIsSet() {
      return (initBits & INIT_BIT_START) == 0;
    }

    private boolean endIsSet() {
      return (initBits & INIT_BIT_END) == 0;
    }

    private void checkRequiredAttributes() {
      if (initBits != 0) {
        throw new IncompleteValueException(formatRequiredAttributesMessage());
      }
    }

    private String formatRequiredAttributesMessage() {
      List<String> attributes = new ArrayList<>();
      if (!startIsSet()) attributes.add("start");
      if (!endIsSet()) attributes.add("end");
      return "Cannot build Period, some of required attributes are not set " + attributes;
    }
  }

  private static <T> T requireNonNull(T object, String message) {
    if (object == null) throw new MissingValueException(message);
    return object;
  }
}
