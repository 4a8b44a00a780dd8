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
 * Immutable implementation of {@link Affiliation}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code new Affiliation.Builder()}.
 */
@Generated(from = "Affiliation", generator = "Immutables")
@SuppressWarnings({"all"})
final class ImmutableAffiliation extends Affiliation {
  private final String organisation;
  private final AffiliationKind kind;
  private final AffiliationSubject subject;
  private final PersonName person;
  private final LocalDate since;
  private final LocalDate until;

  private ImmutableAffiliation(
      String organisation,
      AffiliationKind kind,
      AffiliationSubject subject,
      PersonName person,
      LocalDate since,
      LocalDate until) {
    this.organisation = organisation;
    this.kind = kind;
    this.subject = subject;
    this.person = person;
    this.since = since;
    this.until = until;
  }

  /**
   * @return The value of the {@code organisation} attribute
   */
  @Override
  public String organisation() {
    return organisation;
  }

  /**
   * @return The value of the {@code kind} attribute
   */
  @Override
  public AffiliationKind kind() {
    return kind;
  }

  /**
   * @return The value of the {@code subject} attribute
   */
  @Override
  public AffiliationSubject subject() {
    return subject;
  }

  /**
   * @return The value of the {@code person} attribute
   */
  @Override
  public Optional<PersonName> person() {
    return Optional.ofNullable(person);
  }

  /**
   * @return The value of the {@code since} attribute
   */
  @Override
  public Optional<LocalDate> since() {
    return Optional.ofNullable(since);
  }

  /**
   * @return The value of the {@code until} attribute
   */
  @Override
  public Optional<LocalDate> until() {
    return Optional.ofNullable(until);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Affiliation#organisation() organisation} attribute.
   * An equals check used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for organisation
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableAffiliation withOrganisation(String value) {
    String newValue = ImmutableAffiliation.requireNonNull(value, "organisation");
    if (this.organisation.equals(newValue)) return this;
    return new ImmutableAffiliation(newValue, this.kind, this.subject, this.person, this.since, this.until);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Affiliation#kind() kind} attribute.
   * A value equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for kind
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableAffiliation withKind(AffiliationKind value) {
    AffiliationKind newValue = ImmutableAffiliation.requireNonNull(value, "kind");
    if (this.kind == newValue) return this;
    return new ImmutableAffiliation(this.organisation, newValue, this.subject, this.person, this.since, this.until);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Affiliation#subject() subject} attribute.
   * A value equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for subject
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableAffiliation withSubject(AffiliationSubject value) {
    AffiliationSubject newValue = ImmutableAffiliation.requireNonNull(value, "subject");
    if (this.subject == newValue) return this;
    return new ImmutableAffiliation(this.organisation, this.kind, newValue, this.person, this.since, this.until);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Affiliation#person() person} attribute.
   * @param value The value for person
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableAffiliation withPerson(PersonName value) {
    PersonName newValue = ImmutableAffiliation.requireNonNull(value, "person");
    if (this.person == newValue) return this;
    return new ImmutableAffiliation(this.organisation, this.kind, this.subject, newValue, this.since, this.until);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Affiliation#person() person} attribute.
   * A shallow reference equality check is used on unboxed optional value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for person
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutableAffiliation withPerson(Optional<? extends PersonName> optional) {
    PersonName value = optional.orElse(null);
    if (this.person == value) return this;
    return new ImmutableAffiliation(this.organisation, this.kind, this.subject, value, this.since, this.until);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Affiliation#since() since} attribute.
   * @param value The value for since
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableAffiliation withSince(LocalDate value) {
    LocalDate newValue = ImmutableAffiliation.requireNonNull(value, "since");
    if (this.since == newValue) return this;
    return new ImmutableAffiliation(this.organisation, this.kind, this.subject, this.person, newValue, this.until);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Affiliation#since() since} attribute.
   * A shallow reference equality check is used on unboxed optional value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for since
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutableAffiliation withSince(Optional<? extends LocalDate> optional) {
    LocalDate value = optional.orElse(null);
    if (this.since == value) return this;
    return new ImmutableAffiliation(this.organisation, this.kind, this.subject, this.person, value, this.until);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Affiliation#until() until} attribute.
   * @param value The value for until
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableAffiliation withUntil(LocalDate value) {
    LocalDate newValue = ImmutableAffiliation.requireNonNull(value, "until");
    if (this.until == newValue) return this;
    return new ImmutableAffiliation(this.organisation, this.kind, this.subject, this.person, this.since, newValue);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Affiliation#until() until} attribute.
   * A shallow reference equality check is used on unboxed optional value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for until
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutableAffiliation withUntil(Optional<? extends LocalDate> optional) {
    LocalDate value = optional.orElse(null);
    if (this.until == value) return this;
    return new ImmutableAffiliation(this.organisation, this.kind, this.subject, this.person, this.since, value);
  }

  /**
   * This instance is equal to all instances of {@code ImmutableAffiliation} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutableAffiliation
        && equalsByValue((ImmutableAffiliation) another);
  }

  private boolean equalsByValue(ImmutableAffiliation another) {
    return organisation.equals(another.organisation)
        && kind.equals(another.kind)
        && subject.equals(another.subject)
        && Objects.equals(person, another.person)
        && Objects.equals(since, another.since)
        && Objects.equals(until, another.until);
  }

  /**
   * Computes a hash code from attributes: {@code organisation}, {@code kind}, {@code subject}, {@code person}, {@code since}, {@code until}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + organisation.hashCode();
    h += (h << 5) + kind.hashCode();
    h += (h << 5) + subject.hashCode();
    h += (h << 5) + Objects.hashCode(person);
    h += (h << 5) + Objects.hashCode(since);
    h += (h << 5) + Objects.hashCode(until);
    return h;
  }

  /**
   * Prints the immutable value {@code Affiliation} with attribute values.
   * @return A string representation of the value
   */
  @Override
  public String toString() {
    StringBuilder builder = new StringBuilder("Affiliation{");
    builder.append("organisation=").append(organisation);
    builder.append(", ");
    builder.append("kind=").append(kind);
    builder.append(", ");
    builder.append("subject=").append(subject);
    if (person != null) {
      builder.append(", ");
      builder.append("person=").append(person);
    }
    if (since != null) {
      builder.append(", ");
      builder.append("since=").append(since);
    }
    if (until != null) {
      builder.append(", ");
      builder.append("until=").append(until);
    }
    return builder.append("}").toString();
  }

  /**
   * Creates an immutable copy of a {@link Affiliation} value.
   * Uses accessors to get values to initialize the new immutable instance.
   * If an instance is already immutable, it is returned as is.
   * @param instance The instance to copy
   * @return A copied immutable Affiliation instance
   */
  public static Affiliation copyOf(Affiliation instance) {
    if (instance instanceof ImmutableAffiliation) {
      return (ImmutableAffiliation) instance;
    }
    return new Affiliation.Builder()
        .from(instance)
        .build();
  }

  /**
   * Builds instances of type {@link Affiliation Affiliation}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  @Generated(from = "Affiliation", generator = "Immutables")
  public static class Builder {
    private static final long INIT_BIT_ORGANISATION = 0x1L;
    private static final long INIT_BIT_KIND = 0x2L;
    private static final long INIT_BIT_SUBJECT = 0x4L;
    private long initBits = 0x7L;

    private String organisation;
    private AffiliationKind kind;
    private AffiliationSubject subject;
    private PersonName person;
    private LocalDate since;
    private LocalDate until;

    /**
     * Creates a builder for {@link Affiliation Affiliation} instances.
     * <pre>
     * new Affiliation.Builder()
     *    .organisation(String) // required {@link Affiliation#organisation() organisation}
     *    .kind(id.kim.core.organisation.AffiliationKind) // required {@link Affiliation#kind() kind}
     *    .subject(id.kim.core.organisation.AffiliationSubject) // required {@link Affiliation#subject() subject}
     *    .person(Optional&lt;id.kim.core.contact.PersonName&gt;) // optional {@link Affiliation#person() person}
     *    .since(Optional&lt;java.time.LocalDate&gt;) // optional {@link Affiliation#since() since}
     *    .until(Optional&lt;java.time.LocalDate&gt;) // optional {@link Affiliation#until() until}
     *    .build();
     * </pre>
     */
    public Builder() {
      if (!(this instanceof Affiliation.Builder)) {
        throw new UnsupportedOperationException("Use: new Affiliation.Builder()");
      }
    }

    /**
     * Fill a builder with attribute values from the provided {@code Affiliation} instance.
     * Regular attribute values will be replaced with those from the given instance.
     * Absent optional values will not replace present values.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    public final Affiliation.Builder from(Affiliation instance) {
      ImmutableAffiliation.requireNonNull(instance, "instance");
      this.organisation(instance.organisation());
      this.kind(instance.kind());
      this.subject(instance.subject());
      Optional<PersonName> personOptional = instance.person();
      if (personOptional.isPresent()) {
        person(personOptional);
      }
      Optional<LocalDate> sinceOptional = instance.since();
      if (sinceOptional.isPresent()) {
        since(sinceOptional);
      }
      Optional<LocalDate> untilOptional = instance.until();
      if (untilOptional.isPresent()) {
        until(untilOptional);
      }
      return (Affiliation.Builder) this;
    }

    /**
     * Initializes the value for the {@link Affiliation#organisation() organisation} attribute.
     * @param organisation The value for organisation 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Affiliation.Builder organisation(String organisation) {
      this.organisation = ImmutableAffiliation.requireNonNull(organisation, "organisation");
      initBits &= ~INIT_BIT_ORGANISATION;
      return (Affiliation.Builder) this;
    }

    /**
     * Initializes the value for the {@link Affiliation#kind() kind} attribute.
     * @param kind The value for kind 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Affiliation.Builder kind(AffiliationKind kind) {
      this.kind = ImmutableAffiliation.requireNonNull(kind, "kind");
      initBits &= ~INIT_BIT_KIND;
      return (Affiliation.Builder) this;
    }

    /**
     * Initializes the value for the {@link Affiliation#subject() subject} attribute.
     * @param subject The value for subject 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Affiliation.Builder subject(AffiliationSubject subject) {
      this.subject = ImmutableAffiliation.requireNonNull(subject, "subject");
      initBits &= ~INIT_BIT_SUBJECT;
      return (Affiliation.Builder) this;
    }

    /**
     * Initializes the optional value {@link Affiliation#person() person} to person.
     * @param person The value for person
     * @return {@code this} builder for chained invocation
     */
    public final Affiliation.Builder person(PersonName person) {
      this.person = ImmutableAffiliation.requireNonNull(person, "person");
      return (Affiliation.Builder) this;
    }

    /**
     * Initializes the optional value {@link Affiliation#person() person} to person.
     * @param person The value for person
     * @return {@code this} builder for use in a chained invocation
     */
    public final Affiliation.Builder person(Optional<? extends PersonName> person) {
      this.person = person.orElse(null);
      return (Affiliation.Builder) this;
    }

    /**
     * Initializes the optional value {@link Affiliation#since() since} to since.
     * @param since The value for since
     * @return {@code this} builder for chained invocation
     */
    public final Affiliation.Builder since(LocalDate since) {
      this.since = ImmutableAffiliation.requireNonNull(since, "since");
      return (Affiliation.Builder) this;
    }

    /**
     * Initializes the optional value {@link Affiliation#since() since} to since.
     * @param since The value for since
     * @return {@code this} builder for use in a chained invocation
     */
    public final Affiliation.Builder since(Optional<? extends LocalDate> since) {
      this.since = since.orElse(null);
      return (Affiliation.Builder) this;
    }

    /**
     * Initializes the optional value {@link Affiliation#until() until} to until.
     * @param until The value for until
     * @return {@code this} builder for chained invocation
     */
    public final Affiliation.Builder until(LocalDate until) {
      this.until = ImmutableAffiliation.requireNonNull(until, "until");
      return (Affiliation.Builder) this;
    }

    /**
     * Initializes the optional value {@link Affiliation#until() until} to until.
     * @param until The value for until
     * @return {@code this} builder for use in a chained invocation
     */
    public final Affiliation.Builder until(Optional<? extends LocalDate> until) {
      this.until = until.orElse(null);
      return (Affiliation.Builder) this;
    }

    /**
     * Builds a new {@link Affiliation Affiliation}.
     * @return An immutable instance of Affiliation
     * @throws id.kim.core.validation.IncompleteValueException if any required attributes are missing
     */
    public Affiliation build() {
      checkRequiredAttributes();
      return new ImmutableAffiliation(organisation, kind, subject, person, since, until);
    }

    private boolean organisationIsSet() {
      return (initBits & INIT_BIT_ORGANISATION) == 0;
    }

    private boolean kindIsSet() {
      return (initBits & INIT_BIT_KIND) == 0;
    }

    private boolean subjectIsSet() {
      return (initBits & INIT_BIT_SUBJECT) == 0;
    }

    private void checkRequiredAttributes() {
      if (initBits != 0) {
        throw new IncompleteValueException(formatRequiredAttributesMessage());
      }
    }

    private String formatRequiredAttributesMessage() {
      List<String> attributes = new ArrayList<>();
      if (!organisationIsSet()) attributes.add("organisation");
      if (!kindIsSet()) attributes.add("kind");
      if (!subjectIsSet()) attributes.add("subject");
      return "Cannot build Affiliation, some of required attributes are not set " + attributes;
    }
  }

  private static <T> T requireNonNull(T object, String message) {
    if (object == null) throw new MissingValueException(message);
    return object;
  }
}
