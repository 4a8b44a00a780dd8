package id.kim.core.community;

import id.kim.core.region.Village;
import id.kim.core.validation.MissingValueException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Generated;

/**
 * Immutable implementation of {@link TargetAudience}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code new TargetAudience.Builder()}.
 */
@Generated(from = "TargetAudience", generator = "Immutables")
@SuppressWarnings({"all"})
final class ImmutableTargetAudience extends TargetAudience {
  private final Set<Village> villages;
  private final String coverage;
  private final String socioEconomicStatus;

  private ImmutableTargetAudience(
      Set<Village> villages,
      String coverage,
      String socioEconomicStatus) {
    this.villages = villages;
    this.coverage = coverage;
    this.socioEconomicStatus = socioEconomicStatus;
  }

  /**
   * @return The value of the {@code villages} attribute
   */
  @Override
  public Set<Village> villages() {
    return villages;
  }

  /**
   * @return The value of the {@code coverage} attribute
   */
  @Override
  public Optional<String> coverage() {
    return Optional.ofNullable(coverage);
  }

  /**
   * @return The value of the {@code socioEconomicStatus} attribute
   */
  @Override
  public Optional<String> socioEconomicStatus() {
    return Optional.ofNullable(socioEconomicStatus);
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link TargetAudience#villages() villages}.
   * @param elements The elements to set
   * @return A modified copy of {@code this} object
   */
  public final ImmutableTargetAudience withVillages(Village... elements) {
    Set<Village> newValue = createUnmodifiableSet(createSafeList(Arrays.asList(elements), true, false));
    return new ImmutableTargetAudience(newValue, this.coverage, this.socioEconomicStatus);
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link TargetAudience#villages() villages}.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param elements An iterable of villages elements to set
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableTargetAudience withVillages(Iterable<? extends Village> elements) {
    if (this.villages == elements) return this;
    Set<Village> newValue = createUnmodifiableSet(createSafeList(elements, true, false));
    return new ImmutableTargetAudience(newValue, this.coverage, this.socioEconomicStatus);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link TargetAudience#coverage() coverage} attribute.
   * @param value The value for coverage
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableTargetAudience withCoverage(String value) {
    String newValue = ImmutableTargetAudience.requireNonNull(value, "coverage");
    if (Objects.equals(this.coverage, newValue)) return this;
    return new ImmutableTargetAudience(this.villages, newValue, this.socioEconomicStatus);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link TargetAudience#coverage() coverage} attribute.
   * An equality check is used on inner value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for coverage
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableTargetAudience withCoverage(Optional<String> optional) {
    String value = optional.orElse(null);
    if (Objects.equals(this.coverage, value)) return this;
    return new ImmutableTargetAudience(this.villages, value, this.socioEconomicStatus);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link TargetAudience#socioEconomicStatus() socioEconomicStatus} attribute.
   * @param value The value for socioEconomicStatus
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableTargetAudience withSocioEconomicStatus(String value) {
    String newValue = ImmutableTargetAudience.requireNonNull(value, "socioEconomicStatus");
    if (Objects.equals(this.socioEconomicStatus, newValue)) return this;
    return new ImmutableTargetAudience(this.villages, this.coverage, newValue);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link TargetAudience#socioEconomicStatus() socioEconomicStatus} attribute.
   * An equality check is used on inner value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for socioEconomicStatus
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableTargetAudience withSocioEconomicStatus(Optional<String> optional) {
    String value = optional.orElse(null);
    if (Objects.equals(this.socioEconomicStatus, value)) return this;
    return new ImmutableTargetAudience(this.villages, this.coverage, value);
  }

  /**
   * This instance is equal to all instances of {@code ImmutableTargetAudience} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutableTargetAudience
        && equalsByValue((ImmutableTargetAudience) another);
  }

  private boolean equalsByValue(ImmutableTargetAudience another) {
    return villages.equals(another.villages)
        && Objects.equals(coverage, another.coverage)
        && Objects.equals(socioEconomicStatus, another.socioEconomicStatus);
  }

  /**
   * Computes a hash code from attributes: {@code villages}, {@code coverage}, {@code socioEconomicStatus}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + villages.hashCode();
    h += (h << 5) + Objects.hashCode(coverage);
    h += (h << 5) + Objects.hashCode(socioEconomicStatus);
    return h;
  }

  /**
   * Prints the immutable value {@code TargetAudience} with attribute values.
   * @return A string representation of the value
   */
  @Override
  public String toString() {
    StringBuilder builder = new StringBuilder("TargetAudience{");
    builder.append("villages=").append(villages);
    if (coverage != null) {
      builder.append(", ");
      builder.append("coverage=").append(coverage);
    }
    if (socioEconomicStatus != null) {
      builder.append(", ");
      builder.append("socioEconomicStatus=").append(socioEconomicStatus);
    }
    return builder.append("}").toString();
  }

  /**
   * Creates an immutable copy of a {@link TargetAudience} value.
   * Uses accessors to get values to initialize the new immutable instance.
   * If an instance is already immutable, it is returned as is.
   * @param instance The instance to copy
   * @return A copied immutable TargetAudience instance
   */
  public static TargetAudience copyOf(TargetAudience instance) {
    if (instance instanceof ImmutableTargetAudience) {
      return (ImmutableTargetAudience) instance;
    }
    return new TargetAudience.Builder()
        .from(instance)
        .build();
  }

  /**
   * Builds instances of type {@link TargetAudience TargetAudience}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  @Generated(from = "TargetAudience", generator = "Immutables")
  public static class Builder {
    private List<Village> villages = new ArrayList<Village>();
    private String coverage;
    private String socioEconomicStatus;

    /**
     * Creates a builder for {@link TargetAudience TargetAudience} instances.
     * <pre>
     * new TargetAudience.Builder()
     *    .addVillage|addAllVillages(id.kim.core.region.Village) // {@link TargetAudience#villages() villages} elements
     *    .coverage(Optional&lt;String&gt;) // optional {@link TargetAudience#coverage() coverage}
     *    .socioEconomicStatus(Optional&lt;String&gt;) // optional {@link TargetAudience#socioEconomicStatus() socioEconomicStatus}
     *    .build();
     * </pre>
     */
    public Builder() {
      if (!(this instanceof TargetAudience.Builder)) {
        throw new UnsupportedOperationException("Use: new TargetAudience.Builder()");
      }
    }

    /**
     * Fill a builder with attribute values from the provided {@code TargetAudience} instance.
     * Regular attribute values will be replaced with those from the given instance.
     * Absent optional values will not replace present values.
     * Collection elements and entries will be added, not replaced.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    public final TargetAudience.Builder from(TargetAudience instance) {
      ImmutableTargetAudience.requireNonNull(instance, "instance");
      addAllVillages(instance.villages());
      Optional<String> coverageOptional = instance.coverage();
      if (coverageOptional.isPresent()) {
        coverage(coverageOptional);
      }
      Optional<String> socioEconomicStatusOptional = instance.socioEconomicStatus();
      if (socioEconomicStatusOptional.isPresent()) {
        socioEconomicStatus(socioEconomicStatusOptional);
      }
      return (TargetAudience.Builder) this;
    }

    /**
     * Adds one element to {@link TargetAudience#villages() villages} set.
     * @param element A villages element
     * @return {@code this} builder for use in a chained invocation
     */
    public final TargetAudience.Builder addVillage(Village element) {
      this.villages.add(ImmutableTargetAudience.requireNonNull(element, "villages element"));
      return (TargetAudience.Builder) this;
    }

    /**
     * Adds elements to {@link TargetAudience#villages() villages} set.
     * @param elements An array of villages elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final TargetAudience.Builder addVillages(Village... elements) {
      for (Village element : elements) {
        this.villages.add(ImmutableTargetAudience.requireNonNull(element, "villages element"));
      }
      return (TargetAudience.Builder) this;
    }


    /**
     * Sets or replaces all elements for {@link TargetAudience#villages() villages} set.
     * @param elements An iterable of villages elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final TargetAudience.Builder villages(Iterable<? extends Village> elements) {
      this.villages.clear();
      return addAllVillages(elements);
    }

    /**
     * Adds elements to {@link TargetAudience#villages() villages} set.
     * @param elements An iterable of villages elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final TargetAudience.Builder addAllVillages(Iterable<? extends Village> elements) {
      for (Village element : elements) {
        this.villages.add(ImmutableTargetAudience.requireNonNull(element, "villages element"));
      }
      return (TargetAudience.Builder) this;
    }

    /**
     * Initializes the optional value {@link TargetAudience#coverage() coverage} to coverage.
     * @param coverage The value for coverage
     * @return {@code this} builder for chained invocation
     */
    public final TargetAudience.Builder coverage(String coverage) {
      this.coverage = ImmutableTargetAudience.requireNonNull(coverage, "coverage");
      return (TargetAudience.Builder) this;
    }

    /**
     * Initializes the optional value {@link TargetAudience#coverage() coverage} to coverage.
     * @param coverage The value for coverage
     * @return {@code this} builder for use in a chained invocation
     */
    public final TargetAudience.Builder coverage(Optional<String> coverage) {
      this.coverage = coverage.orElse(null);
      return (TargetAudience.Builder) this;
    }

    /**
     * Initializes the optional value {@link TargetAudience#socioEconomicStatus() socioEconomicStatus} to socioEconomicStatus.
     * @param socioEconomicStatus The value for socioEconomicStatus
     * @return {@code this} builder for chained invocation
     */
    public final TargetAudience.Builder socioEconomicStatus(String socioEconomicStatus) {
      this.socioEconomicStatus = ImmutableTargetAudience.requireNonNull(socioEconomicStatus, "socioEconomicStatus");
      return (TargetAudience.Builder) this;
    }

    /**
     * Initializes the optional value {@link TargetAudience#socioEconomicStatus() socioEconomicStatus} to socioEconomicStatus.
     * @param socioEconomicStatus The value for socioEconomicStatus
     * @return {@code this} builder for use in a chained invocation
     */
    public final TargetAudience.Builder socioEconomicStatus(Optional<String> socioEconomicStatus) {
      this.socioEconomicStatus = socioEconomicStatus.orElse(null);
      return (TargetAudience.Builder) this;
    }

    /**
     * Builds a new {@link TargetAudience TargetAudience}.
     * @return An immutable instance of TargetAudience
     * @throws id.kim.core.validation.IncompleteValueException if any required attributes are missing
     */
    public TargetAudience build() {
      return new ImmutableTargetAudience(createUnmodifiableSet(villages), coverage, socioEconomicStatus);
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
      if (checkNulls) ImmutableTargetAudience.requireNonNull(element, "element");
      list.add(element);
    }
    return list;
  }

  /** Unmodifiable set constructed from list to avoid rehashing. */
  private static <T> Set<T> createUnmodifiableSet(List<? extends T> list) {
    switch(list.size()) {
    case 0: return Collections.emptySet();
    case 1: return Collections.singleton(list.get(0));
    default:
      Set<T> set = new LinkedHashSet<>(list.size() * 4 / 3 + 1);
      set.addAll(list);
      return Collections.unmodifiableSet(set);
    }
  }
}
