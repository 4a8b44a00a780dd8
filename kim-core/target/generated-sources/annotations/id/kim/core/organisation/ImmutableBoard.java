package id.kim.core.organisation;

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
 * Immutable implementation of {@link Board}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code new Board.Builder()}.
 */
@Generated(from = "Board", generator = "Immutables")
@SuppressWarnings({"all"})
final class ImmutableBoard extends Board {
  private final List<BoardMember> members;
  private final Acknowledgement acknowledgement;
  private final LocalDate composedOn;

  private ImmutableBoard(
      List<BoardMember> members,
      Acknowledgement acknowledgement,
      LocalDate composedOn) {
    this.members = members;
    this.acknowledgement = acknowledgement;
    this.composedOn = composedOn;
  }

  /**
   * @return The value of the {@code members} attribute
   */
  @Override
  public List<BoardMember> members() {
    return members;
  }

  /**
   * @return The value of the {@code acknowledgement} attribute
   */
  @Override
  public Optional<Acknowledgement> acknowledgement() {
    return Optional.ofNullable(acknowledgement);
  }

  /**
   * @return The value of the {@code composedOn} attribute
   */
  @Override
  public Optional<LocalDate> composedOn() {
    return Optional.ofNullable(composedOn);
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Board#members() members}.
   * @param elements The elements to set
   * @return A modified copy of {@code this} object
   */
  public final ImmutableBoard withMembers(BoardMember... elements) {
    List<BoardMember> newValue = createUnmodifiableList(false, createSafeList(Arrays.asList(elements), true, false));
    return new ImmutableBoard(newValue, this.acknowledgement, this.composedOn);
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Board#members() members}.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param elements An iterable of members elements to set
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableBoard withMembers(Iterable<? extends BoardMember> elements) {
    if (this.members == elements) return this;
    List<BoardMember> newValue = createUnmodifiableList(false, createSafeList(elements, true, false));
    return new ImmutableBoard(newValue, this.acknowledgement, this.composedOn);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Board#acknowledgement() acknowledgement} attribute.
   * @param value The value for acknowledgement
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableBoard withAcknowledgement(Acknowledgement value) {
    Acknowledgement newValue = ImmutableBoard.requireNonNull(value, "acknowledgement");
    if (this.acknowledgement == newValue) return this;
    return new ImmutableBoard(this.members, newValue, this.composedOn);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Board#acknowledgement() acknowledgement} attribute.
   * A shallow reference equality check is used on unboxed optional value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for acknowledgement
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutableBoard withAcknowledgement(Optional<? extends Acknowledgement> optional) {
    Acknowledgement value = optional.orElse(null);
    if (this.acknowledgement == value) return this;
    return new ImmutableBoard(this.members, value, this.composedOn);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Board#composedOn() composedOn} attribute.
   * @param value The value for composedOn
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableBoard withComposedOn(LocalDate value) {
    LocalDate newValue = ImmutableBoard.requireNonNull(value, "composedOn");
    if (this.composedOn == newValue) return this;
    return new ImmutableBoard(this.members, this.acknowledgement, newValue);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Board#composedOn() composedOn} attribute.
   * A shallow reference equality check is used on unboxed optional value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for composedOn
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutableBoard withComposedOn(Optional<? extends LocalDate> optional) {
    LocalDate value = optional.orElse(null);
    if (this.composedOn == value) return this;
    return new ImmutableBoard(this.members, this.acknowledgement, value);
  }

  /**
   * This instance is equal to all instances of {@code ImmutableBoard} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutableBoard
        && equalsByValue((ImmutableBoard) another);
  }

  private boolean equalsByValue(ImmutableBoard another) {
    return members.equals(another.members)
        && Objects.equals(acknowledgement, another.acknowledgement)
        && Objects.equals(composedOn, another.composedOn);
  }

  /**
   * Computes a hash code from attributes: {@code members}, {@code acknowledgement}, {@code composedOn}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + members.hashCode();
    h += (h << 5) + Objects.hashCode(acknowledgement);
    h += (h << 5) + Objects.hashCode(composedOn);
    return h;
  }

  /**
   * Prints the immutable value {@code Board} with attribute values.
   * @return A string representation of the value
   */
  @Override
  public String toString() {
    StringBuilder builder = new StringBuilder("Board{");
    builder.append("members=").append(members);
    if (acknowledgement != null) {
      builder.append(", ");
      builder.append("acknowledgement=").append(acknowledgement);
    }
    if (composedOn != null) {
      builder.append(", ");
      builder.append("composedOn=").append(composedOn);
    }
    return builder.append("}").toString();
  }

  /**
   * Creates an immutable copy of a {@link Board} value.
   * Uses accessors to get values to initialize the new immutable instance.
   * If an instance is already immutable, it is returned as is.
   * @param instance The instance to copy
   * @return A copied immutable Board instance
   */
  public static Board copyOf(Board instance) {
    if (instance instanceof ImmutableBoard) {
      return (ImmutableBoard) instance;
    }
    return new Board.Builder()
        .from(instance)
        .build();
  }

  /**
   * Builds instances of type {@link Board Board}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  @Generated(from = "Board", generator = "Immutables")
  public static class Builder {
    private List<BoardMember> members = new ArrayList<BoardMember>();
    private Acknowledgement acknowledgement;
    private LocalDate composedOn;

    /**
     * Creates a builder for {@link Board Board} instances.
     * <pre>
     * new Board.Builder()
     *    .addMember|addAllMembers(id.kim.core.organisation.BoardMember) // {@link Board#members() members} elements
     *    .acknowledgement(Optional&lt;id.kim.core.organisation.Acknowledgement&gt;) // optional {@link Board#acknowledgement() acknowledgement}
     *    .composedOn(Optional&lt;java.time.LocalDate&gt;) // optional {@link Board#composedOn() composedOn}
     *    .build();
     * </pre>
     */
    public Builder() {
      if (!(this instanceof Board.Builder)) {
        throw new UnsupportedOperationException("Use: new Board.Builder()");
      }
    }

    /**
     * Fill a builder with attribute values from the provided {@code Board} instance.
     * Regular attribute values will be replaced with those from the given instance.
     * Absent optional values will not replace present values.
     * Collection elements and entries will be added, not replaced.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    public final Board.Builder from(Board instance) {
      ImmutableBoard.requireNonNull(instance, "instance");
      addAllMembers(instance.members());
      Optional<Acknowledgement> acknowledgementOptional = instance.acknowledgement();
      if (acknowledgementOptional.isPresent()) {
        acknowledgement(acknowledgementOptional);
      }
      Optional<LocalDate> composedOnOptional = instance.composedOn();
      if (composedOnOptional.isPresent()) {
        composedOn(composedOnOptional);
      }
      return (Board.Builder) this;
    }

    /**
     * Adds one element to {@link Board#members() members} list.
     * @param element A members element
     * @return {@code this} builder for use in a chained invocation
     */
    public final Board.Builder addMember(BoardMember element) {
      this.members.add(ImmutableBoard.requireNonNull(element, "members element"));
      return (Board.Builder) this;
    }

    /**
     * Adds elements to {@link Board#members() members} list.
     * @param elements An array of members elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Board.Builder addMembers(BoardMember... elements) {
      for (BoardMember element : elements) {
        this.members.add(ImmutableBoard.requireNonNull(element, "members element"));
      }
      return (Board.Builder) this;
    }


    /**
     * Sets or replaces all elements for {@link Board#members() members} list.
     * @param elements An iterable of members elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Board.Builder members(Iterable<? extends BoardMember> elements) {
      this.members.clear();
      return addAllMembers(elements);
    }

    /**
     * Adds elements to {@link Board#members() members} list.
     * @param elements An iterable of members elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Board.Builder addAllMembers(Iterable<? extends BoardMember> elements) {
      for (BoardMember element : elements) {
        this.members.add(ImmutableBoard.requireNonNull(element, "members element"));
      }
      return (Board.Builder) this;
    }

    /**
     * Initializes the optional value {@link Board#acknowledgement() acknowledgement} to acknowledgement.
     * @param acknowledgement The value for acknowledgement
     * @return {@code this} builder for chained invocation
     */
    public final Board.Builder acknowledgement(Acknowledgement acknowledgement) {
      this.acknowledgement = ImmutableBoard.requireNonNull(acknowledgement, "acknowledgement");
      return (Board.Builder) this;
    }

    /**
     * Initializes the optional value {@link Board#acknowledgement() acknowledgement} to acknowledgement.
     * @param acknowledgement The value for acknowledgement
     * @return {@code this} builder for use in a chained invocation
     */
    public final Board.Builder acknowledgement(Optional<? extends Acknowledgement> acknowledgement) {
      this.acknowledgement = acknowledgement.orElse(null);
      return (Board.Builder) this;
    }

    /**
     * Initializes the optional value {@link Board#composedOn() composedOn} to composedOn.
     * @param composedOn The value for composedOn
     * @return {@code this} builder for chained invocation
     */
    public final Board.Builder composedOn(LocalDate composedOn) {
      this.composedOn = ImmutableBoard.requireNonNull(composedOn, "composedOn");
      return (Board.Builder) this;
    }

    /**
     * Initializes the optional value {@link Board#composedOn() composedOn} to composedOn.
     * @param composedOn The value for composedOn
     * @return {@code this} builder for use in a chained invocation
     */
    public final Board.Builder composedOn(Optional<? extends LocalDate> composedOn) {
      this.composedOn = composedOn.orElse(null);
      return (Board.Builder) this;
    }

    /**
     * Builds a new {@link Board Board}.
     * @return An immutable instance of Board
     * @throws id.kim.core.validation.IncompleteValueException if any required attributes are missing
     */
    public Board build() {
      return new ImmutableBoard(createUnmodifiableList(true, members), acknowledgement, composedOn);
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
      if (checkNulls) ImmutableBoard.requireNonNull(element, "element");
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
