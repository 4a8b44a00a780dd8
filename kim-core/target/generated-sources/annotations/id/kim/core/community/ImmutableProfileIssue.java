package id.kim.core.community;

import id.kim.core.validation.IncompleteValueException;
import id.kim.core.validation.MissingValueException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Generated;

/**
 * Immutable implementation of {@link ProfileIssue}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code ImmutableProfileIssue.builder()}.
 * Use the static factory method to create immutable instances:
 * {@code ImmutableProfileIssue.of()}.
 */
@Generated(from = "ProfileIssue", generator = "Immutables")
@SuppressWarnings({"all"})
final class ImmutableProfileIssue extends ProfileIssue {
  private final String title;
  private final GovernmentAffair field;

  @SuppressWarnings("unchecked") // safe covariant cast
  private ImmutableProfileIssue(String title, Optional<? extends GovernmentAffair> field) {
    this.title = ImmutableProfileIssue.requireNonNull(title, "title");
    this.field = field.orElse(null);
  }

  private ImmutableProfileIssue(
      ImmutableProfileIssue original,
      String title,
      GovernmentAffair field) {
    this.title = title;
    this.field = field;
  }

  /**
   * @return The value of the {@code title} attribute
   */
  @Override
  public String title() {
    return title;
  }

  /**
   * @return The value of the {@code field} attribute
   */
  @Override
  public Optional<GovernmentAffair> field() {
    return Optional.ofNullable(field);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link ProfileIssue#title() title} attribute.
   * An equals check used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for title
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableProfileIssue withTitle(String value) {
    String newValue = ImmutableProfileIssue.requireNonNull(value, "title");
    if (this.title.equals(newValue)) return this;
    return new ImmutableProfileIssue(this, newValue, this.field);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link ProfileIssue#field() field} attribute.
   * @param value The value for field
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableProfileIssue withField(GovernmentAffair value) {
    GovernmentAffair newValue = ImmutableProfileIssue.requireNonNull(value, "field");
    if (this.field == newValue) return this;
    return new ImmutableProfileIssue(this, this.title, newValue);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link ProfileIssue#field() field} attribute.
   * An equality check is used on inner value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for field
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutableProfileIssue withField(Optional<? extends GovernmentAffair> optional) {
    GovernmentAffair value = optional.orElse(null);
    if (this.field == value) return this;
    return new ImmutableProfileIssue(this, this.title, value);
  }

  /**
   * This instance is equal to all instances of {@code ImmutableProfileIssue} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutableProfileIssue
        && equalsByValue((ImmutableProfileIssue) another);
  }

  private boolean equalsByValue(ImmutableProfileIssue another) {
    return title.equals(another.title)
        && Objects.equals(field, another.field);
  }

  /**
   * Computes a hash code from attributes: {@code title}, {@code field}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + title.hashCode();
    h += (h << 5) + Objects.hashCode(field);
    return h;
  }

  /**
   * Prints the immutable value {@code ProfileIssue} with attribute values.
   * @return A string representation of the value
   */
  @Override
  public String toString() {
    StringBuilder builder = new StringBuilder("ProfileIssue{");
    builder.append("title=").append(title);
    if (field != null) {
      builder.append(", ");
      builder.append("field=").append(field);
    }
    return builder.append("}").toString();
  }

  /**
   * Construct a new immutable {@code ProfileIssue} instance.
   * @param title The value for the {@code title} attribute
   * @param field The value for the {@code field} attribute
   * @return An immutable ProfileIssue instance
   */
  public static ProfileIssue of(String title, Optional<? extends GovernmentAffair> field) {
    return new ImmutableProfileIssue(title, field);
  }

  /**
   * Creates an immutable copy of a {@link ProfileIssue} value.
   * Uses accessors to get values to initialize the new immutable instance.
   * If an instance is already immutable, it is returned as is.
   * @param instance The instance to copy
   * @return A copied immutable ProfileIssue instance
   */
  public static ProfileIssue copyOf(ProfileIssue instance) {
    if (instance instanceof ImmutableProfileIssue) {
      return (ImmutableProfileIssue) instance;
    }
    return ImmutableProfileIssue.builder()
        .from(instance)
        .build();
  }

  /**
   * Creates a builder for {@link ProfileIssue ProfileIssue}.
   * <pre>
   * ImmutableProfileIssue.builder()
   *    .title(String) // required {@link ProfileIssue#title() title}
   *    .field(Optional&lt;id.kim.core.community.GovernmentAffair&gt;) // optional {@link ProfileIssue#field() field}
   *    .build();
   * </pre>
   * @return A new ProfileIssue builder
   */
  public static ImmutableProfileIssue.Builder builder() {
    return new ImmutableProfileIssue.Builder();
  }

  /**
   * Builds instances of type {@link ProfileIssue ProfileIssue}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  @Generated(from = "ProfileIssue", generator = "Immutables")
  public static final class Builder {
    private static final long INIT_BIT_TITLE = 0x1L;
    private long initBits = 0x1L;

    private String title;
    private GovernmentAffair field;

    private Builder() {
    }

    /**
     * Fill a builder with attribute values from the provided {@code ProfileIssue} instance.
     * Regular attribute values will be replaced with those from the given instance.
     * Absent optional values will not replace present values.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder from(ProfileIssue instance) {
      ImmutableProfileIssue.requireNonNull(instance, "instance");
      this.title(instance.title());
      Optional<GovernmentAffair> fieldOptional = instance.field();
      if (fieldOptional.isPresent()) {
        field(fieldOptional);
      }
      return this;
    }

    /**
     * Initializes the value for the {@link ProfileIssue#title() title} attribute.
     * @param title The value for title 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder title(String title) {
      this.title = ImmutableProfileIssue.requireNonNull(title, "title");
      initBits &= ~INIT_BIT_TITLE;
      return this;
    }

    /**
     * Initializes the optional value {@link ProfileIssue#field() field} to field.
     * @param field The value for field
     * @return {@code this} builder for chained invocation
     */
    public final Builder field(GovernmentAffair field) {
      this.field = ImmutableProfileIssue.requireNonNull(field, "field");
      return this;
    }

    /**
     * Initializes the optional value {@link ProfileIssue#field() field} to field.
     * @param field The value for field
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder field(Optional<? extends GovernmentAffair> field) {
      this.field = field.orElse(null);
      return this;
    }

    /**
     * Builds a new {@link ProfileIssue ProfileIssue}.
     * @return An immutable instance of ProfileIssue
     * @throws id.kim.core.validation.IncompleteValueException if any required attributes are missing
     */
    public ProfileIssue build() {
      checkRequiredAttributes();
      return new ImmutableProfileIssue(null, title, field);
    }

    private boolean titleIsSet() {
      return (initBits & INIT_BIT_TITLE) == 0;
    }

    private void checkRequiredAttributes() {
      if (initBits != 0) {
        throw new IncompleteValueException(formatRequiredAttributesMessage());
      }
    }

    private String formatRequiredAttributesMessage() {
      List<String> attributes = new ArrayList<>();
      if (!titleIsSet()) attributes.add("title");
      return "Cannot build ProfileIssue, some of required attributes are not set " + attributes;
    }
  }

  private static <T> T requireNonNull(T object, String message) {
    if (object == null) throw new MissingValueException(message);
    return object;
  }
}
