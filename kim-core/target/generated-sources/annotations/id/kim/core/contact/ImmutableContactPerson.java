package id.kim.core.contact;

import id.kim.core.validation.IncompleteValueException;
import id.kim.core.validation.MissingValueException;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Generated;

/**
 * Immutable implementation of {@link ContactPerson}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code ImmutableContactPerson.builder()}.
 * Use the static factory method to create immutable instances:
 * {@code ImmutableContactPerson.of()}.
 */
@Generated(from = "ContactPerson", generator = "Immutables")
@SuppressWarnings({"all"})
final class ImmutableContactPerson extends ContactPerson {
  private final PersonName name;
  private final ContactRole role;

  private ImmutableContactPerson(PersonName name, ContactRole role) {
    this.name = ImmutableContactPerson.requireNonNull(name, "name");
    this.role = ImmutableContactPerson.requireNonNull(role, "role");
  }

  private ImmutableContactPerson(
      ImmutableContactPerson original,
      PersonName name,
      ContactRole role) {
    this.name = name;
    this.role = role;
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
  public ContactRole role() {
    return role;
  }

  /**
   * Copy the current immutable object by setting a value for the {@link ContactPerson#name() name} attribute.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for name
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableContactPerson withName(PersonName value) {
    if (this.name == value) return this;
    PersonName newValue = ImmutableContactPerson.requireNonNull(value, "name");
    return new ImmutableContactPerson(this, newValue, this.role);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link ContactPerson#role() role} attribute.
   * A value equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for role
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableContactPerson withRole(ContactRole value) {
    ContactRole newValue = ImmutableContactPerson.requireNonNull(value, "role");
    if (this.role == newValue) return this;
    return new ImmutableContactPerson(this, this.name, newValue);
  }

  /**
   * This instance is equal to all instances of {@code ImmutableContactPerson} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutableContactPerson
        && equalsByValue((ImmutableContactPerson) another);
  }

  private boolean equalsByValue(ImmutableContactPerson another) {
    return name.equals(another.name)
        && role.equals(another.role);
  }

  /**
   * Computes a hash code from attributes: {@code name}, {@code role}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + name.hashCode();
    h += (h << 5) + role.hashCode();
    return h;
  }

  /**
   * Prints the immutable value {@code ContactPerson} with attribute values.
   * @return A string representation of the value
   */
  @Override
  public String toString() {
    return "ContactPerson{"
        + "name=" + name
        + ", role=" + role
        + "}";
  }

  /**
   * Construct a new immutable {@code ContactPerson} instance.
   * @param name The value for the {@code name} attribute
   * @param role The value for the {@code role} attribute
   * @return An immutable ContactPerson instance
   */
  public static ContactPerson of(PersonName name, ContactRole role) {
    return new ImmutableContactPerson(name, role);
  }

  /**
   * Creates an immutable copy of a {@link ContactPerson} value.
   * Uses accessors to get values to initialize the new immutable instance.
   * If an instance is already immutable, it is returned as is.
   * @param instance The instance to copy
   * @return A copied immutable ContactPerson instance
   */
  public static ContactPerson copyOf(ContactPerson instance) {
    if (instance instanceof ImmutableContactPerson) {
      return (ImmutableContactPerson) instance;
    }
    return ImmutableContactPerson.builder()
        .from(instance)
        .build();
  }

  /**
   * Creates a builder for {@link ContactPerson ContactPerson}.
   * <pre>
   * ImmutableContactPerson.builder()
   *    .name(id.kim.core.contact.PersonName) // required {@link ContactPerson#name() name}
   *    .role(id.kim.core.contact.ContactRole) // required {@link ContactPerson#role() role}
   *    .build();
   * </pre>
   * @return A new ContactPerson builder
   */
  public static ImmutableContactPerson.Builder builder() {
    return new ImmutableContactPerson.Builder();
  }

  /**
   * Builds instances of type {@link ContactPerson ContactPerson}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  @Generated(from = "ContactPerson", generator = "Immutables")
  public static final class Builder {
    private static final long INIT_BIT_NAME = 0x1L;
    private static final long INIT_BIT_ROLE = 0x2L;
    private long initBits = 0x3L;

    private PersonName name;
    private ContactRole role;

    private Builder() {
    }

    /**
     * Fill a builder with attribute values from the provided {@code ContactPerson} instance.
     * Regular attribute values will be replaced with those from the given instance.
     * Absent optional values will not replace present values.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder from(ContactPerson instance) {
      ImmutableContactPerson.requireNonNull(instance, "instance");
      this.name(instance.name());
      this.role(instance.role());
      return this;
    }

    /**
     * Initializes the value for the {@link ContactPerson#name() name} attribute.
     * @param name The value for name 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder name(PersonName name) {
      this.name = ImmutableContactPerson.requireNonNull(name, "name");
      initBits &= ~INIT_BIT_NAME;
      return this;
    }

    /**
     * Initializes the value for the {@link ContactPerson#role() role} attribute.
     * @param role The value for role 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder role(ContactRole role) {
      this.role = ImmutableContactPerson.requireNonNull(role, "role");
      initBits &= ~INIT_BIT_ROLE;
      return this;
    }

    /**
     * Builds a new {@link ContactPerson ContactPerson}.
     * @return An immutable instance of ContactPerson
     * @throws id.kim.core.validation.IncompleteValueException if any required attributes are missing
     */
    public ContactPerson build() {
      checkRequiredAttributes();
      return new ImmutableContactPerson(null, name, role);
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
      return "Cannot build ContactPerson, some of required attributes are not set " + attributes;
    }
  }

  private static <T> T requireNonNull(T object, String message) {
    if (object == null) throw new MissingValueException(message);
    return object;
  }
}
