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
 * Immutable implementation of {@link BoardMember}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code new BoardMember.Builder()}.
 */
@Generated(from = "BoardMember", generator = "Immutables")
@SuppressWarnings({"all"})
final class ImmutableBoardMember extends BoardMember {
  private final PersonName name;
  private final BoardRole role;
  private final String title;
  private final LocalDate civilServantSince;

  private ImmutableBoardMember(
      PersonName name,
      BoardRole role,
      String title,
      LocalDate civilServantSince) {
    this.name = name;
    this.role = role;
    this.title = title;
    this.civilServantSince = civilServantSince;
  }

  /**
   * @return The value of the {@code name} attribute
   */
  @Override
  public PersonName name() {
    return name;
  }

  /**
   * @return The value of the {@code role} attribute
   */
  @Override
  public BoardRole role() {
    return role;
  }

  /**
   * @return The value of the {@code title} attribute
   */
  @Override
  public Optional<String> title() {
    return Optional.ofNullable(title);
  }

  /**
   * @return The value of the {@code civilServantSince} attribute
   */
  @Override
  public Optional<LocalDate> civilServantSince() {
    return Optional.ofNullable(civilServantSince);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link BoardMember#name() name} attribute.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for name
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableBoardMember withName(PersonName value) {
    if (this.name == value) return this;
    PersonName newValue = ImmutableBoardMember.requireNonNull(value, "name");
    return new ImmutableBoardMember(newValue, this.role, this.title, this.civilServantSince);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link BoardMember#role() role} attribute.
   * A value equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for role
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableBoardMember withRole(BoardRole value) {
    BoardRole newValue = ImmutableBoardMember.requireNonNull(value, "role");
    if (this.role == newValue) return this;
    return new ImmutableBoardMember(this.name, newValue, this.title, this.civilServantSince);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link BoardMember#title() title} attribute.
   * @param value The value for title
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableBoardMember withTitle(String value) {
    String newValue = ImmutableBoardMember.requireNonNull(value, "title");
    if (Objects.equals(this.title, newValue)) return this;
    return new ImmutableBoardMember(this.name, this.role, newValue, this.civilServantSince);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link BoardMember#title() title} attribute.
   * An equality check is used on inner value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for title
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableBoardMember withTitle(Optional<String> optional) {
    String value = optional.orElse(null);
    if (Objects.equals(this.title, value)) return this;
    return new ImmutableBoardMember(this.name, this.role, value, this.civilServantSince);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link BoardMember#civilServantSince() civilServantSince} attribute.
   * @param value The value for civilServantSince
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableBoardMember withCivilServantSince(LocalDate value) {
    LocalDate newValue = ImmutableBoardMember.requireNonNull(value, "civilServantSince");
    if (this.civilServantSince == newValue) return this;
    return new ImmutableBoardMember(this.name, this.role, this.title, newValue);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link BoardMember#civilServantSince() civilServantSince} attribute.
   * A shallow reference equality check is used on unboxed optional value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for civilServantSince
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutableBoardMember withCivilServantSince(Optional<? extends LocalDate> optional) {
    LocalDate value = optional.orElse(null);
    if (this.civilServantSince == value) return this;
    return new ImmutableBoardMember(this.name, this.role, this.title, value);
  }

  /**
   * This instance is equal to all instances of {@code ImmutableBoardMember} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutableBoardMember
        && equalsByValue((ImmutableBoardMember) another);
  }

  private boolean equalsByValue(ImmutableBoardMember another) {
    return name.equals(another.name)
        && role.equals(another.role)
        && Objects.equals(title, another.title)
        && Objects.equals(civilServantSince, another.civilServantSince);
  }

  /**
   * Computes a hash code from attributes: {@code name}, {@code role}, {@code title}, {@code civilServantSince}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + name.hashCode();
    h += (h << 5) + role.hashCode();
    h += (h << 5) + Objects.hashCode(title);
    h += (h << 5) + Objects.hashCode(civilServantSince);
    return h;
  }

  /**
   * Prints the immutable value {@code BoardMember} with attribute values.
   * @return A string representation of the value
   */
  @Override
  public String toString() {
    StringBuilder builder = new StringBuilder("BoardMember{");
    builder.append("name=").append(name);
    builder.append(", ");
    builder.append("role=").append(role);
    if (title != null) {
      builder.append(", ");
      builder.append("title=").append(title);
    }
    if (civilServantSince != null) {
      builder.append(", ");
      builder.append("civilServantSince=").append(civilServantSince);
    }
    return builder.append("}").toString();
  }

  /**
   * Creates an immutable copy of a {@link BoardMember} value.
   * Uses accessors to get values to initialize the new immutable instance.
   * If an instance is already immutable, it is returned as is.
   * @param instance The instance to copy
   * @return A copied immutable BoardMember instance
   */
  public static BoardMember copyOf(BoardMember instance) {
    if (instance instanceof ImmutableBoardMember) {
      return (ImmutableBoardMember) instance;
    }
    return new BoardMember.Builder()
        .from(instance)
        .build();
  }

  /**
   * Builds instances of type {@link BoardMember BoardMember}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  @Generated(from = "BoardMember", generator = "Immutables")
  public static class Builder {
    private static final long INIT_BIT_NAME = 0x1L;
    private static final long INIT_BIT_ROLE = 0x2L;
    private long initBits = 0x3L;

    private PersonName name;
    private BoardRole role;
    private String title;
    private LocalDate civilServantSince;

    /**
     * Creates a builder for {@link BoardMember BoardMember} instances.
     * <pre>
     * new BoardMember.Builder()
     *    .name(id.kim.core.contact.PersonName) // required {@link BoardMember#name() name}
     *    .role(id.kim.core.organisation.BoardRole) // required {@link BoardMember#role() role}
     *    .title(Optional&lt;String&gt;) // optional {@link BoardMember#title() title}
     *    .civilServantSince(Optional&lt;java.time.LocalDate&gt;) // optional {@link BoardMember#civilServantSince() civilServantSince}
     *    .build();
     * </pre>
     */
    public Builder() {
      if (!(this instanceof BoardMember.Builder)) {
        throw new UnsupportedOperationException("Use: new BoardMember.Builder()");
      }
    }

    /**
     * Fill a builder with attribute values from the provided {@code BoardMember} instance.
     * Regular attribute values will be replaced with those from the given instance.
     * Absent optional values will not replace present values.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    public final BoardMember.Builder from(BoardMember instance) {
      ImmutableBoardMember.requireNonNull(instance, "instance");
      this.name(instance.name());
      this.role(instance.role());
      Optional<String> titleOptional = instance.title();
      if (titleOptional.isPresent()) {
        title(titleOptional);
      }
      Optional<LocalDate> civilServantSinceOptional = instance.civilServantSince();
      if (civilServantSinceOptional.isPresent()) {
        civilServantSince(civilServantSinceOptional);
      }
      return (BoardMember.Builder) this;
    }

    /**
     * Initializes the value for the {@link BoardMember#name() name} attribute.
     * @param name The value for name 
     * @return {@code this} builder for use in a chained invocation
     */
    public final BoardMember.Builder name(PersonName name) {
      this.name = ImmutableBoardMember.requireNonNull(name, "name");
      initBits &= ~INIT_BIT_NAME;
      return (BoardMember.Builder) this;
    }

    /**
     * Initializes the value for the {@link BoardMember#role() role} attribute.
     * @param role The value for role 
     * @return {@code this} builder for use in a chained invocation
     */
    public final BoardMember.Builder role(BoardRole role) {
      this.role = ImmutableBoardMember.requireNonNull(role, "role");
      initBits &= ~INIT_BIT_ROLE;
      return (BoardMember.Builder) this;
    }

    /**
     * Initializes the optional value {@link BoardMember#title() title} to title.
     * @param title The value for title
     * @return {@code this} builder for chained invocation
     */
    public final BoardMember.Builder title(String title) {
      this.title = ImmutableBoardMember.requireNonNull(title, "title");
      return (BoardMember.Builder) this;
    }

    /**
     * Initializes the optional value {@link BoardMember#title() title} to title.
     * @param title The value for title
     * @return {@code this} builder for use in a chained invocation
     */
    public final BoardMember.Builder title(Optional<String> title) {
      this.title = title.orElse(null);
      return (BoardMember.Builder) this;
    }

    /**
     * Initializes the optional value {@link BoardMember#civilServantSince() civilServantSince} to civilServantSince.
     * @param civilServantSince The value for civilServantSince
     * @return {@code this} builder for chained invocation
     */
    public final BoardMember.Builder civilServantSince(LocalDate civilServantSince) {
      this.civilServantSince = ImmutableBoardMember.requireNonNull(civilServantSince, "civilServantSince");
      return (BoardMember.Builder) this;
    }

    /**
     * Initializes the optional value {@link BoardMember#civilServantSince() civilServantSince} to civilServantSince.
     * @param civilServantSince The value for civilServantSince
     * @return {@code this} builder for use in a chained invocation
     */
    public final BoardMember.Builder civilServantSince(Optional<? extends LocalDate> civilServantSince) {
      this.civilServantSince = civilServantSince.orElse(null);
      return (BoardMember.Builder) this;
    }

    /**
     * Builds a new {@link BoardMember BoardMember}.
     * @return An immutable instance of BoardMember
     * @throws id.kim.core.validation.IncompleteValueException if any required attributes are missing
     */
    public BoardMember build() {
      checkRequiredAttributes();
      return new ImmutableBoardMember(name, role, title, civilServantSince);
    }

    private boolean nameIsSet() {
      return (initBits & INIT_BIT_NAME) == 0;
    }

    private boolean roleIsSet() {
      return (initBits & INIT_BIT_ROLE) == 0;
    }

    private void checkRequiredAttributes() {
      if (initBits != 0) {
        throw new IncompleteValueException(formatRequiredAttributesMessage());
      }
    }

    private String formatRequiredAttributesMessage() {
      List<String> attributes = new ArrayList<>();
      if (!nameIsSet()) attributes.add("name");
      if (!roleIsSet()) attributes.add("role");
      return "Cannot build BoardMember, some of required attributes are not set " + attributes;
    }
  }

  private static <T> T requireNonNull(T object, String message) {
    if (object == null) throw new MissingValueException(message);
    return object;
  }
}
