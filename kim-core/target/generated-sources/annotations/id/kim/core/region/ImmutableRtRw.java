package id.kim.core.region;

import id.kim.core.validation.IncompleteValueException;
import id.kim.core.validation.MissingValueException;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Generated;

/**
 * Immutable implementation of {@link RtRw}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code ImmutableRtRw.builder()}.
 * Use the static factory method to create immutable instances:
 * {@code ImmutableRtRw.of()}.
 */
@Generated(from = "RtRw", generator = "Immutables")
@SuppressWarnings({"all"})
final class ImmutableRtRw extends RtRw {
  private final String rt;
  private final String rw;

  private ImmutableRtRw(String rt, String rw) {
    this.rt = ImmutableRtRw.requireNonNull(rt, "rt");
    this.rw = ImmutableRtRw.requireNonNull(rw, "rw");
  }

  private ImmutableRtRw(ImmutableRtRw original, String rt, String rw) {
    this.rt = rt;
    this.rw = rw;
  }

  /**
   * @return The value of the {@code rt} attribute
   */
  @Override
  public String rt() {
    return rt;
  }

  /**
   * @return The value of the {@code rw} attribute
   */
  @Override
  public String rw() {
    return rw;
  }

  /**
   * Copy the current immutable object by setting a value for the {@link RtRw#rt() rt} attribute.
   * An equals check used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for rt
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableRtRw withRt(String value) {
    String newValue = ImmutableRtRw.requireNonNull(value, "rt");
    if (this.rt.equals(newValue)) return this;
    return new ImmutableRtRw(this, newValue, this.rw);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link RtRw#rw() rw} attribute.
   * An equals check used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for rw
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableRtRw withRw(String value) {
    String newValue = ImmutableRtRw.requireNonNull(value, "rw");
    if (this.rw.equals(newValue)) return this;
    return new ImmutableRtRw(this, this.rt, newValue);
  }

  /**
   * This instance is equal to all instances of {@code ImmutableRtRw} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutableRtRw
        && equalsByValue((ImmutableRtRw) another);
  }

  private boolean equalsByValue(ImmutableRtRw another) {
    return rt.equals(another.rt)
        && rw.equals(another.rw);
  }

  /**
   * Computes a hash code from attributes: {@code rt}, {@code rw}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + rt.hashCode();
    h += (h << 5) + rw.hashCode();
    return h;
  }

  /**
   * Construct a new immutable {@code RtRw} instance.
   * @param rt The value for the {@code rt} attribute
   * @param rw The value for the {@code rw} attribute
   * @return An immutable RtRw instance
   */
  public static RtRw of(String rt, String rw) {
    return new ImmutableRtRw(rt, rw);
  }

  /**
   * Creates an immutable copy of a {@link RtRw} value.
   * Uses accessors to get values to initialize the new immutable instance.
   * If an instance is already immutable, it is returned as is.
   * @param instance The instance to copy
   * @return A copied immutable RtRw instance
   */
  public static RtRw copyOf(RtRw instance) {
    if (instance instanceof ImmutableRtRw) {
      return (ImmutableRtRw) instance;
    }
    return ImmutableRtRw.builder()
        .from(instance)
        .build();
  }

  /**
   * Creates a builder for {@link RtRw RtRw}.
   * <pre>
   * ImmutableRtRw.builder()
   *    .rt(String) // required {@link RtRw#rt() rt}
   *    .rw(String) // required {@link RtRw#rw() rw}
   *    .build();
   * </pre>
   * @return A new RtRw builder
   */
  public static ImmutableRtRw.Builder builder() {
    return new ImmutableRtRw.Builder();
  }

  /**
   * Builds instances of type {@link RtRw RtRw}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  @Generated(from = "RtRw", generator = "Immutables")
  public static final class Builder {
    private static final long INIT_BIT_RT = 0x1L;
    private static final long INIT_BIT_RW = 0x2L;
    private long initBits = 0x3L;

    private String rt;
    private String rw;

    private Builder() {
    }

    /**
     * Fill a builder with attribute values from the provided {@code RtRw} instance.
     * Regular attribute values will be replaced with those from the given instance.
     * Absent optional values will not replace present values.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder from(RtRw instance) {
      ImmutableRtRw.requireNonNull(instance, "instance");
      this.rt(instance.rt());
      this.rw(instance.rw());
      return this;
    }

    /**
     * Initializes the value for the {@link RtRw#rt() rt} attribute.
     * @param rt The value for rt 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder rt(String rt) {
      this.rt = ImmutableRtRw.requireNonNull(rt, "rt");
      initBits &= ~INIT_BIT_RT;
      return this;
    }

    /**
     * Initializes the value for the {@link RtRw#rw() rw} attribute.
     * @param rw The value for rw 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder rw(String rw) {
      this.rw = ImmutableRtRw.requireNonNull(rw, "rw");
      initBits &= ~INIT_BIT_RW;
      return this;
    }

    /**
     * Builds a new {@link RtRw RtRw}.
     * @return An immutable instance of RtRw
     * @throws id.kim.core.validation.IncompleteValueException if any required attributes are missing
     */
    public RtRw build() {
      checkRequiredAttributes();
      return new ImmutableRtRw(null, rt, rw);
    }

    private boolean rtIsSet() {
      return (initBits & INIT_BIT_RT) == 0;
    }

    private boolean rwIsSet() {
      return (initBits & INIT_BIT_RW) == 0;
    }

    private void checkRequiredAttributes() {
      if (initBits != 0) {
        throw new IncompleteValueException(formatRequiredAttributesMessage());
      }
    }

    private String formatRequiredAttributesMessage() {
      List<String> attributes = new ArrayList<>();
      if (!rtIsSet()) attributes.add("rt");
      if (!rwIsSet()) attributes.add("rw");
      return "Cannot build RtRw, some of required attributes are not set " + attributes;
    }
  }

  private static <T> T requireNonNull(T object, String message) {
    if (object == null) throw new MissingValueException(message);
    return object;
  }
}
