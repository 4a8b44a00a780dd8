package id.kim.core.organisation;

import id.kim.core.contact.PersonName;
import id.kim.core.document.DocumentRef;
import id.kim.core.document.IssuerTitle;
import id.kim.core.validation.IncompleteValueException;
import id.kim.core.validation.MissingValueException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Generated;

/**
 * Immutable implementation of {@link Acknowledgement}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code new Acknowledgement.Builder()}.
 */
@Generated(from = "Acknowledgement", generator = "Immutables")
@SuppressWarnings({"all"})
final class ImmutableAcknowledgement extends Acknowledgement {
  private final IssuerTitle byTitle;
  private final PersonName byName;
  private final LocalDate on;
  private final DocumentRef document;

  private ImmutableAcknowledgement(
      IssuerTitle byTitle,
      PersonName byName,
      LocalDate on,
      DocumentRef document) {
    this.byTitle = byTitle;
    this.byName = byName;
    this.on = on;
    this.document = document;
  }

  /**
   * @return The value of the {@code byTitle} attribute
   */
  @Override
  public IssuerTitle byTitle() {
    return byTitle;
  }

  /**
   * @return The value of the {@code byName} attribute
   */
  @Override
  public Optional<PersonName> byName() {
    return Optional.ofNullable(byName);
  }

  /**
   * @return The value of the {@code on} attribute
   */
  @Override
  public LocalDate on() {
    return on;
  }

  /**
   * @return The value of the {@code document} attribute
   */
  @Override
  public Optional<DocumentRef> document() {
    return Optional.ofNullable(document);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Acknowledgement#byTitle() byTitle} attribute.
   * A value equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for byTitle
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableAcknowledgement withByTitle(IssuerTitle value) {
    IssuerTitle newValue = ImmutableAcknowledgement.requireNonNull(value, "byTitle");
    if (this.byTitle == newValue) return this;
    return new ImmutableAcknowledgement(newValue, this.byName, this.on, this.document);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Acknowledgement#byName() byName} attribute.
   * @param value The value for byName
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableAcknowledgement withByName(PersonName value) {
    PersonName newValue = ImmutableAcknowledgement.requireNonNull(value, "byName");
    if (this.byName == newValue) return this;
    return new ImmutableAcknowledgement(this.byTitle, newValue, this.on, this.document);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Acknowledgement#byName() byName} attribute.
   * A shallow reference equality check is used on unboxed optional value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for byName
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutableAcknowledgement withByName(Optional<? extends PersonName> optional) {
    PersonName value = optional.orElse(null);
    if (this.byName == value) return this;
    return new ImmutableAcknowledgement(this.byTitle, value, this.on, this.document);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Acknowledgement#on() on} attribute.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for on
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableAcknowledgement withOn(LocalDate value) {
    if (this.on == value) return this;
    LocalDate newValue = ImmutableAcknowledgement.requireNonNull(value, "on");
    return new ImmutableAcknowledgement(this.byTitle, this.byName, newValue, this.document);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Acknowledgement#document() document} attribute.
   * @param value The value for document
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableAcknowledgement withDocument(DocumentRef value) {
    DocumentRef newValue = ImmutableAcknowledgement.requireNonNull(value, "document");
    if (this.document == newValue) return this;
    return new ImmutableAcknowledgement(this.byTitle, this.byName, this.on, newValue);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Acknowledgement#document() document} attribute.
   * A shallow reference equality check is used on unboxed optional value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for document
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutableAcknowledgement withDocument(Optional<? extends DocumentRef> optional) {
    DocumentRef value = optional.orElse(null);
    if (this.document == value) return this;
    return new ImmutableAcknowledgement(this.byTitle, this.byName, this.on, value);
  }

  /**
   * This instance is equal to all instances of {@code ImmutableAcknowledgement} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutableAcknowledgement
        && equalsByValue((ImmutableAcknowledgement) another);
  }

  private boolean equalsByValue(ImmutableAcknowledgement another) {
    return byTitle.equals(another.byTitle)
        && Objects.equals(byName, another.byName)
        && on.equals(another.on)
        && Objects.equals(document, another.document);
  }

  /**
   * Computes a hash code from attributes: {@code byTitle}, {@code byName}, {@code on}, {@code document}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + byTitle.hashCode();
    h += (h << 5) + Objects.hashCode(byName);
    h += (h << 5) + on.hashCode();
    h += (h << 5) + Objects.hashCode(document);
    return h;
  }

  /**
   * Prints the immutable value {@code Acknowledgement} with attribute values.
   * @return A string representation of the value
   */
  @Override
  public String toString() {
    StringBuilder builder = new StringBuilder("Acknowledgement{");
    builder.append("byTitle=").append(byTitle);
    if (byName != null) {
      builder.append(", ");
      builder.append("byName=").append(byName);
    }
    builder.append(", ");
    builder.append("on=").append(on);
    if (document != null) {
      builder.append(", ");
      builder.append("document=").append(document);
    }
    return builder.append("}").toString();
  }

  /**
   * Creates an immutable copy of a {@link Acknowledgement} value.
   * Uses accessors to get values to initialize the new immutable instance.
   * If an instance is already immutable, it is returned as is.
   * @param instance The instance to copy
   * @return A copied immutable Acknowledgement instance
   */
  public static Acknowledgement copyOf(Acknowledgement instance) {
    if (instance instanceof ImmutableAcknowledgement) {
      return (ImmutableAcknowledgement) instance;
    }
    return new Acknowledgement.Builder()
        .from(instance)
        .build();
  }

  /**
   * Builds instances of type {@link Acknowledgement Acknowledgement}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  @Generated(from = "Acknowledgement", generator = "Immutables")
  public static class Builder {
    private static final long INIT_BIT_BY_TITLE = 0x1L;
    private static final long INIT_BIT_ON = 0x2L;
    private long initBits = 0x3L;

    private IssuerTitle byTitle;
    private PersonName byName;
    private LocalDate on;
    private DocumentRef document;

    /**
     * Creates a builder for {@link Acknowledgement Acknowledgement} instances.
     * <pre>
     * new Acknowledgement.Builder()
     *    .byTitle(id.kim.core.document.IssuerTitle) // required {@link Acknowledgement#byTitle() byTitle}
     *    .byName(Optional&lt;id.kim.core.contact.PersonName&gt;) // optional {@link Acknowledgement#byName() byName}
     *    .on(java.time.LocalDate) // required {@link Acknowledgement#on() on}
     *    .document(Optional&lt;id.kim.core.document.DocumentRef&gt;) // optional {@link Acknowledgement#document() document}
     *    .build();
     * </pre>
     */
    public Builder() {
      if (!(this instanceof Acknowledgement.Builder)) {
        throw new UnsupportedOperationException("Use: new Acknowledgement.Builder()");
      }
    }

    /**
     * Fill a builder with attribute values from the provided {@code Acknowledgement} instance.
     * Regular attribute values will be replaced with those from the given instance.
     * Absent optional values will not replace present values.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    public final Acknowledgement.Builder from(Acknowledgement instance) {
      ImmutableAcknowledgement.requireNonNull(instance, "instance");
      this.byTitle(instance.byTitle());
      Optional<PersonName> byNameOptional = instance.byName();
      if (byNameOptional.isPresent()) {
        byName(byNameOptional);
      }
      this.on(instance.on());
      Optional<DocumentRef> documentOptional = instance.document();
      if (documentOptional.isPresent()) {
        document(documentOptional);
      }
      return (Acknowledgement.Builder) this;
    }

    /**
     * Initializes the value for the {@link Acknowledgement#byTitle() byTitle} attribute.
     * @param byTitle The value for byTitle 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Acknowledgement.Builder byTitle(IssuerTitle byTitle) {
      this.byTitle = ImmutableAcknowledgement.requireNonNull(byTitle, "byTitle");
      initBits &= ~INIT_BIT_BY_TITLE;
      return (Acknowledgement.Builder) this;
    }

    /**
     * Initializes the optional value {@link Acknowledgement#byName() byName} to byName.
     * @param byName The value for byName
     * @return {@code this} builder for chained invocation
     */
    public final Acknowledgement.Builder byName(PersonName byName) {
      this.byName = ImmutableAcknowledgement.requireNonNull(byName, "byName");
      return (Acknowledgement.Builder) this;
    }

    /**
     * Initializes the optional value {@link Acknowledgement#byName() byName} to byName.
     * @param byName The value for byName
     * @return {@code this} builder for use in a chained invocation
     */
    public final Acknowledgement.Builder byName(Optional<? extends PersonName> byName) {
      this.byName = byName.orElse(null);
      return (Acknowledgement.Builder) this;
    }

    /**
     * Initializes the value for the {@link Acknowledgement#on() on} attribute.
     * @param on The value for on 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Acknowledgement.Builder on(LocalDate on) {
      this.on = ImmutableAcknowledgement.requireNonNull(on, "on");
      initBits &= ~INIT_BIT_ON;
      return (Acknowledgement.Builder) this;
    }

    /**
     * Initializes the optional value {@link Acknowledgement#document() document} to document.
     * @param document The value for document
     * @return {@code this} builder for chained invocation
     */
    public final Acknowledgement.Builder document(DocumentRef document) {
      this.document = ImmutableAcknowledgement.requireNonNull(document, "document");
      return (Acknowledgement.Builder) this;
    }

    /**
     * Initializes the optional value {@link Acknowledgement#document() document} to document.
     * @param document The value for document
     * @return {@code this} builder for use in a chained invocation
     */
    public final Acknowledgement.Builder document(Optional<? extends DocumentRef> document) {
      this.document = document.orElse(null);
      return (Acknowledgement.Builder) this;
    }

    /**
     * Builds a new {@link Acknowledgement Acknowledgement}.
     * @return An immutable instance of Acknowledgement
     * @throws id.kim.core.validation.IncompleteValueException if any required attributes are missing
     */
    public Acknowledgement build() {
      checkRequiredAttributes();
      return new ImmutableAcknowledgement(byTitle, byName, on, document);
    }

    private boolean byTitleIsSet() {
      return (initBits & INIT_BIT_BY_TITLE) == 0;
    }

    private boolean onIsSet() {
      return (initBits & INIT_BIT_ON) == 0;
    }

    private void checkRequiredAttributes() {
      if (initBits != 0) {
        throw new IncompleteValueException(formatRequiredAttributesMessage());
      }
    }

    private String formatRequiredAttributesMessage() {
      List<String> attributes = new ArrayList<>();
      if (!byTitleIsSet()) attributes.add("byTitle");
      if (!onIsSet()) attributes.add("on");
      return "Cannot build Acknowledgement, some of required attributes are not set " + attributes;
    }
  }

  private static <T> T requireNonNull(T object, String message) {
    if (object == null) throw new MissingValueException(message);
    return object;
  }
}
