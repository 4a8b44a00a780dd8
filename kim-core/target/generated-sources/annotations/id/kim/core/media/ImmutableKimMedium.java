package id.kim.core.media;

import id.kim.core.validation.IncompleteValueException;
import id.kim.core.validation.MissingValueException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Generated;

/**
 * Immutable implementation of {@link KimMedium}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code new KimMedium.Builder()}.
 */
@Generated(from = "KimMedium", generator = "Immutables")
@SuppressWarnings({"all"})
final class ImmutableKimMedium extends KimMedium {
  private final Platform platform;
  private final String name;
  private final String url;

  private ImmutableKimMedium(Platform platform, String name, String url) {
    this.platform = platform;
    this.name = name;
    this.url = url;
  }

  /**
   * @return The value of the {@code platform} attribute
   */
  @Override
  public Platform platform() {
    return platform;
  }

  /**
   * @return The value of the {@code name} attribute
   */
  @Override
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /**
   * @return The value of the {@code url} attribute
   */
  @Override
  public Optional<String> url() {
    return Optional.ofNullable(url);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link KimMedium#platform() platform} attribute.
   * A value equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for platform
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableKimMedium withPlatform(Platform value) {
    Platform newValue = ImmutableKimMedium.requireNonNull(value, "platform");
    if (this.platform == newValue) return this;
    return new ImmutableKimMedium(newValue, this.name, this.url);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link KimMedium#name() name} attribute.
   * @param value The value for name
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableKimMedium withName(String value) {
    String newValue = ImmutableKimMedium.requireNonNull(value, "name");
    if (Objects.equals(this.name, newValue)) return this;
    return new ImmutableKimMedium(this.platform, newValue, this.url);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link KimMedium#name() name} attribute.
   * An equality check is used on inner value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for name
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableKimMedium withName(Optional<String> optional) {
    String value = optional.orElse(null);
    if (Objects.equals(this.name, value)) return this;
    return new ImmutableKimMedium(this.platform, value, this.url);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link KimMedium#url() url} attribute.
   * @param value The value for url
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableKimMedium withUrl(String value) {
    String newValue = ImmutableKimMedium.requireNonNull(value, "url");
    if (Objects.equals(this.url, newValue)) return this;
    return new ImmutableKimMedium(this.platform, this.name, newValue);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link KimMedium#url() url} attribute.
   * An equality check is used on inner value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for url
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableKimMedium withUrl(Optional<String> optional) {
    String value = optional.orElse(null);
    if (Objects.equals(this.url, value)) return this;
    return new ImmutableKimMedium(this.platform, this.name, value);
  }

  /**
   * This instance is equal to all instances of {@code ImmutableKimMedium} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutableKimMedium
        && equalsByValue((ImmutableKimMedium) another);
  }

  private boolean equalsByValue(ImmutableKimMedium another) {
    return platform.equals(another.platform)
        && Objects.equals(name, another.name)
        && Objects.equals(url, another.url);
  }

  /**
   * Computes a hash code from attributes: {@code platform}, {@code name}, {@code url}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + platform.hashCode();
    h += (h << 5) + Objects.hashCode(name);
    h += (h << 5) + Objects.hashCode(url);
    return h;
  }

  /**
   * Prints the immutable value {@code KimMedium} with attribute values.
   * @return A string representation of the value
   */
  @Override
  public String toString() {
    StringBuilder builder = new StringBuilder("KimMedium{");
    builder.append("platform=").append(platform);
    if (name != null) {
      builder.append(", ");
      builder.append("name=").append(name);
    }
    if (url != null) {
      builder.append(", ");
      builder.append("url=").append(url);
    }
    return builder.append("}").toString();
  }

  /**
   * Creates an immutable copy of a {@link KimMedium} value.
   * Uses accessors to get values to initialize the new immutable instance.
   * If an instance is already immutable, it is returned as is.
   * @param instance The instance to copy
   * @return A copied immutable KimMedium instance
   */
  public static KimMedium copyOf(KimMedium instance) {
    if (instance instanceof ImmutableKimMedium) {
      return (ImmutableKimMedium) instance;
    }
    return new KimMedium.Builder()
        .from(instance)
        .build();
  }

  /**
   * Builds instances of type {@link KimMedium KimMedium}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  @Generated(from = "KimMedium", generator = "Immutables")
  public static class Builder {
    private static final long INIT_BIT_PLATFORM = 0x1L;
    private long initBits = 0x1L;

    private Platform platform;
    private String name;
    private String url;

    /**
     * Creates a builder for {@link KimMedium KimMedium} instances.
     * <pre>
     * new KimMedium.Builder()
     *    .platform(id.kim.core.media.Platform) // required {@link KimMedium#platform() platform}
     *    .name(Optional&lt;String&gt;) // optional {@link KimMedium#name() name}
     *    .url(Optional&lt;String&gt;) // optional {@link KimMedium#url() url}
     *    .build();
     * </pre>
     */
    public Builder() {
      if (!(this instanceof KimMedium.Builder)) {
        throw new UnsupportedOperationException("Use: new KimMedium.Builder()");
      }
    }

    /**
     * Fill a builder with attribute values from the provided {@code KimMedium} instance.
     * Regular attribute values will be replaced with those from the given instance.
     * Absent optional values will not replace present values.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    public final KimMedium.Builder from(KimMedium instance) {
      ImmutableKimMedium.requireNonNull(instance, "instance");
      this.platform(instance.platform());
      Optional<String> nameOptional = instance.name();
      if (nameOptional.isPresent()) {
        name(nameOptional);
      }
      Optional<String> urlOptional = instance.url();
      if (urlOptional.isPresent()) {
        url(urlOptional);
      }
      return (KimMedium.Builder) this;
    }

    /**
     * Initializes the value for the {@link KimMedium#platform() platform} attribute.
     * @param platform The value for platform 
     * @return {@code this} builder for use in a chained invocation
     */
    public final KimMedium.Builder platform(Platform platform) {
      this.platform = ImmutableKimMedium.requireNonNull(platform, "platform");
      initBits &= ~INIT_BIT_PLATFORM;
      return (KimMedium.Builder) this;
    }

    /**
     * Initializes the optional value {@link KimMedium#name() name} to name.
     * @param name The value for name
     * @return {@code this} builder for chained invocation
     */
    public final KimMedium.Builder name(String name) {
      this.name = ImmutableKimMedium.requireNonNull(name, "name");
      return (KimMedium.Builder) this;
    }

    /**
     * Initializes the optional value {@link KimMedium#name() name} to name.
     * @param name The value for name
     * @return {@code this} builder for use in a chained invocation
     */
    public final KimMedium.Builder name(Optional<String> name) {
      this.name = name.orElse(null);
      return (KimMedium.Builder) this;
    }

    /**
     * Initializes the optional value {@link KimMedium#url() url} to url.
     * @param url The value for url
     * @return {@code this} builder for chained invocation
     */
    public final KimMedium.Builder url(String url) {
      this.url = ImmutableKimMedium.requireNonNull(url, "url");
      return (KimMedium.Builder) this;
    }

    /**
     * Initializes the optional value {@link KimMedium#url() url} to url.
     * @param url The value for url
     * @return {@code this} builder for use in a chained invocation
     */
    public final KimMedium.Builder url(Optional<String> url) {
      this.url = url.orElse(null);
      return (KimMedium.Builder) this;
    }

    /**
     * Builds a new {@link KimMedium KimMedium}.
     * @return An immutable instance of KimMedium
     * @throws id.kim.core.validation.IncompleteValueException if any required attributes are missing
     */
    public KimMedium build() {
      checkRequiredAttributes();
      return new ImmutableKimMedium(platform, name, url);
    }

    private boolean platformIsSet() {
      return (initBits & INIT_BIT_PLATFORM) == 0;
    }

    private void checkRequiredAttributes() {
      if (initBits != 0) {
        throw new IncompleteValueException(formatRequiredAttributesMessage());
      }
    }

    private String formatRequiredAttributesMessage() {
      List<String> attributes = new ArrayList<>();
      if (!platformIsSet()) attributes.add("platform");
      return "Cannot build KimMedium, some of required attributes are not set " + attributes;
    }
  }

  private static <T> T requireNonNull(T object, String message) {
    if (object == null) throw new MissingValueException(message);
    return object;
  }
}
