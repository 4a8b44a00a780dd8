package id.kim.core.assessment;

import id.kim.core.agency.Officer;
import id.kim.core.validation.IncompleteValueException;
import id.kim.core.validation.MissingValueException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Generated;

/**
 * Immutable implementation of {@link Assessment}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code new Assessment.Builder()}.
 */
@Generated(from = "Assessment", generator = "Immutables")
@SuppressWarnings({"all"})
final class ImmutableAssessment extends Assessment {
  private final AssessedCriterion criterion;
  private final AssessmentResult result;
  private final Officer assessedBy;
  private final LocalDate assessedOn;
  private final LocalDate validUntil;
  private final String note;

  private ImmutableAssessment(
      AssessedCriterion criterion,
      AssessmentResult result,
      Officer assessedBy,
      LocalDate assessedOn,
      LocalDate validUntil,
      String note) {
    this.criterion = criterion;
    this.result = result;
    this.assessedBy = assessedBy;
    this.assessedOn = assessedOn;
    this.validUntil = validUntil;
    this.note = note;
  }

  /**
   * @return The value of the {@code criterion} attribute
   */
  @Override
  public AssessedCriterion criterion() {
    return criterion;
  }

  /**
   * @return The value of the {@code result} attribute
   */
  @Override
  public AssessmentResult result() {
    return result;
  }

  /**
   * @return The value of the {@code assessedBy} attribute
   */
  @Override
  public Officer assessedBy() {
    return assessedBy;
  }

  /**
   * @return The value of the {@code assessedOn} attribute
   */
  @Override
  public LocalDate assessedOn() {
    return assessedOn;
  }

  /**
   * @return The value of the {@code validUntil} attribute
   */
  @Override
  public Optional<LocalDate> validUntil() {
    return Optional.ofNullable(validUntil);
  }

  /**
   * @return The value of the {@code note} attribute
   */
  @Override
  public Optional<String> note() {
    return Optional.ofNullable(note);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Assessment#criterion() criterion} attribute.
   * A value equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for criterion
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableAssessment withCriterion(AssessedCriterion value) {
    AssessedCriterion newValue = ImmutableAssessment.requireNonNull(value, "criterion");
    if (this.criterion == newValue) return this;
    return new ImmutableAssessment(newValue, this.result, this.assessedBy, this.assessedOn, this.validUntil, this.note);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Assessment#result() result} attribute.
   * A value equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for result
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableAssessment withResult(AssessmentResult value) {
    AssessmentResult newValue = ImmutableAssessment.requireNonNull(value, "result");
    if (this.result == newValue) return this;
    return new ImmutableAssessment(this.criterion, newValue, this.assessedBy, this.assessedOn, this.validUntil, this.note);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Assessment#assessedBy() assessedBy} attribute.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for assessedBy
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableAssessment withAssessedBy(Officer value) {
    if (this.assessedBy == value) return this;
    Officer newValue = ImmutableAssessment.requireNonNull(value, "assessedBy");
    return new ImmutableAssessment(this.criterion, this.result, newValue, this.assessedOn, this.validUntil, this.note);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Assessment#assessedOn() assessedOn} attribute.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for assessedOn
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableAssessment withAssessedOn(LocalDate value) {
    if (this.assessedOn == value) return this;
    LocalDate newValue = ImmutableAssessment.requireNonNull(value, "assessedOn");
    return new ImmutableAssessment(this.criterion, this.result, this.assessedBy, newValue, this.validUntil, this.note);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Assessment#validUntil() validUntil} attribute.
   * @param value The value for validUntil
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableAssessment withValidUntil(LocalDate value) {
    LocalDate newValue = ImmutableAssessment.requireNonNull(value, "validUntil");
    if (this.validUntil == newValue) return this;
    return new ImmutableAssessment(this.criterion, this.result, this.assessedBy, this.assessedOn, newValue, this.note);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Assessment#validUntil() validUntil} attribute.
   * A shallow reference equality check is used on unboxed optional value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for validUntil
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutableAssessment withValidUntil(Optional<? extends LocalDate> optional) {
    LocalDate value = optional.orElse(null);
    if (this.validUntil == value) return this;
    return new ImmutableAssessment(this.criterion, this.result, this.assessedBy, this.assessedOn, value, this.note);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Assessment#note() note} attribute.
   * @param value The value for note
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableAssessment withNote(String value) {
    String newValue = ImmutableAssessment.requireNonNull(value, "note");
    if (Objects.equals(this.note, newValue)) return this;
    return new ImmutableAssessment(this.criterion, this.result, this.assessedBy, this.assessedOn, this.validUntil, newValue);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Assessment#note() note} attribute.
   * An equality check is used on inner value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for note
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableAssessment withNote(Optional<String> optional) {
    String value = optional.orElse(null);
    if (Objects.equals(this.note, value)) return this;
    return new ImmutableAssessment(this.criterion, this.result, this.assessedBy, this.assessedOn, this.validUntil, value);
  }

  /**
   * This instance is equal to all instances of {@code ImmutableAssessment} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutableAssessment
        && equalsByValue((ImmutableAssessment) another);
  }

  private boolean equalsByValue(ImmutableAssessment another) {
    return criterion.equals(another.criterion)
        && result.equals(another.result)
        && assessedBy.equals(another.assessedBy)
        && assessedOn.equals(another.assessedOn)
        && Objects.equals(validUntil, another.validUntil)
        && Objects.equals(note, another.note);
  }

  /**
   * Computes a hash code from attributes: {@code criterion}, {@code result}, {@code assessedBy}, {@code assessedOn}, {@code validUntil}, {@code note}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + criterion.hashCode();
    h += (h << 5) + result.hashCode();
    h += (h << 5) + assessedBy.hashCode();
    h += (h << 5) + assessedOn.hashCode();
    h += (h << 5) + Objects.hashCode(validUntil);
    h += (h << 5) + Objects.hashCode(note);
    return h;
  }

  /**
   * Prints the immutable value {@code Assessment} with attribute values.
   * @return A string representation of the value
   */
  @Override
  public String toString() {
    StringBuilder builder = new StringBuilder("Assessment{");
    builder.append("criterion=").append(criterion);
    builder.append(", ");
    builder.append("result=").append(result);
    builder.append(", ");
    builder.append("assessedBy=").append(assessedBy);
    builder.append(", ");
    builder.append("assessedOn=").append(assessedOn);
    if (validUntil != null) {
      builder.append(", ");
      builder.append("validUntil=").append(validUntil);
    }
    if (note != null) {
      builder.append(", ");
      builder.append("note=").append(note);
    }
    return builder.append("}").toString();
  }

  /**
   * Creates an immutable copy of a {@link Assessment} value.
   * Uses accessors to get values to initialize the new immutable instance.
   * If an instance is already immutable, it is returned as is.
   * @param instance The instance to copy
   * @return A copied immutable Assessment instance
   */
  public static Assessment copyOf(Assessment instance) {
    if (instance instanceof ImmutableAssessment) {
      return (ImmutableAssessment) instance;
    }
    return new Assessment.Builder()
        .from(instance)
        .build();
  }

  /**
   * Builds instances of type {@link Assessment Assessment}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  @Generated(from = "Assessment", generator = "Immutables")
  public static class Builder {
    private static final long INIT_BIT_CRITERION = 0x1L;
    private static final long INIT_BIT_RESULT = 0x2L;
    private static final long INIT_BIT_ASSESSED_BY = 0x4L;
    private static final long INIT_BIT_ASSESSED_ON = 0x8L;
    private long initBits = 0xfL;

    private AssessedCriterion criterion;
    private AssessmentResult result;
    private Officer assessedBy;
    private LocalDate assessedOn;
    private LocalDate validUntil;
    private String note;

    /**
     * Creates a builder for {@link Assessment Assessment} instances.
     * <pre>
     * new Assessment.Builder()
     *    .criterion(id.kim.core.assessment.AssessedCriterion) // required {@link Assessment#criterion() criterion}
     *    .result(id.kim.core.assessment.AssessmentResult) // required {@link Assessment#result() result}
     *    .assessedBy(id.kim.core.agency.Officer) // required {@link Assessment#assessedBy() assessedBy}
     *    .assessedOn(java.time.LocalDate) // required {@link Assessment#assessedOn() assessedOn}
     *    .validUntil(Optional&lt;java.time.LocalDate&gt;) // optional {@link Assessment#validUntil() validUntil}
     *    .note(Optional&lt;String&gt;) // optional {@link Assessment#note() note}
     *    .build();
     * </pre>
     */
    public Builder() {
      if (!(this instanceof Assessment.Builder)) {
        throw new UnsupportedOperationException("Use: new Assessment.Builder()");
      }
    }

    /**
     * Fill a builder with attribute values from the provided {@code Assessment} instance.
     * Regular attribute values will be replaced with those from the given instance.
     * Absent optional values will not replace present values.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    public final Assessment.Builder from(Assessment instance) {
      ImmutableAssessment.requireNonNull(instance, "instance");
      this.criterion(instance.criterion());
      this.result(instance.result());
      this.assessedBy(instance.assessedBy());
      this.assessedOn(instance.assessedOn());
      Optional<LocalDate> validUntilOptional = instance.validUntil();
      if (validUntilOptional.isPresent()) {
        validUntil(validUntilOptional);
      }
      Optional<String> noteOptional = instance.note();
      if (noteOptional.isPresent()) {
        note(noteOptional);
      }
      return (Assessment.Builder) this;
    }

    /**
     * Initializes the value for the {@link Assessment#criterion() criterion} attribute.
     * @param criterion The value for criterion 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Assessment.Builder criterion(AssessedCriterion criterion) {
      this.criterion = ImmutableAssessment.requireNonNull(criterion, "criterion");
      initBits &= ~INIT_BIT_CRITERION;
      return (Assessment.Builder) this;
    }

    /**
     * Initializes the value for the {@link Assessment#result() result} attribute.
     * @param result The value for result 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Assessment.Builder result(AssessmentResult result) {
      this.result = ImmutableAssessment.requireNonNull(result, "result");
      initBits &= ~INIT_BIT_RESULT;
      return (Assessment.Builder) this;
    }

    /**
     * Initializes the value for the {@link Assessment#assessedBy() assessedBy} attribute.
     * @param assessedBy The value for assessedBy 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Assessment.Builder assessedBy(Officer assessedBy) {
      this.assessedBy = ImmutableAssessment.requireNonNull(assessedBy, "assessedBy");
      initBits &= ~INIT_BIT_ASSESSED_BY;
      return (Assessment.Builder) this;
    }

    /**
     * Initializes the value for the {@link Assessment#assessedOn() assessedOn} attribute.
     * @param assessedOn The value for assessedOn 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Assessment.Builder assessedOn(LocalDate assessedOn) {
      this.assessedOn = ImmutableAssessment.requireNonNull(assessedOn, "assessedOn");
      initBits &= ~INIT_BIT_ASSESSED_ON;
      return (Assessment.Builder) this;
    }

    /**
     * Initializes the optional value {@link Assessment#validUntil() validUntil} to validUntil.
     * @param validUntil The value for validUntil
     * @return {@code this} builder for chained invocation
     */
    public final Assessment.Builder validUntil(LocalDate validUntil) {
      this.validUntil = ImmutableAssessment.requireNonNull(validUntil, "validUntil");
      return (Assessment.Builder) this;
    }

    /**
     * Initializes the optional value {@link Assessment#validUntil() validUntil} to validUntil.
     * @param validUntil The value for validUntil
     * @return {@code this} builder for use in a chained invocation
     */
    public final Assessment.Builder validUntil(Optional<? extends LocalDate> validUntil) {
      this.validUntil = validUntil.orElse(null);
      return (Assessment.Builder) this;
    }

    /**
     * Initializes the optional value {@link Assessment#note() note} to note.
     * @param note The value for note
     * @return {@code this} builder for chained invocation
     */
    public final Assessment.Builder note(String note) {
      this.note = ImmutableAssessment.requireNonNull(note, "note");
      return (Assessment.Builder) this;
    }

    /**
     * Initializes the optional value {@link Assessment#note() note} to note.
     * @param note The value for note
     * @return {@code this} builder for use in a chained invocation
     */
    public final Assessment.Builder note(Optional<String> note) {
      this.note = note.orElse(null);
      return (Assessment.Builder) this;
    }

    /**
     * Builds a new {@link Assessment Assessment}.
     * @return An immutable instance of Assessment
     * @throws id.kim.core.validation.IncompleteValueException if any required attributes are missing
     */
    public Assessment build() {
      checkRequiredAttributes();
      return new ImmutableAssessment(criterion, result, assessedBy, assessedOn, validUntil, note);
    }

    private boolean criterionIsSet() {
      return (initBits & INIT_BIT_CRITERION) == 0;
    }

    private boolean resultIsSet() {
      return (initBits & INIT_BIT_RESULT) == 0;
    }

    private boolean assessedByIsSet() {
      return (initBits & INIT_BIT_ASSESSED_BY) == 0;
    }

    private boolean assessedOnIsSet() {
      return (initBits & INIT_BIT_ASSESSED_ON) == 0;
    }

    private void checkRequiredAttributes() {
      if (initBits != 0) {
        throw new IncompleteValueException(formatRequiredAttributesMessage());
      }
    }

    private String formatRequiredAttributesMessage() {
      List<String> attributes = new ArrayList<>();
      if (!criterionIsSet()) attributes.add("criterion");
      if (!resultIsSet()) attributes.add("result");
      if (!assessedByIsSet()) attributes.add("assessedBy");
      if (!assessedOnIsSet()) attributes.add("assessedOn");
      return "Cannot build Assessment, some of required attributes are not set " + attributes;
    }
  }

  private static <T> T requireNonNull(T object, String message) {
    if (object == null) throw new MissingValueException(message);
    return object;
  }
}
