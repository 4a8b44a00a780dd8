package id.kim.core.document;

import id.kim.core.region.Village;
import id.kim.core.validation.IncompleteValueException;
import id.kim.core.validation.MissingValueException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Generated;

/**
 * Immutable implementation of {@link VillageDecree}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code new VillageDecree.Builder()}.
 */
@Generated(from = "VillageDecree", generator = "Immutables")
@SuppressWarnings({"all"})
final class ImmutableVillageDecree extends VillageDecree {
  private final String number;
  private final IssuerTitle issuerTitle;
  private final Village issuerVillage;
  private final LocalDate issuedOn;
  private final LocalDate validUntil;
  private final LocalDate revokedOn;
  private final DocumentRef document;

  private ImmutableVillageDecree(
      String number,
      IssuerTitle issuerTitle,
      Village issuerVillage,
      LocalDate issuedOn,
      LocalDate validUntil,
      LocalDate revokedOn,
      DocumentRef document) {
    this.number = number;
    this.issuerTitle = issuerTitle;
    this.issuerVillage = issuerVillage;
    this.issuedOn = issuedOn;
    this.validUntil = validUntil;
    this.revokedOn = revokedOn;
    this.document = document;
  }

  /**
   * @return The value of the {@code number} attribute
   */
  @Override
  public String number() {
    return number;
  }

  /**
   * @return The value of the {@code issuerTitle} attribute
   */
  @Override
  public IssuerTitle issuerTitle() {
    return issuerTitle;
  }

  /**
   * @return The value of the {@code issuerVillage} attribute
   */
  @Override
  public Village issuerVillage() {
    return issuerVillage;
  }

  /**
   * @return The value of the {@code issuedOn} attribute
   */
  @Override
  public LocalDate issuedOn() {
    return issuedOn;
  }

  /**
   * @return The value of the {@code validUntil} attribute
   */
  @Override
  public Optional<LocalDate> validUntil() {
    return Optional.ofNullable(validUntil);
  }

  /**
   * @return The value of the {@code revokedOn} attribute
   */
  @Override
  public Optional<LocalDate> revokedOn() {
    return Optional.ofNullable(revokedOn);
  }

  /**
   * @return The value of the {@code document} attribute
   */
  @Override
  public Optional<DocumentRef> document() {
    return Optional.ofNullable(document);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link VillageDecree#number() number} attribute.
   * An equals check used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for number
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableVillageDecree withNumber(String value) {
    String newValue = ImmutableVillageDecree.requireNonNull(value, "number");
    if (this.number.equals(newValue)) return this;
    return new ImmutableVillageDecree(
        newValue,
        this.issuerTitle,
        this.issuerVillage,
        this.issuedOn,
        this.validUntil,
        this.revokedOn,
        this.document);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link VillageDecree#issuerTitle() issuerTitle} attribute.
   * A value equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for issuerTitle
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableVillageDecree withIssuerTitle(IssuerTitle value) {
    IssuerTitle newValue = ImmutableVillageDecree.requireNonNull(value, "issuerTitle");
    if (this.issuerTitle == newValue) return this;
    return new ImmutableVillageDecree(
        this.number,
        newValue,
        this.issuerVillage,
        this.issuedOn,
        this.validUntil,
        this.revokedOn,
        this.document);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link VillageDecree#issuerVillage() issuerVillage} attribute.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for issuerVillage
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableVillageDecree withIssuerVillage(Village value) {
    if (this.issuerVillage == value) return this;
    Village newValue = ImmutableVillageDecree.requireNonNull(value, "issuerVillage");
    return new ImmutableVillageDecree(
        this.number,
        this.issuerTitle,
        newValue,
        this.issuedOn,
        this.validUntil,
        this.revokedOn,
        this.document);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link VillageDecree#issuedOn() issuedOn} attribute.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for issuedOn
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableVillageDecree withIssuedOn(LocalDate value) {
    if (this.issuedOn == value) return this;
    LocalDate newValue = ImmutableVillageDecree.requireNonNull(value, "issuedOn");
    return new ImmutableVillageDecree(
        this.number,
        this.issuerTitle,
        this.issuerVillage,
        newValue,
        this.validUntil,
        this.revokedOn,
        this.document);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link VillageDecree#validUntil() validUntil} attribute.
   * @param value The value for validUntil
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableVillageDecree withValidUntil(LocalDate value) {
    LocalDate newValue = ImmutableVillageDecree.requireNonNull(value, "validUntil");
    if (this.validUntil == newValue) return this;
    return new ImmutableVillageDecree(
        this.number,
        this.issuerTitle,
        this.issuerVillage,
        this.issuedOn,
        newValue,
        this.revokedOn,
        this.document);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link VillageDecree#validUntil() validUntil} attribute.
   * A shallow reference equality check is used on unboxed optional value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for validUntil
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutableVillageDecree withValidUntil(Optional<? extends LocalDate> optional) {
    LocalDate value = optional.orElse(null);
    if (this.validUntil == value) return this;
    return new ImmutableVillageDecree(
        this.number,
        this.issuerTitle,
        this.issuerVillage,
        this.issuedOn,
        value,
        this.revokedOn,
        this.document);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link VillageDecree#revokedOn() revokedOn} attribute.
   * @param value The value for revokedOn
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableVillageDecree withRevokedOn(LocalDate value) {
    LocalDate newValue = ImmutableVillageDecree.requireNonNull(value, "revokedOn");
    if (this.revokedOn == newValue) return this;
    return new ImmutableVillageDecree(
        this.number,
        this.issuerTitle,
        this.issuerVillage,
        this.issuedOn,
        this.validUntil,
        newValue,
        this.document);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link VillageDecree#revokedOn() revokedOn} attribute.
   * A shallow reference equality check is used on unboxed optional value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for revokedOn
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutableVillageDecree withRevokedOn(Optional<? extends LocalDate> optional) {
    LocalDate value = optional.orElse(null);
    if (this.revokedOn == value) return this;
    return new ImmutableVillageDecree(
        this.number,
        this.issuerTitle,
        this.issuerVillage,
        this.issuedOn,
        this.validUntil,
        value,
        this.document);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link VillageDecree#document() document} attribute.
   * @param value The value for document
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableVillageDecree withDocument(DocumentRef value) {
    DocumentRef newValue = ImmutableVillageDecree.requireNonNull(value, "document");
    if (this.document == newValue) return this;
    return new ImmutableVillageDecree(
        this.number,
        this.issuerTitle,
        this.issuerVillage,
        this.issuedOn,
        this.validUntil,
        this.revokedOn,
        newValue);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link VillageDecree#document() document} attribute.
   * A shallow reference equality check is used on unboxed optional value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for document
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutableVillageDecree withDocument(Optional<? extends DocumentRef> optional) {
    DocumentRef value = optional.orElse(null);
    if (this.document == value) return this;
    return new ImmutableVillageDecree(
        this.number,
        this.issuerTitle,
        this.issuerVillage,
        this.issuedOn,
        this.validUntil,
        this.revokedOn,
        value);
  }

  /**
   * This instance is equal to all instances of {@code ImmutableVillageDecree} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutableVillageDecree
        && equalsByValue((ImmutableVillageDecree) another);
  }

  private boolean equalsByValue(ImmutableVillageDecree another) {
    return number.equals(another.number)
        && issuerTitle.equals(another.issuerTitle)
        && issuerVillage.equals(another.issuerVillage)
        && issuedOn.equals(another.issuedOn)
        && Objects.equals(validUntil, another.validUntil)
        && Objects.equals(revokedOn, another.revokedOn)
        && Objects.equals(document, another.document);
  }

  /**
   * Computes a hash code from attributes: {@code number}, {@code issuerTitle}, {@code issuerVillage}, {@code issuedOn}, {@code validUntil}, {@code revokedOn}, {@code document}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + number.hashCode();
    h += (h << 5) + issuerTitle.hashCode();
    h += (h << 5) + issuerVillage.hashCode();
    h += (h << 5) + issuedOn.hashCode();
    h += (h << 5) + Objects.hashCode(validUntil);
    h += (h << 5) + Objects.hashCode(revokedOn);
    h += (h << 5) + Objects.hashCode(document);
    return h;
  }

  /**
   * Prints the immutable value {@code VillageDecree} with attribute values.
   * @return A string representation of the value
   */
  @Override
  public String toString() {
    StringBuilder builder = new StringBuilder("VillageDecree{");
    builder.append("number=").append(number);
    builder.append(", ");
    builder.append("issuerTitle=").append(issuerTitle);
    builder.append(", ");
    builder.append("issuerVillage=").append(issuerVillage);
    builder.append(", ");
    builder.append("issuedOn=").append(issuedOn);
    if (validUntil != null) {
      builder.append(", ");
      builder.append("validUntil=").append(validUntil);
    }
    if (revokedOn != null) {
      builder.append(", ");
      builder.append("revokedOn=").append(revokedOn);
    }
    if (document != null) {
      builder.append(", ");
      builder.append("document=").append(document);
    }
    return builder.append("}").toString();
  }

  /**
   * Creates an immutable copy of a {@link VillageDecree} value.
   * Uses accessors to get values to initialize the new immutable instance.
   * If an instance is already immutable, it is returned as is.
   * @param instance The instance to copy
   * @return A copied immutable VillageDecree instance
   */
  public static VillageDecree copyOf(VillageDecree instance) {
    if (instance instanceof ImmutableVillageDecree) {
      return (ImmutableVillageDecree) instance;
    }
    return new VillageDecree.Builder()
        .from(instance)
        .build();
  }

  /**
   * Builds instances of type {@link VillageDecree VillageDecree}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  @Generated(from = "VillageDecree", generator = "Immutables")
  public static class Builder {
    private static final long INIT_BIT_NUMBER = 0x1L;
    private static final long INIT_BIT_ISSUER_TITLE = 0x2L;
    private static final long INIT_BIT_ISSUER_VILLAGE = 0x4L;
    private static final long INIT_BIT_ISSUED_ON = 0x8L;
    private long initBits = 0xfL;

    private String number;
    private IssuerTitle issuerTitle;
    private Village issuerVillage;
    private LocalDate issuedOn;
    private LocalDate validUntil;
    private LocalDate revokedOn;
    private DocumentRef document;

    /**
     * Creates a builder for {@link VillageDecree VillageDecree} instances.
     * <pre>
     * new VillageDecree.Builder()
     *    .number(String) // required {@link VillageDecree#number() number}
     *    .issuerTitle(id.kim.core.document.IssuerTitle) // required {@link VillageDecree#issuerTitle() issuerTitle}
     *    .issuerVillage(id.kim.core.region.Village) // required {@link VillageDecree#issuerVillage() issuerVillage}
     *    .issuedOn(java.time.LocalDate) // required {@link VillageDecree#issuedOn() issuedOn}
     *    .validUntil(Optional&lt;java.time.LocalDate&gt;) // optional {@link VillageDecree#validUntil() validUntil}
     *    .revokedOn(Optional&lt;java.time.LocalDate&gt;) // optional {@link VillageDecree#revokedOn() revokedOn}
     *    .document(Optional&lt;id.kim.core.document.DocumentRef&gt;) // optional {@link VillageDecree#document() document}
     *    .build();
     * </pre>
     */
    public Builder() {
      if (!(this instanceof VillageDecree.Builder)) {
        throw new UnsupportedOperationException("Use: new VillageDecree.Builder()");
      }
    }

    /**
     * Fill a builder with attribute values from the provided {@code VillageDecree} instance.
     * Regular attribute values will be replaced with those from the given instance.
     * Absent optional values will not replace present values.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    public final VillageDecree.Builder from(VillageDecree instance) {
      ImmutableVillageDecree.requireNonNull(instance, "instance");
      this.number(instance.number());
      this.issuerTitle(instance.issuerTitle());
      this.issuerVillage(instance.issuerVillage());
      this.issuedOn(instance.issuedOn());
      Optional<LocalDate> validUntilOptional = instance.validUntil();
      if (validUntilOptional.isPresent()) {
        validUntil(validUntilOptional);
      }
      Optional<LocalDate> revokedOnOptional = instance.revokedOn();
      if (revokedOnOptional.isPresent()) {
        revokedOn(revokedOnOptional);
      }
      Optional<DocumentRef> documentOptional = instance.document();
      if (documentOptional.isPresent()) {
        document(documentOptional);
      }
      return (VillageDecree.Builder) this;
    }

    /**
     * Initializes the value for the {@link VillageDecree#number() number} attribute.
     * @param number The value for number 
     * @return {@code this} builder for use in a chained invocation
     */
    public final VillageDecree.Builder number(String number) {
      this.number = ImmutableVillageDecree.requireNonNull(number, "number");
      initBits &= ~INIT_BIT_NUMBER;
      return (VillageDecree.Builder) this;
    }

    /**
     * Initializes the value for the {@link VillageDecree#issuerTitle() issuerTitle} attribute.
     * @param issuerTitle The value for issuerTitle 
     * @return {@code this} builder for use in a chained invocation
     */
    public final VillageDecree.Builder issuerTitle(IssuerTitle issuerTitle) {
      this.issuerTitle = ImmutableVillageDecree.requireNonNull(issuerTitle, "issuerTitle");
      initBits &= ~INIT_BIT_ISSUER_TITLE;
      return (VillageDecree.Builder) this;
    }

    /**
     * Initializes the value for the {@link VillageDecree#issuerVillage() issuerVillage} attribute.
     * @param issuerVillage The value for issuerVillage 
     * @return {@code this} builder for use in a chained invocation
     */
    public final VillageDecree.Builder issuerVillage(Village issuerVillage) {
      this.issuerVillage = ImmutableVillageDecree.requireNonNull(issuerVillage, "issuerVillage");
      initBits &= ~INIT_BIT_ISSUER_VILLAGE;
      return (VillageDecree.Builder) this;
    }

    /**
     * Initializes the value for the {@link VillageDecree#issuedOn() issuedOn} attribute.
     * @param issuedOn The value for issuedOn 
     * @return {@code this} builder for use in a chained invocation
     */
    public final VillageDecree.Builder issuedOn(LocalDate issuedOn) {
      this.issuedOn = ImmutableVillageDecree.requireNonNull(issuedOn, "issuedOn");
      initBits &= ~INIT_BIT_ISSUED_ON;
      return (VillageDecree.Builder) this;
    }

    /**
     * Initializes the optional value {@link VillageDecree#validUntil() validUntil} to validUntil.
     * @param validUntil The value for validUntil
     * @return {@code this} builder for chained invocation
     */
    public final VillageDecree.Builder validUntil(LocalDate validUntil) {
      this.validUntil = ImmutableVillageDecree.requireNonNull(validUntil, "validUntil");
      return (VillageDecree.Builder) this;
    }

    /**
     * Initializes the optional value {@link VillageDecree#validUntil() validUntil} to validUntil.
     * @param validUntil The value for validUntil
     * @return {@code this} builder for use in a chained invocation
     */
    public final VillageDecree.Builder validUntil(Optional<? extends LocalDate> validUntil) {
      this.validUntil = validUntil.orElse(null);
      return (VillageDecree.Builder) this;
    }

    /**
     * Initializes the optional value {@link VillageDecree#revokedOn() revokedOn} to revokedOn.
     * @param revokedOn The value for revokedOn
     * @return {@code this} builder for chained invocation
     */
    public final VillageDecree.Builder revokedOn(LocalDate revokedOn) {
      this.revokedOn = ImmutableVillageDecree.requireNonNull(revokedOn, "revokedOn");
      return (VillageDecree.Builder) this;
    }

    /**
     * Initializes the optional value {@link VillageDecree#revokedOn() revokedOn} to revokedOn.
     * @param revokedOn The value for revokedOn
     * @return {@code this} builder for use in a chained invocation
     */
    public final VillageDecree.Builder revokedOn(Optional<? extends LocalDate> revokedOn) {
      this.revokedOn = revokedOn.orElse(null);
      return (VillageDecree.Builder) this;
    }

    /**
     * Initializes the optional value {@link VillageDecree#document() document} to document.
     * @param document The value for document
     * @return {@code this} builder for chained invocation
     */
    public final VillageDecree.Builder document(DocumentRef document) {
      this.document = ImmutableVillageDecree.requireNonNull(document, "document");
      return (VillageDecree.Builder) this;
    }

    /**
     * Initializes the optional value {@link VillageDecree#document() document} to document.
     * @param document The value for document
     * @return {@code this} builder for use in a chained invocation
     */
    public final VillageDecree.Builder document(Optional<? extends DocumentRef> document) {
      this.document = document.orElse(null);
      return (VillageDecree.Builder) this;
    }

    /**
     * Builds a new {@link VillageDecree VillageDecree}.
     * @return An immutable instance of VillageDecree
     * @throws id.kim.core.validation.IncompleteValueException if any required attributes are missing
     */
    public VillageDecree build() {
      checkRequiredAttributes();
      return new ImmutableVillageDecree(number, issuerTitle, issuerVillage, issuedOn, validUntil, revokedOn, document);
    }

    private boolean numberIsSet() {
      return (initBits & INIT_BIT_NUMBER) == 0;
    }

    private boolean issuerTitleIsSet() {
      return (initBits & INIT_BIT_ISSUER_TITLE) == 0;
    }

    private boolean issuerVillageIsSet() {
      return (initBits & INIT_BIT_ISSUER_VILLAGE) == 0;
    }

    private boolean issuedOnIsSet() {
      return (initBits & INIT_BIT_ISSUED_ON) == 0;
    }

    private void checkRequiredAttributes() {
      if (initBits != 0) {
        throw new IncompleteValueException(formatRequiredAttributesMessage());
      }
    }

    private String formatRequiredAttributesMessage() {
      List<String> attributes = new ArrayList<>();
      if (!numberIsSet()) attributes.add("number");
      if (!issuerTitleIsSet()) attributes.add("issuerTitle");
      if (!issuerVillageIsSet()) attributes.add("issuerVillage");
      if (!issuedOnIsSet()) attributes.add("issuedOn");
      return "Cannot build VillageDecree, some of required attributes are not set " + attributes;
    }
  }

  private static <T> T requireNonNull(T object, String message) {
    if (object == null) throw new MissingValueException(message);
    return object;
  }
}
