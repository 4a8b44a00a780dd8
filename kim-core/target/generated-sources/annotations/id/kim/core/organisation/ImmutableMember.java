package id.kim.core.organisation;

import id.kim.core.contact.PersonName;
import id.kim.core.validation.IncompleteValueException;
import id.kim.core.validation.MissingValueException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Generated;

/**
 * Immutable implementation of {@link Member}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code new Member.Builder()}.
 */
@Generated(from = "Member", generator = "Immutables")
@SuppressWarnings({"all"})
final class ImmutableMember extends Member {
  private final PersonName name;
  private final LocalDate civilServantSince;
  private final LocalDate joinedOn;

  private ImmutableMember(
      PersonName name,
      LocalDate civilServantSince,
      LocalDate joinedOn) {
    this.name = name;
    this.civilServantSince = civilServantSince;
    this.joinedOn = joinedOn;
  }

  /**
   * @return The value of the {@code name} attribute
   */
  @Override
  public PersonName name() {
    return name;
  }

  /**
   * @return The value of the {@code civilServantSince} attribute
   */
  @Override
  public Optional<LocalDate> civilServantSince() {
    return Optional.ofNullable(civilServantSince);
  }

  /**
   * @return The value of the {@code joinedOn} attribute
   */
  @Override
  public Optional<LocalDate> joinedOn() {
    return Optional.ofNullable(joinedOn);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Member#name() name} attribute.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for name
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableMember withName(PersonName value) {
    if (this.name == value) return this;
    PersonName newValue = ImmutableMember.requireNonNull(value, "name");
    return new ImmutableMember(newValue, this.civilServantSince, this.joinedOn);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Member#civilServantSince() civilServantSince} attribute.
   * @param value The value for civilServantSince
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableMember withCivilServantSince(LocalDate value) {
    LocalDate newValue = ImmutableMember.requireNonNull(value, "civilServantSince");
    if (this.civilServantSince == newValue) return this;
    return new ImmutableMember(this.name, newValue, this.joinedOn);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Member#civilServantSince() civilServantSince} attribute.
   * A shallow reference equality check is used on unboxed optional value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for civilServantSince
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutableMember withCivilServantSince(Optional<? extends LocalDate> optional) {
    LocalDate value = optional.orElse(null);
    if (this.civilServantSince == value) return this;
    return new ImmutableMember(this.name, value, this.joinedOn);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Member#joinedOn() joinedOn} attribute.
   * @param value The value for joinedOn
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableMember withJoinedOn(LocalDate value) {
    LocalDate newValue = ImmutableMember.requireNonNull(value, "joinedOn");
    if (this.joinedOn == newValue) return this;
    return new ImmutableMember(this.name, this.civilServantSince, newValue);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Member#joinedOn() joinedOn} attribute.
   * A shallow reference equality check is used on unboxed optional value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for joinedOn
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutableMember withJoinedOn(Optional<? extends LocalDate> optional) {
    LocalDate value = optional.orElse(null);
    if (this.joinedOn == value) return this;
    return new ImmutableMember(this.name, this.civilServantSince, value);
  }

  /**
   * This instance is equal to all instances of {@code ImmutableMember} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutableMember
        && equalsByValue((ImmutableMember) another);
  }

  private boolean equalsByValue(ImmutableMember another) {
    return name.equals(another.name)
        && Objects.equals(civilServantSince, another.civilServantSince)
        && Objects.equals(joinedOn, another.joinedOn);
  }

  /**
   * Computes a hash code from attributes: {@code name}, {@code civilServantSince}, {@code joinedOn}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + name.hashCode();
    h += (h << 5) + Objects.hashCode(civilServantSince);
    h += (h << 5) + Objects.hashCode(joinedOn);
    return h;
  }

  /**
   * Prints the immutable value {@code Member} with attribute values.
   * @return A string representation of the value
   */
  @Override
  public String toString() {
    StringBuilder builder = new StringBuilder("Member{");
    builder.append("name=").append(name);
    if (civilServantSince != null) {
      builder.append(", ");
      builder.append("civilServantSince=").append(civilServantSince);
    }
    if (joinedOn != null) {
      builder.append(", ");
      builder.append("joinedOn=").append(joinedOn);
    }
    return builder.append("}").toString();
  }

  /**
   * Creates an immutable copy of a {@link Member} value.
   * Uses accessors to get values to initialize the new immutable instance.
   * If an instance is already immutable, it is returned as is.
   * @param instance The instance to copy
   * @return A copied immutable Member instance
   */
  public static Member copyOf(Member instance) {
    if (instance instanceof ImmutableMember) {
      return (ImmutableMember) instance;
    }
    return new Member.Builder()
        .from(instance)
        .build();
  }

  /**
   * Builds instances of type {@link Member Member}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  @Generated(from = "Member", generator = "Immutables")
  public static class Builder {
    private static final long INIT_BIT_NAME = 0x1L;
    private long initBits = 0x1L;

    private PersonName name;
    private LocalDate civilServantSince;
    private LocalDate joinedOn;

    /**
     * Creates a builder for {@link Member Member} instances.
     * <pre>
     * new Member.Builder()
     *    .name(id.kim.core.contact.PersonName) // required {@link Member#name() name}
     *    .civilServantSince(Optional&lt;java.time.LocalDate&gt;) // optional {@link Member#civilServantSince() civilServantSince}
     *    .joinedOn(Optional&lt;java.time.LocalDate&gt;) // optional {@link Member#joinedOn() joinedOn}
     *    .build();
     * </pre>
     */
    public Builder() {
      if (!(this instanceof Member.Builder)) {
        throw new UnsupportedOperationException("Use: new Member.Builder()");
      }
    }

    /**
     * Fill a builder with attribute values from the provided {@code Member} instance.
     * Regular attribute values will be replaced with those from the given instance.
     * Absent optional values will not replace present values.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    public final Member.Builder from(Member instance) {
      ImmutableMember.requireNonNull(instance, "instance");
      this.name(instance.name());
      Optional<LocalDate> civilServantSinceOptional = instance.civilServantSince();
      if (civilServantSinceOptional.isPresent()) {
        civilServantSince(civilServantSinceOptional);
      }
      Optional<LocalDate> joinedOnOptional = instance.joinedOn();
      if (joinedOnOptional.isPresent()) {
        joinedOn(joinedOnOptional);
      }
      return (Member.Builder) this;
    }

    /**
     * Initializes the value for the {@link Member#name() name} attribute.
     * @param name The value for name 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Member.Builder name(PersonName name) {
      this.name = ImmutableMember.requireNonNull(name, "name");
      initBits &= ~INIT_BIT_NAME;
      return (Member.Builder) this;
    }

    /**
     * Initializes the optional value {@link Member#civilServantSince() civilServantSince} to civilServantSince.
     * @param civilServantSince The value for civilServantSince
     * @return {@code this} builder for chained invocation
     */
    public final Member.Builder civilServantSince(LocalDate civilServantSince) {
      this.civilServantSince = ImmutableMember.requireNonNull(civilServantSince, "civilServantSince");
      return (Member.Builder) this;
    }

    /**
     * Initializes the optional value {@link Member#civilServantSince() civilServantSince} to civilServantSince.
     * @param civilServantSince The value for civilServantSince
     * @return {@code this} builder for use in a chained invocation
     */
    public final Member.Builder civilServantSince(Optional<? extends LocalDate> civilServantSince) {
      this.civilServantSince = civilServantSince.orElse(null);
      return (Member.Builder) this;
    }

    /**
     * Initializes the optional value {@link Member#joinedOn() joinedOn} to joinedOn.
     * @param joinedOn The value for joinedOn
     * @return {@code this} builder for chained invocation
     */
    public final Member.Builder joinedOn(LocalDate joinedOn) {
      this.joinedOn = ImmutableMember.requireNonNull(joinedOn, "joinedOn");
      return (Member.Builder) this;
    }

    /**
     * Initializes the optional value {@link Member#joinedOn() joinedOn} to joinedOn.
     * @param joinedOn The value for joinedOn
     * @return {@code this} builder for use in a chained invocation
     */
    public final Member.Builder joinedOn(Optional<? extends LocalDate> joinedOn) {
      this.joinedOn = joinedOn.orElse(null);
      return (Member.Builder) this;
    }

    /**
     * Builds a new {@link Member Member}.
     * @return An immutable instance of Member
     * @throws id.kim.core.validation.IncompleteValueException if any required attributes are missing
     */
    public Member build() {
      checkRequiredAttributes();
      return new ImmutableMember(name, civilServantSince, joinedOn);
    }

    private boolean nameIsSet() {
      return (initBits & INIT_BIT_NAME) == 0;
    }

    private void checkRequiredAttributes() {
      if (initBits != 0) {
        throw new IncompleteValueException(formatRequiredAttributesMessage());
      }
    }

    private String formatRequiredAttributesMessage() {
      List<String> attributes = new ArrayList<>();
      if (!nameIsSet()) attributes.add("name");
      return "Cannot build Member, some of required attributes are not set " + attributes;
    }
  }

  private static <T> T requireNonNull(T object, String message) {
    if (object == null) throw new MissingValueException(message);
    return object;
  }
}
