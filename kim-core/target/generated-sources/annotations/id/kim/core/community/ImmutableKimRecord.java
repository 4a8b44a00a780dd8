package id.kim.core.community;

import id.kim.core.assessment.Assessment;
import id.kim.core.document.AdministrativeDeclaration;
import id.kim.core.document.DissolutionNotice;
import id.kim.core.document.VillageDecree;
import id.kim.core.organisation.Affiliation;
import id.kim.core.organisation.Board;
import id.kim.core.organisation.Member;
import id.kim.core.validation.IncompleteValueException;
import id.kim.core.validation.MissingValueException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Generated;

/**
 * Immutable implementation of {@link KimRecord}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code new KimRecord.Builder()}.
 */
@Generated(from = "KimRecord", generator = "Immutables")
@SuppressWarnings({"all"})
final class ImmutableKimRecord extends KimRecord {
  private final KimProfile profile;
  private final VillageDecree decree;
  private final Board board;
  private final List<Member> members;
  private final AdministrativeDeclaration declaration;
  private final List<Affiliation> affiliations;
  private final List<Assessment> assessments;
  private final DissolutionNotice dissolution;
  private final LegacyStakeholderCategory legacyOrigin;

  private ImmutableKimRecord(
      KimProfile profile,
      VillageDecree decree,
      Board board,
      List<Member> members,
      AdministrativeDeclaration declaration,
      List<Affiliation> affiliations,
      List<Assessment> assessments,
      DissolutionNotice dissolution,
      LegacyStakeholderCategory legacyOrigin) {
    this.profile = profile;
    this.decree = decree;
    this.board = board;
    this.members = members;
    this.declaration = declaration;
    this.affiliations = affiliations;
    this.assessments = assessments;
    this.dissolution = dissolution;
    this.legacyOrigin = legacyOrigin;
  }

  /**
   * @return The value of the {@code profile} attribute
   */
  @Override
  public KimProfile profile() {
    return profile;
  }

  /**
   * @return The value of the {@code decree} attribute
   */
  @Override
  public Optional<VillageDecree> decree() {
    return Optional.ofNullable(decree);
  }

  /**
   * @return The value of the {@code board} attribute
   */
  @Override
  public Optional<Board> board() {
    return Optional.ofNullable(board);
  }

  /**
   * @return The value of the {@code members} attribute
   */
  @Override
  public List<Member> members() {
    return members;
  }

  /**
   * @return The value of the {@code declaration} attribute
   */
  @Override
  public Optional<AdministrativeDeclaration> declaration() {
    return Optional.ofNullable(declaration);
  }

  /**
   * @return The value of the {@code affiliations} attribute
   */
  @Override
  public List<Affiliation> affiliations() {
    return affiliations;
  }

  /**
   * @return The value of the {@code assessments} attribute
   */
  @Override
  public List<Assessment> assessments() {
    return assessments;
  }

  /**
   * @return The value of the {@code dissolution} attribute
   */
  @Override
  public Optional<DissolutionNotice> dissolution() {
    return Optional.ofNullable(dissolution);
  }

  /**
   * @return The value of the {@code legacyOrigin} attribute
   */
  @Override
  public Optional<LegacyStakeholderCategory> legacyOrigin() {
    return Optional.ofNullable(legacyOrigin);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link KimRecord#profile() profile} attribute.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for profile
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableKimRecord withProfile(KimProfile value) {
    if (this.profile == value) return this;
    KimProfile newValue = ImmutableKimRecord.requireNonNull(value, "profile");
    return new ImmutableKimRecord(
        newValue,
        this.decree,
        this.board,
        this.members,
        this.declaration,
        this.affiliations,
        this.assessments,
        this.dissolution,
        this.legacyOrigin);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link KimRecord#decree() decree} attribute.
   * @param value The value for decree
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableKimRecord withDecree(VillageDecree value) {
    VillageDecree newValue = ImmutableKimRecord.requireNonNull(value, "decree");
    if (this.decree == newValue) return this;
    return new ImmutableKimRecord(
        this.profile,
        newValue,
        this.board,
        this.members,
        this.declaration,
        this.affiliations,
        this.assessments,
        this.dissolution,
        this.legacyOrigin);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link KimRecord#decree() decree} attribute.
   * A shallow reference equality check is used on unboxed optional value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for decree
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutableKimRecord withDecree(Optional<? extends VillageDecree> optional) {
    VillageDecree value = optional.orElse(null);
    if (this.decree == value) return this;
    return new ImmutableKimRecord(
        this.profile,
        value,
        this.board,
        this.members,
        this.declaration,
        this.affiliations,
        this.assessments,
        this.dissolution,
        this.legacyOrigin);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link KimRecord#board() board} attribute.
   * @param value The value for board
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableKimRecord withBoard(Board value) {
    Board newValue = ImmutableKimRecord.requireNonNull(value, "board");
    if (this.board == newValue) return this;
    return new ImmutableKimRecord(
        this.profile,
        this.decree,
        newValue,
        this.members,
        this.declaration,
        this.affiliations,
        this.assessments,
        this.dissolution,
        this.legacyOrigin);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link KimRecord#board() board} attribute.
   * A shallow reference equality check is used on unboxed optional value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for board
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutableKimRecord withBoard(Optional<? extends Board> optional) {
    Board value = optional.orElse(null);
    if (this.board == value) return this;
    return new ImmutableKimRecord(
        this.profile,
        this.decree,
        value,
        this.members,
        this.declaration,
        this.affiliations,
        this.assessments,
        this.dissolution,
        this.legacyOrigin);
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link KimRecord#members() members}.
   * @param elements The elements to set
   * @return A modified copy of {@code this} object
   */
  public final ImmutableKimRecord withMembers(Member... elements) {
    List<Member> newValue = createUnmodifiableList(false, createSafeList(Arrays.asList(elements), true, false));
    return new ImmutableKimRecord(
        this.profile,
        this.decree,
        this.board,
        newValue,
        this.declaration,
        this.affiliations,
        this.assessments,
        this.dissolution,
        this.legacyOrigin);
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link KimRecord#members() members}.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param elements An iterable of members elements to set
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableKimRecord withMembers(Iterable<? extends Member> elements) {
    if (this.members == elements) return this;
    List<Member> newValue = createUnmodifiableList(false, createSafeList(elements, true, false));
    return new ImmutableKimRecord(
        this.profile,
        this.decree,
        this.board,
        newValue,
        this.declaration,
        this.affiliations,
        this.assessments,
        this.dissolution,
        this.legacyOrigin);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link KimRecord#declaration() declaration} attribute.
   * @param value The value for declaration
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableKimRecord withDeclaration(AdministrativeDeclaration value) {
    AdministrativeDeclaration newValue = ImmutableKimRecord.requireNonNull(value, "declaration");
    if (this.declaration == newValue) return this;
    return new ImmutableKimRecord(
        this.profile,
        this.decree,
        this.board,
        this.members,
        newValue,
        this.affiliations,
        this.assessments,
        this.dissolution,
        this.legacyOrigin);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link KimRecord#declaration() declaration} attribute.
   * A shallow reference equality check is used on unboxed optional value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for declaration
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutableKimRecord withDeclaration(Optional<? extends AdministrativeDeclaration> optional) {
    AdministrativeDeclaration value = optional.orElse(null);
    if (this.declaration == value) return this;
    return new ImmutableKimRecord(
        this.profile,
        this.decree,
        this.board,
        this.members,
        value,
        this.affiliations,
        this.assessments,
        this.dissolution,
        this.legacyOrigin);
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link KimRecord#affiliations() affiliations}.
   * @param elements The elements to set
   * @return A modified copy of {@code this} object
   */
  public final ImmutableKimRecord withAffiliations(Affiliation... elements) {
    List<Affiliation> newValue = createUnmodifiableList(false, createSafeList(Arrays.asList(elements), true, false));
    return new ImmutableKimRecord(
        this.profile,
        this.decree,
        this.board,
        this.members,
        this.declaration,
        newValue,
        this.assessments,
        this.dissolution,
        this.legacyOrigin);
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link KimRecord#affiliations() affiliations}.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param elements An iterable of affiliations elements to set
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableKimRecord withAffiliations(Iterable<? extends Affiliation> elements) {
    if (this.affiliations == elements) return this;
    List<Affiliation> newValue = createUnmodifiableList(false, createSafeList(elements, true, false));
    return new ImmutableKimRecord(
        this.profile,
        this.decree,
        this.board,
        this.members,
        this.declaration,
        newValue,
        this.assessments,
        this.dissolution,
        this.legacyOrigin);
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link KimRecord#assessments() assessments}.
   * @param elements The elements to set
   * @return A modified copy of {@code this} object
   */
  public final ImmutableKimRecord withAssessments(Assessment... elements) {
    List<Assessment> newValue = createUnmodifiableList(false, createSafeList(Arrays.asList(elements), true, false));
    return new ImmutableKimRecord(
        this.profile,
        this.decree,
        this.board,
        this.members,
        this.declaration,
        this.affiliations,
        newValue,
        this.dissolution,
        this.legacyOrigin);
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link KimRecord#assessments() assessments}.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param elements An iterable of assessments elements to set
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableKimRecord withAssessments(Iterable<? extends Assessment> elements) {
    if (this.assessments == elements) return this;
    List<Assessment> newValue = createUnmodifiableList(false, createSafeList(elements, true, false));
    return new ImmutableKimRecord(
        this.profile,
        this.decree,
        this.board,
        this.members,
        this.declaration,
        this.affiliations,
        newValue,
        this.dissolution,
        this.legacyOrigin);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link KimRecord#dissolution() dissolution} attribute.
   * @param value The value for dissolution
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableKimRecord withDissolution(DissolutionNotice value) {
    DissolutionNotice newValue = ImmutableKimRecord.requireNonNull(value, "dissolution");
    if (this.dissolution == newValue) return this;
    return new ImmutableKimRecord(
        this.profile,
        this.decree,
        this.board,
        this.members,
        this.declaration,
        this.affiliations,
        this.assessments,
        newValue,
        this.legacyOrigin);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link KimRecord#dissolution() dissolution} attribute.
   * A shallow reference equality check is used on unboxed optional value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for dissolution
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutableKimRecord withDissolution(Optional<? extends DissolutionNotice> optional) {
    DissolutionNotice value = optional.orElse(null);
    if (this.dissolution == value) return this;
    return new ImmutableKimRecord(
        this.profile,
        this.decree,
        this.board,
        this.members,
        this.declaration,
        this.affiliations,
        this.assessments,
        value,
        this.legacyOrigin);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link KimRecord#legacyOrigin() legacyOrigin} attribute.
   * @param value The value for legacyOrigin
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableKimRecord withLegacyOrigin(LegacyStakeholderCategory value) {
    LegacyStakeholderCategory newValue = ImmutableKimRecord.requireNonNull(value, "legacyOrigin");
    if (this.legacyOrigin == newValue) return this;
    return new ImmutableKimRecord(
        this.profile,
        this.decree,
        this.board,
        this.members,
        this.declaration,
        this.affiliations,
        this.assessments,
        this.dissolution,
        newValue);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link KimRecord#legacyOrigin() legacyOrigin} attribute.
   * An equality check is used on inner value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for legacyOrigin
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutableKimRecord withLegacyOrigin(Optional<? extends LegacyStakeholderCategory> optional) {
    LegacyStakeholderCategory value = optional.orElse(null);
    if (this.legacyOrigin == value) return this;
    return new ImmutableKimRecord(
        this.profile,
        this.decree,
        this.board,
        this.members,
        this.declaration,
        this.affiliations,
        this.assessments,
        this.dissolution,
        value);
  }

  /**
   * This instance is equal to all instances of {@code ImmutableKimRecord} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutableKimRecord
        && equalsByValue((ImmutableKimRecord) another);
  }

  private boolean equalsByValue(ImmutableKimRecord another) {
    return profile.equals(another.profile)
        && Objects.equals(decree, another.decree)
        && Objects.equals(board, another.board)
        && members.equals(another.members)
        && Objects.equals(declaration, another.declaration)
        && affiliations.equals(another.affiliations)
        && assessments.equals(another.assessments)
        && Objects.equals(dissolution, another.dissolution)
        && Objects.equals(legacyOrigin, another.legacyOrigin);
  }

  /**
   * Computes a hash code from attributes: {@code profile}, {@code decree}, {@code board}, {@code members}, {@code declaration}, {@code affiliations}, {@code assessments}, {@code dissolution}, {@code legacyOrigin}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + profile.hashCode();
    h += (h << 5) + Objects.hashCode(decree);
    h += (h << 5) + Objects.hashCode(board);
    h += (h << 5) + members.hashCode();
    h += (h << 5) + Objects.hashCode(declaration);
    h += (h << 5) + affiliations.hashCode();
    h += (h << 5) + assessments.hashCode();
    h += (h << 5) + Objects.hashCode(dissolution);
    h += (h << 5) + Objects.hashCode(legacyOrigin);
    return h;
  }

  /**
   * Prints the immutable value {@code KimRecord} with attribute values.
   * @return A string representation of the value
   */
  @Override
  public String toString() {
    StringBuilder builder = new StringBuilder("KimRecord{");
    builder.append("profile=").append(profile);
    if (decree != null) {
      builder.append(", ");
      builder.append("decree=").append(decree);
    }
    if (board != null) {
      builder.append(", ");
      builder.append("board=").append(board);
    }
    builder.append(", ");
    builder.append("members=").append(members);
    if (declaration != null) {
      builder.append(", ");
      builder.append("declaration=").append(declaration);
    }
    builder.append(", ");
    builder.append("affiliations=").append(affiliations);
    builder.append(", ");
    builder.append("assessments=").append(assessments);
    if (dissolution != null) {
      builder.append(", ");
      builder.append("dissolution=").append(dissolution);
    }
    if (legacyOrigin != null) {
      builder.append(", ");
      builder.append("legacyOrigin=").append(legacyOrigin);
    }
    return builder.append("}").toString();
  }

  /**
   * Creates an immutable copy of a {@link KimRecord} value.
   * Uses accessors to get values to initialize the new immutable instance.
   * If an instance is already immutable, it is returned as is.
   * @param instance The instance to copy
   * @return A copied immutable KimRecord instance
   */
  public static KimRecord copyOf(KimRecord instance) {
    if (instance instanceof ImmutableKimRecord) {
      return (ImmutableKimRecord) instance;
    }
    return new KimRecord.Builder()
        .from(instance)
        .build();
  }

  /**
   * Builds instances of type {@link KimRecord KimRecord}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  @Generated(from = "KimRecord", generator = "Immutables")
  public static class Builder {
    private static final long INIT_BIT_PROFILE = 0x1L;
    private long initBits = 0x1L;

    private KimProfile profile;
    private VillageDecree decree;
    private Board board;
    private List<Member> members = new ArrayList<Member>();
    private AdministrativeDeclaration declaration;
    private List<Affiliation> affiliations = new ArrayList<Affiliation>();
    private List<Assessment> assessments = new ArrayList<Assessment>();
    private DissolutionNotice dissolution;
    private LegacyStakeholderCategory legacyOrigin;

    /**
     * Creates a builder for {@link KimRecord KimRecord} instances.
     * <pre>
     * new KimRecord.Builder()
     *    .profile(id.kim.core.community.KimProfile) // required {@link KimRecord#profile() profile}
     *    .decree(Optional&lt;id.kim.core.document.VillageDecree&gt;) // optional {@link KimRecord#decree() decree}
     *    .board(Optional&lt;id.kim.core.organisation.Board&gt;) // optional {@link KimRecord#board() board}
     *    .addMember|addAllMembers(id.kim.core.organisation.Member) // {@link KimRecord#members() members} elements
     *    .declaration(Optional&lt;id.kim.core.document.AdministrativeDeclaration&gt;) // optional {@link KimRecord#declaration() declaration}
     *    .addAffiliation|addAllAffiliations(id.kim.core.organisation.Affiliation) // {@link KimRecord#affiliations() affiliations} elements
     *    .addAssessment|addAllAssessments(id.kim.core.assessment.Assessment) // {@link KimRecord#assessments() assessments} elements
     *    .dissolution(Optional&lt;id.kim.core.document.DissolutionNotice&gt;) // optional {@link KimRecord#dissolution() dissolution}
     *    .legacyOrigin(Optional&lt;id.kim.core.community.LegacyStakeholderCategory&gt;) // optional {@link KimRecord#legacyOrigin() legacyOrigin}
     *    .build();
     * </pre>
     */
    public Builder() {
      if (!(this instanceof KimRecord.Builder)) {
        throw new UnsupportedOperationException("Use: new KimRecord.Builder()");
      }
    }

    /**
     * Fill a builder with attribute values from the provided {@code KimRecord} instance.
     * Regular attribute values will be replaced with those from the given instance.
     * Absent optional values will not replace present values.
     * Collection elements and entries will be added, not replaced.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    public final KimRecord.Builder from(KimRecord instance) {
      ImmutableKimRecord.requireNonNull(instance, "instance");
      this.profile(instance.profile());
      Optional<VillageDecree> decreeOptional = instance.decree();
      if (decreeOptional.isPresent()) {
        decree(decreeOptional);
      }
      Optional<Board> boardOptional = instance.board();
      if (boardOptional.isPresent()) {
        board(boardOptional);
      }
      addAllMembers(instance.members());
      Optional<AdministrativeDeclaration> declarationOptional = instance.declaration();
      if (declarationOptional.isPresent()) {
        declaration(declarationOptional);
      }
      addAllAffiliations(instance.affiliations());
      addAllAssessments(instance.assessments());
      Optional<DissolutionNotice> dissolutionOptional = instance.dissolution();
      if (dissolutionOptional.isPresent()) {
        dissolution(dissolutionOptional);
      }
      Optional<LegacyStakeholderCategory> legacyOriginOptional = instance.legacyOrigin();
      if (legacyOriginOptional.isPresent()) {
        legacyOrigin(legacyOriginOptional);
      }
      return (KimRecord.Builder) this;
    }

    /**
     * Initializes the value for the {@link KimRecord#profile() profile} attribute.
     * @param profile The value for profile 
     * @return {@code this} builder for use in a chained invocation
     */
    public final KimRecord.Builder profile(KimProfile profile) {
      this.profile = ImmutableKimRecord.requireNonNull(profile, "profile");
      initBits &= ~INIT_BIT_PROFILE;
      return (KimRecord.Builder) this;
    }

    /**
     * Initializes the optional value {@link KimRecord#decree() decree} to decree.
     * @param decree The value for decree
     * @return {@code this} builder for chained invocation
     */
    public final KimRecord.Builder decree(VillageDecree decree) {
      this.decree = ImmutableKimRecord.requireNonNull(decree, "decree");
      return (KimRecord.Builder) this;
    }

    /**
     * Initializes the optional value {@link KimRecord#decree() decree} to decree.
     * @param decree The value for decree
     * @return {@code this} builder for use in a chained invocation
     */
    public final KimRecord.Builder decree(Optional<? extends VillageDecree> decree) {
      this.decree = decree.orElse(null);
      return (KimRecord.Builder) this;
    }

    /**
     * Initializes the optional value {@link KimRecord#board() board} to board.
     * @param board The value for board
     * @return {@code this} builder for chained invocation
     */
    public final KimRecord.Builder board(Board board) {
      this.board = ImmutableKimRecord.requireNonNull(board, "board");
      return (KimRecord.Builder) this;
    }

    /**
     * Initializes the optional value {@link KimRecord#board() board} to board.
     * @param board The value for board
     * @return {@code this} builder for use in a chained invocation
     */
    public final KimRecord.Builder board(Optional<? extends Board> board) {
      this.board = board.orElse(null);
      return (KimRecord.Builder) this;
    }

    /**
     * Adds one element to {@link KimRecord#members() members} list.
     * @param element A members element
     * @return {@code this} builder for use in a chained invocation
     */
    public final KimRecord.Builder addMember(Member element) {
      this.members.add(ImmutableKimRecord.requireNonNull(element, "members element"));
      return (KimRecord.Builder) this;
    }

    /**
     * Adds elements to {@link KimRecord#members() members} list.
     * @param elements An array of members elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final KimRecord.Builder addMembers(Member... elements) {
      for (Member element : elements) {
        this.members.add(ImmutableKimRecord.requireNonNull(element, "members element"));
      }
      return (KimRecord.Builder) this;
    }


    /**
     * Sets or replaces all elements for {@link KimRecord#members() members} list.
     * @param elements An iterable of members elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final KimRecord.Builder members(Iterable<? extends Member> elements) {
      this.members.clear();
      return addAllMembers(elements);
    }

    /**
     * Adds elements to {@link KimRecord#members() members} list.
     * @param elements An iterable of members elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final KimRecord.Builder addAllMembers(Iterable<? extends Member> elements) {
      for (Member element : elements) {
        this.members.add(ImmutableKimRecord.requireNonNull(element, "members element"));
      }
      return (KimRecord.Builder) this;
    }

    /**
     * Initializes the optional value {@link KimRecord#declaration() declaration} to declaration.
     * @param declaration The value for declaration
     * @return {@code this} builder for chained invocation
     */
    public final KimRecord.Builder declaration(AdministrativeDeclaration declaration) {
      this.declaration = ImmutableKimRecord.requireNonNull(declaration, "declaration");
      return (KimRecord.Builder) this;
    }

    /**
     * Initializes the optional value {@link KimRecord#declaration() declaration} to declaration.
     * @param declaration The value for declaration
     * @return {@code this} builder for use in a chained invocation
     */
    public final KimRecord.Builder declaration(Optional<? extends AdministrativeDeclaration> declaration) {
      this.declaration = declaration.orElse(null);
      return (KimRecord.Builder) this;
    }

    /**
     * Adds one element to {@link KimRecord#affiliations() affiliations} list.
     * @param element A affiliations element
     * @return {@code this} builder for use in a chained invocation
     */
    public final KimRecord.Builder addAffiliation(Affiliation element) {
      this.affiliations.add(ImmutableKimRecord.requireNonNull(element, "affiliations element"));
      return (KimRecord.Builder) this;
    }

    /**
     * Adds elements to {@link KimRecord#affiliations() affiliations} list.
     * @param elements An array of affiliations elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final KimRecord.Builder addAffiliations(Affiliation... elements) {
      for (Affiliation element : elements) {
        this.affiliations.add(ImmutableKimRecord.requireNonNull(element, "affiliations element"));
      }
      return (KimRecord.Builder) this;
    }


    /**
     * Sets or replaces all elements for {@link KimRecord#affiliations() affiliations} list.
     * @param elements An iterable of affiliations elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final KimRecord.Builder affiliations(Iterable<? extends Affiliation> elements) {
      this.affiliations.clear();
      return addAllAffiliations(elements);
    }

    /**
     * Adds elements to {@link KimRecord#affiliations() affiliations} list.
     * @param elements An iterable of affiliations elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final KimRecord.Builder addAllAffiliations(Iterable<? extends Affiliation> elements) {
      for (Affiliation element : elements) {
        this.affiliations.add(ImmutableKimRecord.requireNonNull(element, "affiliations element"));
      }
      return (KimRecord.Builder) this;
    }

    /**
     * Adds one element to {@link KimRecord#assessments() assessments} list.
     * @param element A assessments element
     * @return {@code this} builder for use in a chained invocation
     */
    public final KimRecord.Builder addAssessment(Assessment element) {
      this.assessments.add(ImmutableKimRecord.requireNonNull(element, "assessments element"));
      return (KimRecord.Builder) this;
    }

    /**
     * Adds elements to {@link KimRecord#assessments() assessments} list.
     * @param elements An array of assessments elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final KimRecord.Builder addAssessments(Assessment... elements) {
      for (Assessment element : elements) {
        this.assessments.add(ImmutableKimRecord.requireNonNull(element, "assessments element"));
      }
      return (KimRecord.Builder) this;
    }


    /**
     * Sets or replaces all elements for {@link KimRecord#assessments() assessments} list.
     * @param elements An iterable of assessments elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final KimRecord.Builder assessments(Iterable<? extends Assessment> elements) {
      this.assessments.clear();
      return addAllAssessments(elements);
    }

    /**
     * Adds elements to {@link KimRecord#assessments() assessments} list.
     * @param elements An iterable of assessments elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final KimRecord.Builder addAllAssessments(Iterable<? extends Assessment> elements) {
      for (Assessment element : elements) {
        this.assessments.add(ImmutableKimRecord.requireNonNull(element, "assessments element"));
      }
      return (KimRecord.Builder) this;
    }

    /**
     * Initializes the optional value {@link KimRecord#dissolution() dissolution} to dissolution.
     * @param dissolution The value for dissolution
     * @return {@code this} builder for chained invocation
     */
    public final KimRecord.Builder dissolution(DissolutionNotice dissolution) {
      this.dissolution = ImmutableKimRecord.requireNonNull(dissolution, "dissolution");
      return (KimRecord.Builder) this;
    }

    /**
     * Initializes the optional value {@link KimRecord#dissolution() dissolution} to dissolution.
     * @param dissolution The value for dissolution
     * @return {@code this} builder for use in a chained invocation
     */
    public final KimRecord.Builder dissolution(Optional<? extends DissolutionNotice> dissolution) {
      this.dissolution = dissolution.orElse(null);
      return (KimRecord.Builder) this;
    }

    /**
     * Initializes the optional value {@link KimRecord#legacyOrigin() legacyOrigin} to legacyOrigin.
     * @param legacyOrigin The value for legacyOrigin
     * @return {@code this} builder for chained invocation
     */
    public final KimRecord.Builder legacyOrigin(LegacyStakeholderCategory legacyOrigin) {
      this.legacyOrigin = ImmutableKimRecord.requireNonNull(legacyOrigin, "legacyOrigin");
      return (KimRecord.Builder) this;
    }

    /**
     * Initializes the optional value {@link KimRecord#legacyOrigin() legacyOrigin} to legacyOrigin.
     * @param legacyOrigin The value for legacyOrigin
     * @return {@code this} builder for use in a chained invocation
     */
    public final KimRecord.Builder legacyOrigin(Optional<? extends LegacyStakeholderCategory> legacyOrigin) {
      this.legacyOrigin = legacyOrigin.orElse(null);
      return (KimRecord.Builder) this;
    }

    /**
     * Builds a new {@link KimRecord KimRecord}.
     * @return An immutable instance of KimRecord
     * @throws id.kim.core.validation.IncompleteValueException if any required attributes are missing
     */
    public KimRecord build() {
      checkRequiredAttributes();
      return new ImmutableKimRecord(
          profile,
          decree,
          board,
          createUnmodifiableList(true, members),
          declaration,
          createUnmodifiableList(true, affiliations),
          createUnmodifiableList(true, assessments),
          dissolution,
          legacyOrigin);
    }

    private boolean profileIsSet() {
      return (initBits & INIT_BIT_PROFILE) == 0;
    }

    private void checkRequiredAttributes() {
      if (initBits != 0) {
        throw new IncompleteValueException(formatRequiredAttributesMessage());
      }
    }

    private String formatRequiredAttributesMessage() {
      List<String> attributes = new ArrayList<>();
      if (!profileIsSet()) attributes.add("profile");
      return "Cannot build KimRecord, some of required attributes are not set " + attributes;
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
      if (checkNulls) ImmutableKimRecord.requireNonNull(element, "element");
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
