package id.kim.core.document;

import id.kim.core.validation.IncompleteValueException;
import id.kim.core.validation.MissingValueException;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Generated;

/**
 * Immutable implementation of {@link DocumentRef}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code ImmutableDocumentRef.builder()}.
 * Use the static factory method to create immutable instances:
 * {@code ImmutableDocumentRef.of()}.
 */
@Generated(from = "DocumentRef", generator = "Immutables")
@SuppressWarnings({"all"})
final class ImmutableDocumentRef extends DocumentRef {
  private final String reference;

  private ImmutableDocumentRef(String reference) {
    this.reference = ImmutableDocumentRef.requireNonNull(reference, "reference");
  }

  private ImmutableDocumentRef(ImmutableDocumentRef original, String reference) {
    this.reference = reference;
  }

  /**
   * @return The value of the {@code reference} attribute
   */
  @Override
  public String reference() {
    return reference;
  }

  /**
   * Copy the current immutable object by setting a value for the {@link DocumentRef#reference() reference} attribute.
   * An equals check used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for reference
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableDocumentRef withReference(String value) {
    String newValue = ImmutableDocumentRef.requireNonNull(value, "reference");
    if (this.reference.equals(newValue)) return this;
    return new ImmutableDocumentRef(this, newValue);
  }

  /**
   * This instance is equal to all instances of {@code ImmutableDocumentRef} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutableDocumentRef
        && equalsByValue((ImmutableDocumentRef) another);
  }

  private boolean equalsByValue(ImmutableDocumentRef another) {
    return reference.equals(another.reference);
  }

  /**
   * Computes a hash code from attributes: {@code reference}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + reference.hashCode();
    return h;
  }

  /**
   * Construct a new immutable {@code DocumentRef} instance.
   * @param reference The value for the {@code reference} attribute
   * @return An immutable DocumentRef instance
   */
  public static DocumentRef of(String reference) {
    return new ImmutableDocumentRef(reference);
  }

  /**
   * Creates an immutable copy of a {@link DocumentRef} value.
   * Uses accessors to get values to initialize the new immutable instance.
   * If an instance is already immutable, it is returned as is.
   * @param instance The instance to copy
   * @return A copied immutable DocumentRef instance
   */
  public static DocumentRef copyOf(DocumentRef instance) {
    if (instance instanceof ImmutableDocumentRef) {
      return (ImmutableDocumentRef) instance;
    }
    return ImmutableDocumentRef.builder()
        .from(instance)
        .build();
  }

  /**
   * Creates a builder for {@link DocumentRef DocumentRef}.
   * <pre>
   * ImmutableDocumentRef.builder()
   *    .reference(String) // required {@link DocumentRef#reference() reference}
   *    .build();
   * </pre>
   * @return A new DocumentRef builder
   */
  public static ImmutableDocumentRef.Builder builder() {
    return new ImmutableDocumentRef.Builder();
  }

  /**
   * Builds instances of type {@link DocumentRef DocumentRef}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  @Generated(from = "DocumentRef", generator = "Immutables")
  public static final class Builder {
    private static final long INIT_BIT_REFERENCE = 0x1L;
    private long initBits = 0x1L;

    private String reference;

    private Builder() {
    }

    /**
     * Fill a builder with attribute values from the provided {@code DocumentRef} instance.
     * Regular attribute values will be replaced with those from the given instance.
     * Absent optional values will not replace present values.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder from(DocumentRef instance) {
      ImmutableDocumentRef.requireNonNull(instance, "instance");
      this.reference(instance.reference());
      return this;
    }

    /**
     * Initializes the value for the {@link DocumentRef#reference() reference} attribute.
     * @param reference The value for reference 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder reference(String reference) {
      this.reference = ImmutableDocumentRef.requireNonNull(reference, "reference");
      initBits &= ~INIT_BIT_REFERENCE;
      return this;
    }

    /**
     * Builds a new {@link DocumentRef DocumentRef}.
     * @return An immutable instance of DocumentRef
     * @throws id.kim.core.validation.IncompleteValueException if any required attributes are missing
     */
    public DocumentRef build() {
      checkRequiredAttributes();
      return new ImmutableDocumentRef(null, reference);
    }

    private boolean referenceIsSet() {
      return (initBits & INIT_BIT_REFERENCE) == 0;
    }

    private void checkRequiredAttributes() {
      if (initBits != 0) {
        throw new IncompleteValueException(formatRequiredAttributesMessage());
      }
    }

    private String formatRequiredAttributesMessage() {
      List<String> attributes = new ArrayList<>();
      if (!referenceIsSet()) attributes.add("reference");
      return "Cannot build DocumentRef, some of required attributes are not set " + attributes;
    }
  }

  private static <T> T requireNonNull(T object, String message) {
    if (object == null) throw new MissingValueException(message);
    return object;
  }
}
