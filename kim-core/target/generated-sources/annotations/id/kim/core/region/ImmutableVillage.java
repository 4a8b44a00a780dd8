package id.kim.core.region;

import id.kim.core.validation.IncompleteValueException;
import id.kim.core.validation.MissingValueException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Generated;

/**
 * Immutable implementation of {@link Village}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code new Village.Builder()}.
 */
@Generated(from = "Village", generator = "Immutables")
@SuppressWarnings({"all"})
final class ImmutableVillage extends Village {
  private final String name;
  private final VillageKind kind;
  private final String localKindName;
  private final District district;

  private ImmutableVillage(
      String name,
      VillageKind kind,
      String localKindName,
      District district) {
    this.name = name;
    this.kind = kind;
    this.localKindName = localKindName;
    this.district = district;
  }

  /**
   * @return The value of the {@code name} attribute
   */
  @Override
  public String name() {
    return name;
  }

  /**
   * @return The value of the {@code kind} attribute
   */
  @Override
  public VillageKind kind() {
    return kind;
  }

  /**
   * @return The value of the {@code localKindName} attribute
   */
  @Override
  public Optional<String> localKindName() {
    return Optional.ofNullable(localKindName);
  }

  /**
   * @return The value of the {@code district} attribute
   */
  @Override
  public District district() {
    return district;
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Village#name() name} attribute.
   * An equals check used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for name
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableVillage withName(String value) {
    String newValue = ImmutableVillage.requireNonNull(value, "name");
    if (this.name.equals(newValue)) return this;
    return new ImmutableVillage(newValue, this.kind, this.localKindName, this.district);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Village#kind() kind} attribute.
   * A value equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for kind
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableVillage withKind(VillageKind value) {
    VillageKind newValue = ImmutableVillage.requireNonNull(value, "kind");
    if (this.kind == newValue) return this;
    return new ImmutableVillage(this.name, newValue, this.localKindName, this.district);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Village#localKindName() localKindName} attribute.
   * @param value The value for localKindName
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableVillage withLocalKindName(String value) {
    String newValue = ImmutableVillage.requireNonNull(value, "localKindName");
    if (Objects.equals(this.localKindName, newValue)) return this;
    return new ImmutableVillage(this.name, this.kind, newValue, this.district);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Village#localKindName() localKindName} attribute.
   * An equality check is used on inner value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for localKindName
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableVillage withLocalKindName(Optional<String> optional) {
    String value = optional.orElse(null);
    if (Objects.equals(this.localKindName, value)) return this;
    return new ImmutableVillage(this.name, this.kind, value, this.district);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Village#district() district} attribute.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for district
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableVillage withDistrict(District value) {
    if (this.district == value) return this;
    District newValue = ImmutableVillage.requireNonNull(value, "district");
    return new ImmutableVillage(this.name, this.kind, this.localKindName, newValue);
  }

  /**
   * This instance is equal to all instances of {@code ImmutableVillage} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutableVillage
        && equalsByValue((ImmutableVillage) another);
  }

  private boolean equalsByValue(ImmutableVillage another) {
    return name.equals(another.name)
        && kind.equals(another.kind)
        && Objects.equals(localKindName, another.localKindName)
        && district.equals(another.district);
  }

  /**
   * Computes a hash code from attributes: {@code name}, {@code kind}, {@code localKindName}, {@code district}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + name.hashCode();
    h += (h << 5) + kind.hashCode();
    h += (h << 5) + Objects.hashCode(localKindName);
    h += (h << 5) + district.hashCode();
    return h;
  }

  /**
   * Creates an immutable copy of a {@link Village} value.
   * Uses accessors to get values to initialize the new immutable instance.
   * If an instance is already immutable, it is returned as is.
   * @param instance The instance to copy
   * @return A copied immutable Village instance
   */
  public static Village copyOf(Village instance) {
    if (instance instanceof ImmutableVillage) {
      return (ImmutableVillage) instance;
    }
    return new Village.Builder()
        .from(instance)
        .build();
  }

  /**
   * Builds instances of type {@link Village Village}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  @Generated(from = "Village", generator = "Immutables")
  public static class Builder {
    private static final long INIT_BIT_NAME = 0x1L;
    private static final long INIT_BIT_KIND = 0x2L;
    private static final long INIT_BIT_DISTRICT = 0x4L;
    private long initBits = 0x7L;

    private String name;
    private VillageKind kind;
    private String localKindName;
    private District district;

    /**
     * Creates a builder for {@link Village Village} instances.
     * <pre>
     * new Village.Builder()
     *    .name(String) // required {@link Village#name() name}
     *    .kind(id.kim.core.region.VillageKind) // required {@link Village#kind() kind}
     *    .localKindName(Optional&lt;String&gt;) // optional {@link Village#localKindName() localKindName}
     *    .district(id.kim.core.region.District) // required {@link Village#district() district}
     *    .build();
     * </pre>
     */
    public Builder() {
      if (!(this instanceof Village.Builder)) {
        throw new UnsupportedOperationException("Use: new Village.Builder()");
      }
    }

    /**
     * Fill a builder with attribute values from the provided {@code Village} instance.
     * Regular attribute values will be replaced with those from the given instance.
     * Absent optional values will not replace present values.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    public final Village.Builder from(Village instance) {
      ImmutableVillage.requireNonNull(instance, "instance");
      this.name(instance.name());
      this.kind(instance.kind());
      Optional<String> localKindNameOptional = instance.localKindName();
      if (localKindNameOptional.isPresent()) {
        localKindName(localKindNameOptional);
      }
      this.district(instance.district());
      return (Village.Builder) this;
    }

    /**
     * Initializes the value for the {@link Village#name() name} attribute.
     * @param name The value for name 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Village.Builder name(String name) {
      this.name = ImmutableVillage.requireNonNull(name, "name");
      initBits &= ~INIT_BIT_NAME;
      return (Village.Builder) this;
    }

    /**
     * Initializes the value for the {@link Village#kind() kind} attribute.
     * @param kind The value for kind 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Village.Builder kind(VillageKind kind) {
      this.kind = ImmutableVillage.requireNonNull(kind, "kind");
      initBits &= ~INIT_BIT_KIND;
      return (Village.Builder) this;
    }

    /**
     * Initializes the optional value {@link Village#localKindName() localKindName} to localKindName.
     * @param localKindName The value for localKindName
     * @return {@code this} builder for chained invocation
     */
    public final Village.Builder localKindName(String localKindName) {
      this.localKindName = ImmutableVillage.requireNonNull(localKindName, "localKindName");
      return (Village.Builder) this;
    }

    /**
     * Initializes the optional value {@link Village#localKindName() localKindName} to localKindName.
     * @param localKindName The value for localKindName
     * @return {@code this} builder for use in a chained invocation
     */
    public final Village.Builder localKindName(Optional<String> localKindName) {
      this.localKindName = localKindName.orElse(null);
      return (Village.Builder) this;
    }

    /**
     * Initializes the value for the {@link Village#district() district} attribute.
     * @param district The value for district 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Village.Builder district(District district) {
      this.district = ImmutableVillage.requireNonNull(district, "district");
      initBits &= ~INIT_BIT_DISTRICT;
      return (Village.Builder) this;
    }

    /**
     * Builds a new {@link Village Village}.
     * @return An immutable instance of Village
     * @throws id.kim.core.validation.IncompleteValueException if any required attributes are missing
     */
    public Village build() {
      checkRequiredAttributes();
      return new ImmutableVillage(name, kind, localKindName, district);
    }

    private boolean nameIsSet() {
      return (initBits & INIT_BIT_NAME) == 0;
    }

    private boolean kindIsSet() {
      return (initBits & INIT_BIT_KIND) == 0;
    }

    private boolean districtIsSet() {
      return (initBits & INIT_BIT_DISTRICT) == 0;
    }

    private void checkRequiredAttributes() {
      if (initBits != 0) {
        throw new IncompleteValueException(formatRequiredAttributesMessage());
      }
    }

    private String formatRequiredAttributesMessage() {
      List<String> attributes = new ArrayList<>();
      if (!nameIsSet()) attributes.add("name");
      if (!kindIsSet()) attributes.add("kind");
      if (!districtIsSet()) attributes.add("district");
      return "Cannot build Village, some of required attributes are not set " + attributes;
    }
  }

  private static <T> T requireNonNull(T object, String message) {
    if (object == null) throw new MissingValueException(message);
    return object;
  }
}
