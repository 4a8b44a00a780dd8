package id.kim.core.agency;

import id.kim.core.contact.PersonName;
import id.kim.core.validation.IncompleteValueException;
import id.kim.core.validation.MissingValueException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Generated;

/**
 * Immutable implementation of {@link Officer}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code new Officer.Builder()}.
 */
@Generated(from = "Officer", generator = "Immutables")
@SuppressWarnings({"all"})
final class ImmutableOfficer extends Officer {
  private final PersonName name;
  private final String position;
  private final Dinas dinas;

  private ImmutableOfficer(PersonName name, String position, Dinas dinas) {
    this.name = name;
    this.position = position;
    this.dinas = dinas;
  }

  /**
   * @return The value of the {@code name} attribute
   */
  @Override
  public PersonName name() {
    return name;
  }

  /**
   * @return The value of the {@code position} attribute
   */
  @Override
  public Optional<String> position() {
    return Optional.ofNullable(position);
  }

  /**
   * @return The value of the {@code dinas} attribute
   */
  @Override
  public Dinas dinas() {
    return dinas;
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Officer#name() name} attribute.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for name
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableOfficer withName(PersonName value) {
    if (this.name == value) return this;
    PersonName newValue = ImmutableOfficer.requireNonNull(value, "name");
    return new ImmutableOfficer(newValue, this.position, this.dinas);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Officer#position() position} attribute.
   * @param value The value for position
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableOfficer withPosition(String value) {
    String newValue = ImmutableOfficer.requireNonNull(value, "position");
    if (Objects.equals(this.position, newValue)) return this;
    return new ImmutableOfficer(this.name, newValue, this.dinas);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Officer#position() position} attribute.
   * An equality check is used on inner value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for position
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableOfficer withPosition(Optional<String> optional) {
    String value = optional.orElse(null);
    if (Objects.equals(this.position, value)) return this;
    return new ImmutableOfficer(this.name, value, this.dinas);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Officer#dinas() dinas} attribute.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for dinas
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableOfficer withDinas(Dinas value) {
    if (this.dinas == value) return this;
    Dinas newValue = ImmutableOfficer.requireNonNull(value, "dinas");
    return new ImmutableOfficer(this.name, this.position, newValue);
  }

  /**
   * This instance is equal to all instances of {@code ImmutableOfficer} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutableOfficer
        && equalsByValue((ImmutableOfficer) another);
  }

  private boolean equalsByValue(ImmutableOfficer another) {
    return name.equals(another.name)
        && Objects.equals(position, another.position)
        && dinas.equals(another.dinas);
  }

  /**
   * Computes a hash code from attributes: {@code name}, {@code position}, {@code dinas}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + name.hashCode();
    h += (h << 5) + Objects.hashCode(position);
    h += (h << 5) + dinas.hashCode();
    return h;
  }

  /**
   * Prints the immutable value {@code Officer} with attribute values.
   * @return A string representation of the value
   */
  @Override
  public String toString() {
    StringBuilder builder = new StringBuilder("Officer{");
    builder.append("name=").append(name);
    if (position != null) {
      builder.append(", ");
      builder.append("position=").append(position);
    }
    builder.append(", ");
    builder.append("dinas=").append(dinas);
    return builder.append("}").toString();
  }

  /**
   * Creates an immutable copy of a {@link Officer} value.
   * Uses accessors to get values to initialize the new immutable instance.
   * If an instance is already immutable, it is returned as is.
   * @param instance The instance to copy
   * @return A copied immutable Officer instance
   */
  public static Officer copyOf(Officer instance) {
    if (instance instanceof ImmutableOfficer) {
      return (ImmutableOfficer) instance;
    }
    return new Officer.Builder()
        .from(instance)
        .build();
  }

  /**
   * Builds instances of type {@link Officer Officer}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  @Generated(from = "Officer", generator = "Immutables")
  public static class Builder {
    private static final long INIT_BIT_NAME = 0x1L;
    private static final long INIT_BIT_DINAS = 0x2L;
    private long initBits = 0x3L;

    private PersonName name;
    private String position;
    private Dinas dinas;

    /**
     * Creates a builder for {@link Officer Officer} instances.
     * <pre>
     * new Officer.Builder()
     *    .name(id.kim.core.contact.PersonName) // required {@link Officer#name() name}
     *    .position(Optional&lt;String&gt;) // optional {@link Officer#position() position}
     *    .dinas(id.kim.core.agency.Dinas) // required {@link Officer#dinas() dinas}
     *    .build();
     * </pre>
     */
    public Builder() {
      if (!(this instanceof Officer.Builder)) {
        throw new UnsupportedOperationException("Use: new Officer.Builder()");
      }
    }

    /**
     * Fill a builder with attribute values from the provided {@code Officer} instance.
     * Regular attribute values will be replaced with those from the given instance.
     * Absent optional values will not replace present values.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    public final Officer.Builder from(Officer instance) {
      ImmutableOfficer.requireNonNull(instance, "instance");
      this.name(instance.name());
      Optional<String> positionOptional = instance.position();
      if (positionOptional.isPresent()) {
        position(positionOptional);
      }
      this.dinas(instance.dinas());
      return (Officer.Builder) this;
    }

    /**
     * Initializes the value for the {@link Officer#name() name} attribute.
     * @param name The value for name 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Officer.Builder name(PersonName name) {
      this.name = ImmutableOfficer.requireNonNull(name, "name");
      initBits &= ~INIT_BIT_NAME;
      return (Officer.Builder) this;
    }

    /**
     * Initializes the optional value {@link Officer#position() position} to position.
     * @param position The value for position
     * @return {@code this} builder for chained invocation
     */
    public final Officer.Builder position(String position) {
      this.position = ImmutableOfficer.requireNonNull(position, "position");
      return (Officer.Builder) this;
    }

    /**
     * Initializes the optional value {@link Officer#position() position} to position.
     * @param position The value for position
     * @return {@code this} builder for use in a chained invocation
     */
    public final Officer.Builder position(Optional<String> position) {
      this.position = position.orElse(null);
      return (Officer.Builder) this;
    }

    /**
     * Initializes the value for the {@link Officer#dinas() dinas} attribute.
     * @param dinas The value for dinas 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Officer.Builder dinas(Dinas dinas) {
      this.dinas = ImmutableOfficer.requireNonNull(dinas, "dinas");
      initBits &= ~INIT_BIT_DINAS;
      return (Officer.Builder) this;
    }

    /**
     * Builds a new {@link Officer Officer}.
     * @return An immutable instance of Officer
     * @throws id.kim.core.validation.IncompleteValueException if any required attributes are missing
     */
    public Officer build() {
      checkRequiredAttributes();
      return new ImmutableOfficer(name, position, dinas);
    }

    private boolean nameIsSet() {
      return (initBits & INIT_BIT_NAME) == 0;
    }

    private boolean dinasIsSet() {
      return (initBits & INIT_BIT_DINAS) == 0;
    }

    private void checkRequiredAttributes() {
      if (initBits != 0) {
        throw new IncompleteValueException(formatRequiredAttributesMessage());
      }
    }

    private String formatRequiredAttributesMessage() {
      List<String> attributes = new ArrayList<>();
      if (!nameIsSet()) attributes.add("name");
      if (!dinasIsSet()) attributes.add("dinas");
      return "Cannot build Officer, some of required attributes are not set " + attributes;
    }
  }

  private static <T> T requireNonNull(T object, String message) {
    if (object == null) throw new MissingValueException(message);
    return object;
  }
}
