package id.kim.core.document;

import id.kim.core.contact.PersonName;
import id.kim.core.validation.IncompleteValueException;
import id.kim.core.validation.MissingValueException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Generated;

/**
 * Immutable implementation of {@link AdministrativeDeclaration}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code new AdministrativeDeclaration.Builder()}.
 */
@Generated(from = "AdministrativeDeclaration", generator = "Immutables")
@SuppressWarnings({"all"})
final class ImmutableAdministrativeDeclaration extends AdministrativeDeclaration {
  private final LocalDate signedOn;
  private final List<PersonName> signatories;
  private final boolean boardNotCivilServants;
  private final boolean boardNotInvolvedInCrime;
  private final boolean noPoliticalPartyAffiliation;
  private final boolean noNgoAffiliation;
  private final DocumentRef document;

  private ImmutableAdministrativeDeclaration(
      LocalDate signedOn,
      List<PersonName> signatories,
      boolean boardNotCivilServants,
      boolean boardNotInvolvedInCrime,
      boolean noPoliticalPartyAffiliation,
      boolean noNgoAffiliation,
      DocumentRef document) {
    this.signedOn = signedOn;
    this.signatories = signatories;
    this.boardNotCivilServants = boardNotCivilServants;
    this.boardNotInvolvedInCrime = boardNotInvolvedInCrime;
    this.noPoliticalPartyAffiliation = noPoliticalPartyAffiliation;
    this.noNgoAffiliation = noNgoAffiliation;
    this.document = document;
  }

  /**
   * @return The value of the {@code signedOn} attribute
   */
  @Override
  public LocalDate signedOn() {
    return signedOn;
  }

  /**
   * @return The value of the {@code signatories} attribute
   */
  @Override
  public List<PersonName> signatories() {
    return signatories;
  }

  /**
   * @return The value of the {@code boardNotCivilServants} attribute
   */
  @Override
  public boolean boardNotCivilServants() {
    return boardNotCivilServants;
  }

  /**
   * @return The value of the {@code boardNotInvolvedInCrime} attribute
   */
  @Override
  public boolean boardNotInvolvedInCrime() {
    return boardNotInvolvedInCrime;
  }

  /**
   * @return The value of the {@code noPoliticalPartyAffiliation} attribute
   */
  @Override
  public boolean noPoliticalPartyAffiliation() {
    return noPoliticalPartyAffiliation;
  }

  /**
   * @return The value of the {@code noNgoAffiliation} attribute
   */
  @Override
  public boolean noNgoAffiliation() {
    return noNgoAffiliation;
  }

  /**
   * @return The value of the {@code document} attribute
   */
  @Override
  public Optional<DocumentRef> document() {
    return Optional.ofNullable(document);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link AdministrativeDeclaration#signedOn() signedOn} attribute.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for signedOn
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableAdministrativeDeclaration withSignedOn(LocalDate value) {
    if (this.signedOn == value) return this;
    LocalDate newValue = ImmutableAdministrativeDeclaration.requireNonNull(value, "signedOn");
    return new ImmutableAdministrativeDeclaration(
        newValue,
        this.signatories,
        this.boardNotCivilServants,
        this.boardNotInvolvedInCrime,
        this.noPoliticalPartyAffiliation,
        this.noNgoAffiliation,
        this.document);
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link AdministrativeDeclaration#signatories() signatories}.
   * @param elements The elements to set
   * @return A modified copy of {@code this} object
   */
  public final ImmutableAdministrativeDeclaration withSignatories(PersonName... elements) {
    List<PersonName> newValue = createUnmodifiableList(false, createSafeList(Arrays.asList(elements), true, false));
    return new ImmutableAdministrativeDeclaration(
        this.signedOn,
        newValue,
        this.boardNotCivilServants,
        this.boardNotInvolvedInCrime,
        this.noPoliticalPartyAffiliation,
        this.noNgoAffiliation,
        this.document);
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link AdministrativeDeclaration#signatories() signatories}.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param elements An iterable of signatories elements to set
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableAdministrativeDeclaration withSignatories(Iterable<? extends PersonName> elements) {
    if (this.signatories == elements) return this;
    List<PersonName> newValue = createUnmodifiableList(false, createSafeList(elements, true, false));
    return new ImmutableAdministrativeDeclaration(
        this.signedOn,
        newValue,
        this.boardNotCivilServants,
        this.boardNotInvolvedInCrime,
        this.noPoliticalPartyAffiliation,
        this.noNgoAffiliation,
        this.document);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link AdministrativeDeclaration#boardNotCivilServants() boardNotCivilServants} attribute.
   * A value equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for boardNotCivilServants
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableAdministrativeDeclaration withBoardNotCivilServants(boolean value) {
    if (this.boardNotCivilServants == value) return this;
    return new ImmutableAdministrativeDeclaration(
        this.signedOn,
        this.signatories,
        value,
        this.boardNotInvolvedInCrime,
        this.noPoliticalPartyAffiliation,
        this.noNgoAffiliation,
        this.document);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link AdministrativeDeclaration#boardNotInvolvedInCrime() boardNotInvolvedInCrime} attribute.
   * A value equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for boardNotInvolvedInCrime
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableAdministrativeDeclaration withBoardNotInvolvedInCrime(boolean value) {
    if (this.boardNotInvolvedInCrime == value) return this;
    return new ImmutableAdministrativeDeclaration(
        this.signedOn,
        this.signatories,
        this.boardNotCivilServants,
        value,
        this.noPoliticalPartyAffiliation,
        this.noNgoAffiliation,
        this.document);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link AdministrativeDeclaration#noPoliticalPartyAffiliation() noPoliticalPartyAffiliation} attribute.
   * A value equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for noPoliticalPartyAffiliation
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableAdministrativeDeclaration withNoPoliticalPartyAffiliation(boolean value) {
    if (this.noPoliticalPartyAffiliation == value) return this;
    return new ImmutableAdministrativeDeclaration(
        this.signedOn,
        this.signatories,
        this.boardNotCivilServants,
        this.boardNotInvolvedInCrime,
        value,
        this.noNgoAffiliation,
        this.document);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link AdministrativeDeclaration#noNgoAffiliation() noNgoAffiliation} attribute.
   * A value equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for noNgoAffiliation
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableAdministrativeDeclaration withNoNgoAffiliation(boolean value) {
    if (this.noNgoAffiliation == value) return this;
    return new ImmutableAdministrativeDeclaration(
        this.signedOn,
        this.signatories,
        this.boardNotCivilServants,
        this.boardNotInvolvedInCrime,
        this.noPoliticalPartyAffiliation,
        value,
        this.document);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link AdministrativeDeclaration#document() document} attribute.
   * @param value The value for document
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableAdministrativeDeclaration withDocument(DocumentRef value) {
    DocumentRef newValue = ImmutableAdministrativeDeclaration.requireNonNull(value, "document");
    if (this.document == newValue) return this;
    return new ImmutableAdministrativeDeclaration(
        this.signedOn,
        this.signatories,
        this.boardNotCivilServants,
        this.boardNotInvolvedInCrime,
        this.noPoliticalPartyAffiliation,
        this.noNgoAffiliation,
        newValue);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link AdministrativeDeclaration#document() document} attribute.
   * A shallow reference equality check is used on unboxed optional value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for document
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutableAdministrativeDeclaration withDocument(Optional<? extends DocumentRef> optional) {
    DocumentRef value = optional.orElse(null);
    if (this.document == value) return this;
    return new ImmutableAdministrativeDeclaration(
        this.signedOn,
        this.signatories,
        this.boardNotCivilServants,
        this.boardNotInvolvedInCrime,
        this.noPoliticalPartyAffiliation,
        this.noNgoAffiliation,
        value);
  }

  /**
   * This instance is equal to all instances of {@code ImmutableAdministrativeDeclaration} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutableAdministrativeDeclaration
        && equalsByValue((ImmutableAdministrativeDeclaration) another);
  }

  private boolean equalsByValue(ImmutableAdministrativeDeclaration another) {
    return signedOn.equals(another.signedOn)
        && signatories.equals(another.signatories)
        && boardNotCivilServants == another.boardNotCivilServants
        && boardNotInvolvedInCrime == another.boardNotInvolvedInCrime
        && noPoliticalPartyAffiliation == another.noPoliticalPartyAffiliation
        && noNgoAffiliation == another.noNgoAffiliation
        && Objects.equals(document, another.document);
  }

  /**
   * Computes a hash code from attributes: {@code signedOn}, {@code signatories}, {@code boardNotCivilServants}, {@code boardNotInvolvedInCrime}, {@code noPoliticalPartyAffiliation}, {@code noNgoAffiliation}, {@code document}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + signedOn.hashCode();
    h += (h << 5) + signatories.hashCode();
    h += (h << 5) + Boolean.hashCode(boardNotCivilServants);
    h += (h << 5) + Boolean.hashCode(boardNotInvolvedInCrime);
    h += (h << 5) + Boolean.hashCode(noPoliticalPartyAffiliation);
    h += (h << 5) + Boolean.hashCode(noNgoAffiliation);
    h += (h << 5) + Objects.hashCode(document);
    return h;
  }

  /**
   * Prints the immutable value {@code AdministrativeDeclaration} with attribute values.
   * @return A string representation of the value
   */
  @Override
  public String toString() {
    StringBuilder builder = new StringBuilder("AdministrativeDeclaration{");
    builder.append("signedOn=").append(signedOn);
    builder.append(", ");
    builder.append("signatories=").append(signatories);
    builder.append(", ");
    builder.append("boardNotCivilServants=").append(boardNotCivilServants);
    builder.append(", ");
    builder.append("boardNotInvolvedInCrime=").append(boardNotInvolvedInCrime);
    builder.append(", ");
    builder.append("noPoliticalPartyAffiliation=").append(noPoliticalPartyAffiliation);
    builder.append(", ");
    builder.append("noNgoAffiliation=").append(noNgoAffiliation);
    if (document != null) {
      builder.append(", ");
      builder.append("document=").append(document);
    }
    return builder.append("}").toString();
  }

  /**
   * Creates an immutable copy of a {@link AdministrativeDeclaration} value.
   * Uses accessors to get values to initialize the new immutable instance.
   * If an instance is already immutable, it is returned as is.
   * @param instance The instance to copy
   * @return A copied immutable AdministrativeDeclaration instance
   */
  public static AdministrativeDeclaration copyOf(AdministrativeDeclaration instance) {
    if (instance instanceof ImmutableAdministrativeDeclaration) {
      return (ImmutableAdministrativeDeclaration) instance;
    }
    return new AdministrativeDeclaration.Builder()
        .from(instance)
        .build();
  }

  /**
   * Builds instances of type {@link AdministrativeDeclaration AdministrativeDeclaration}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  @Generated(from = "AdministrativeDeclaration", generator = "Immutables")
  public static class Builder {
    private static final long INIT_BIT_SIGNED_ON = 0x1L;
    private static final long INIT_BIT_BOARD_NOT_CIVIL_SERVANTS = 0x2L;
    private static final long INIT_BIT_BOARD_NOT_INVOLVED_IN_CRIME = 0x4L;
    private static final long INIT_BIT_NO_POLITICAL_PARTY_AFFILIATION = 0x8L;
    private static final long INIT_BIT_NO_NGO_AFFILIATION = 0x10L;
    private long initBits = 0x1fL;

    private LocalDate signedOn;
    private List<PersonName> signatories = new ArrayList<PersonName>();
    private boolean boardNotCivilServants;
    private boolean boardNotInvolvedInCrime;
    private boolean noPoliticalPartyAffiliation;
    private boolean noNgoAffiliation;
    private DocumentRef document;

    /**
     * Creates a builder for {@link AdministrativeDeclaration AdministrativeDeclaration} instances.
     * <pre>
     * new AdministrativeDeclaration.Builder()
     *    .signedOn(java.time.LocalDate) // required {@link AdministrativeDeclaration#signedOn() signedOn}
     *    .addSignatory|addAllSignatories(id.kim.core.contact.PersonName) // {@link AdministrativeDeclaration#signatories() signatories} elements
     *    .boardNotCivilServants(boolean) // required {@link AdministrativeDeclaration#boardNotCivilServants() boardNotCivilServants}
     *    .boardNotInvolvedInCrime(boolean) // required {@link AdministrativeDeclaration#boardNotInvolvedInCrime() boardNotInvolvedInCrime}
     *    .noPoliticalPartyAffiliation(boolean) // required {@link AdministrativeDeclaration#noPoliticalPartyAffiliation() noPoliticalPartyAffiliation}
     *    .noNgoAffiliation(boolean) // required {@link AdministrativeDeclaration#noNgoAffiliation() noNgoAffiliation}
     *    .document(Optional&lt;id.kim.core.document.DocumentRef&gt;) // optional {@link AdministrativeDeclaration#document() document}
     *    .build();
     * </pre>
     */
    public Builder() {
      if (!(this instanceof AdministrativeDeclaration.Builder)) {
        throw new UnsupportedOperationException("Use: new AdministrativeDeclaration.Builder()");
      }
    }

    /**
     * Fill a builder with attribute values from the provided {@code AdministrativeDeclaration} instance.
     * Regular attribute values will be replaced with those from the given instance.
     * Absent optional values will not replace present values.
     * Collection elements and entries will be added, not replaced.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    public final AdministrativeDeclaration.Builder from(AdministrativeDeclaration instance) {
      ImmutableAdministrativeDeclaration.requireNonNull(instance, "instance");
      this.signedOn(instance.signedOn());
      addAllSignatories(instance.signatories());
      this.boardNotCivilServants(instance.boardNotCivilServants());
      this.boardNotInvolvedInCrime(instance.boardNotInvolvedInCrime());
      this.noPoliticalPartyAffiliation(instance.noPoliticalPartyAffiliation());
      this.noNgoAffiliation(instance.noNgoAffiliation());
      Optional<DocumentRef> documentOptional = instance.document();
      if (documentOptional.isPresent()) {
        document(documentOptional);
      }
      return (AdministrativeDeclaration.Builder) this;
    }

    /**
     * Initializes the value for the {@link AdministrativeDeclaration#signedOn() signedOn} attribute.
     * @param signedOn The value for signedOn 
     * @return {@code this} builder for use in a chained invocation
     */
    public final AdministrativeDeclaration.Builder signedOn(LocalDate signedOn) {
      this.signedOn = ImmutableAdministrativeDeclaration.requireNonNull(signedOn, "signedOn");
      initBits &= ~INIT_BIT_SIGNED_ON;
      return (AdministrativeDeclaration.Builder) this;
    }

    /**
     * Adds one element to {@link AdministrativeDeclaration#signatories() signatories} list.
     * @param element A signatories element
     * @return {@code this} builder for use in a chained invocation
     */
    public final AdministrativeDeclaration.Builder addSignatory(PersonName element) {
      this.signatories.add(ImmutableAdministrativeDeclaration.requireNonNull(element, "signatories element"));
      return (AdministrativeDeclaration.Builder) this;
    }

    /**
     * Adds elements to {@link AdministrativeDeclaration#signatories() signatories} list.
     * @param elements An array of signatories elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final AdministrativeDeclaration.Builder addSignatories(PersonName... elements) {
      for (PersonName element : elements) {
        this.signatories.add(ImmutableAdministrativeDeclaration.requireNonNull(element, "signatories element"));
      }
      return (AdministrativeDeclaration.Builder) this;
    }


    /**
     * Sets or replaces all elements for {@link AdministrativeDeclaration#signatories() signatories} list.
     * @param elements An iterable of signatories elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final AdministrativeDeclaration.Builder signatories(Iterable<? extends PersonName> elements) {
      this.signatories.clear();
      return addAllSignatories(elements);
    }

    /**
     * Adds elements to {@link AdministrativeDeclaration#signatories() signatories} list.
     * @param elements An iterable of signatories elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final AdministrativeDeclaration.Builder addAllSignatories(Iterable<? extends PersonName> elements) {
      for (PersonName element : elements) {
        this.signatories.add(ImmutableAdministrativeDeclaration.requireNonNull(element, "signatories element"));
      }
      return (AdministrativeDeclaration.Builder) this;
    }

    /**
     * Initializes the value for the {@link AdministrativeDeclaration#boardNotCivilServants() boardNotCivilServants} attribute.
     * @param boardNotCivilServants The value for boardNotCivilServants 
     * @return {@code this} builder for use in a chained invocation
     */
    public final AdministrativeDeclaration.Builder boardNotCivilServants(boolean boardNotCivilServants) {
      this.boardNotCivilServants = boardNotCivilServants;
      initBits &= ~INIT_BIT_BOARD_NOT_CIVIL_SERVANTS;
      return (AdministrativeDeclaration.Builder) this;
    }

    /**
     * Initializes the value for the {@link AdministrativeDeclaration#boardNotInvolvedInCrime() boardNotInvolvedInCrime} attribute.
     * @param boardNotInvolvedInCrime The value for boardNotInvolvedInCrime 
     * @return {@code this} builder for use in a chained invocation
     */
    public final AdministrativeDeclaration.Builder boardNotInvolvedInCrime(boolean boardNotInvolvedInCrime) {
      this.boardNotInvolvedInCrime = boardNotInvolvedInCrime;
      initBits &= ~INIT_BIT_BOARD_NOT_INVOLVED_IN_CRIME;
      return (AdministrativeDeclaration.Builder) this;
    }

    /**
     * Initializes the value for the {@link AdministrativeDeclaration#noPoliticalPartyAffiliation() noPoliticalPartyAffiliation} attribute.
     * @param noPoliticalPartyAffiliation The value for noPoliticalPartyAffiliation 
     * @return {@code this} builder for use in a chained invocation
     */
    public final AdministrativeDeclaration.Builder noPoliticalPartyAffiliation(boolean noPoliticalPartyAffiliation) {
      this.noPoliticalPartyAffiliation = noPoliticalPartyAffiliation;
      initBits &= ~INIT_BIT_NO_POLITICAL_PARTY_AFFILIATION;
      return (AdministrativeDeclaration.Builder) this;
    }

    /**
     * Initializes the value for the {@link AdministrativeDeclaration#noNgoAffiliation() noNgoAffiliation} attribute.
     * @param noNgoAffiliation The value for noNgoAffiliation 
     * @return {@code this} builder for use in a chained invocation
     */
    public final AdministrativeDeclaration.Builder noNgoAffiliation(boolean noNgoAffiliation) {
      this.noNgoAffiliation = noNgoAffiliation;
      initBits &= ~INIT_BIT_NO_NGO_AFFILIATION;
      return (AdministrativeDeclaration.Builder) this;
    }

    /**
     * Initializes the optional value {@link AdministrativeDeclaration#document() document} to document.
     * @param document The value for document
     * @return {@code this} builder for chained invocation
     */
    public final AdministrativeDeclaration.Builder document(DocumentRef document) {
      this.document = ImmutableAdministrativeDeclaration.requireNonNull(document, "document");
      return (AdministrativeDeclaration.Builder) this;
    }

    /**
     * Initializes the optional value {@link AdministrativeDeclaration#document() document} to document.
     * @param document The value for document
     * @return {@code this} builder for use in a chained invocation
     */
    public final AdministrativeDeclaration.Builder document(Optional<? extends DocumentRef> document) {
      this.document = document.orElse(null);
      return (AdministrativeDeclaration.Builder) this;
    }

    /**
     * Builds a new {@link AdministrativeDeclaration AdministrativeDeclaration}.
     * @return An immutable instance of AdministrativeDeclaration
     * @throws id.kim.core.validation.IncompleteValueException if any required attributes are missing
     */
    public AdministrativeDeclaration build() {
      checkRequiredAttributes();
      return new ImmutableAdministrativeDeclaration(
          signedOn,
          createUnmodifiableList(true, signatories),
          boardNotCivilServants,
          boardNotInvolvedInCrime,
          noPoliticalPartyAffiliation,
          noNgoAffiliation,
          document);
    }

    private boolean signedOnIsSet() {
      return (initBits & INIT_BIT_SIGNED_ON) == 0;
    }

    private boolean boardNotCivilServantsIsSet() {
      return (initBits & INIT_BIT_BOARD_NOT_CIVIL_SERVANTS) == 0;
    }

    private boolean boardNotInvolvedInCrimeIsSet() {
      return (initBits & INIT_BIT_BOARD_NOT_INVOLVED_IN_CRIME) == 0;
    }

    private boolean noPoliticalPartyAffiliationIsSet() {
      return (initBits & INIT_BIT_NO_POLITICAL_PARTY_AFFILIATION) == 0;
    }

    private boolean noNgoAffiliationIsSet() {
      return (initBits & INIT_BIT_NO_NGO_AFFILIATION) == 0;
    }

    private void checkRequiredAttributes() {
      if (initBits != 0) {
        throw new IncompleteValueException(formatRequiredAttributesMessage());
      }
    }

    private String formatRequiredAttributesMessage() {
      List<String> attributes = new ArrayList<>();
      if (!signedOnIsSet()) attributes.add("signedOn");
      if (!boardNotCivilServantsIsSet()) attributes.add("boardNotCivilServants");
      if (!boardNotInvolvedInCrimeIsSet()) attributes.add("boardNotInvolvedInCrime");
      if (!noPoliticalPartyAffiliationIsSet()) attributes.add("noPoliticalPartyAffiliation");
      if (!noNgoAffiliationIsSet()) attributes.add("noNgoAffiliation");
      return "Cannot build AdministrativeDeclaration, some of required attributes are not set " + attributes;
    }
  }

  private static <T> T requireNonNull(T object, String message) {
    if (object == null) throw new MissingValueException(message);
    return object;
  }

  private static <T> List<T> createSafeList(Iterable<? extends T> iterable, boolean checkNulls, boolean skipNulls) {
    ArrayList<T> list;
    if (iterable instanceof Collection<?>) {
      int size = ((Collection<?>) iterable).size();
      if (size == 0) return Collections.emptyList();
      list = new ArrayList<>(size);
    } else {
      list = new ArrayList<>();
    }
    for (T element : iterable) {
      if (skipNulls && element == null) continue;
      if (checkNulls) ImmutableAdministrativeDeclaration.requireNonNull(element, "element");
      list.add(element);
    }
    return list;
  }

  private static <T> List<T> createUnmodifiableList(boolean clone, List<? extends T> list) {
    switch(list.size()) {
    case 0: return Collections.emptyList();
    case 1: return Collections.singletonList(list.get(0));
    default:
      if (clone) {
        return Collections.unmodifiableList(new ArrayList<>(list));
      } else {
        if (list instanceof ArrayList<?>) {
          ((ArrayList<?>) list).trimToSize();
        }
        return Collections.unmodifiableList(list);
      }
    }
  }
}
