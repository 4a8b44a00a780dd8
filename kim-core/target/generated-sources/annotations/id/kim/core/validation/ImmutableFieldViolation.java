package id.kim.core.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Generated;

/**
 * Immutable implementation of {@link FieldViolation}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code new FieldViolation.Builder()}.
 */
@Generated(from = "FieldViolation", generator = "Immutables")
@SuppressWarnings({"all"})
final class ImmutableFieldViolation extends FieldViolation {
  private final String path;
  private final String constraint;
  private final String messageKey;
  private final String rejectedValue;
  private final String ruleId;
  private final Map<String, String> attributes;

  private ImmutableFieldViolation(
      String path,
      String constraint,
      String messageKey,
      String rejectedValue,
      String ruleId,
      Map<String, String> attributes) {
    this.path = path;
    this.constraint = constraint;
    this.messageKey = messageKey;
    this.rejectedValue = rejectedValue;
    this.ruleId = ruleId;
    this.attributes = attributes;
  }

  /**
   * @return The value of the {@code path} attribute
   */
  @Override
  public String path() {
    return path;
  }

  /**
   * @return The value of the {@code constraint} attribute
   */
  @Override
  public String constraint() {
    return constraint;
  }

  /**
   * @return The value of the {@code messageKey} attribute
   */
  @Override
  public String messageKey() {
    return messageKey;
  }

  /**
   * @return The value of the {@code rejectedValue} attribute
   */
  @Override
  public String rejectedValue() {
    return rejectedValue;
  }

  /**
   * @return The value of the {@code ruleId} attribute
   */
  @Override
  public Optional<String> ruleId() {
    return Optional.ofNullable(ruleId);
  }

  /**
   * @return The value of the {@code attributes} attribute
   */
  @Override
  public Map<String, String> attributes() {
    return attributes;
  }

  /**
   * Copy the current immutable object by setting a value for the {@link FieldViolation#path() path} attribute.
   * An equals check used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for path
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableFieldViolation withPath(String value) {
    String newValue = ImmutableFieldViolation.requireNonNull(value, "path");
    if (this.path.equals(newValue)) return this;
    return new ImmutableFieldViolation(newValue, this.constraint, this.messageKey, this.rejectedValue, this.ruleId, this.attributes);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link FieldViolation#constraint() constraint} attribute.
   * An equals check used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for constraint
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableFieldViolation withConstraint(String value) {
    String newValue = ImmutableFieldViolation.requireNonNull(value, "constraint");
    if (this.constraint.equals(newValue)) return this;
    return new ImmutableFieldViolation(this.path, newValue, this.messageKey, this.rejectedValue, this.ruleId, this.attributes);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link FieldViolation#messageKey() messageKey} attribute.
   * An equals check used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for messageKey
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableFieldViolation withMessageKey(String value) {
    String newValue = ImmutableFieldViolation.requireNonNull(value, "messageKey");
    if (this.messageKey.equals(newValue)) return this;
    return new ImmutableFieldViolation(this.path, this.constraint, newValue, this.rejectedValue, this.ruleId, this.attributes);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link FieldViolation#rejectedValue() rejectedValue} attribute.
   * An equals check used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for rejectedValue
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableFieldViolation withRejectedValue(String value) {
    String newValue = ImmutableFieldViolation.requireNonNull(value, "rejectedValue");
    if (this.rejectedValue.equals(newValue)) return this;
    return new ImmutableFieldViolation(this.path, this.constraint, this.messageKey, newValue, this.ruleId, this.attributes);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link FieldViolation#ruleId() ruleId} attribute.
   * @param value The value for ruleId
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableFieldViolation withRuleId(String value) {
    String newValue = ImmutableFieldViolation.requireNonNull(value, "ruleId");
    if (Objects.equals(this.ruleId, newValue)) return this;
    return new ImmutableFieldViolation(this.path, this.constraint, this.messageKey, this.rejectedValue, newValue, this.attributes);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link FieldViolation#ruleId() ruleId} attribute.
   * An equality check is used on inner value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for ruleId
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableFieldViolation withRuleId(Optional<String> optional) {
    String value = optional.orElse(null);
    if (Objects.equals(this.ruleId, value)) return this;
    return new ImmutableFieldViolation(this.path, this.constraint, this.messageKey, this.rejectedValue, value, this.attributes);
  }

  /**
   * Copy the current immutable object by replacing the {@link FieldViolation#attributes() attributes} map with the specified map.
   * Nulls are not permitted as keys or values.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param entries The entries to replace the attributes map
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableFieldViolation withAttributes(Map<String, ? extends String> entries) {
    if (this.attributes == entries) return this;
    Map<String, String> newValue = createUnmodifiableMap(true, false, entries);
    return new ImmutableFieldViolation(this.path, this.constraint, this.messageKey, this.rejectedValue, this.ruleId, newValue);
  }

  /**
   * This instance is equal to all instances of {@code ImmutableFieldViolation} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutableFieldViolation
        && equalsByValue((ImmutableFieldViolation) another);
  }

  private boolean equalsByValue(ImmutableFieldViolation another) {
    return path.equals(another.path)
        && constraint.equals(another.constraint)
        && messageKey.equals(another.messageKey)
        && rejectedValue.equals(another.rejectedValue)
        && Objects.equals(ruleId, another.ruleId)
        && attributes.equals(another.attributes);
  }

  /**
   * Computes a hash code from attributes: {@code path}, {@code constraint}, {@code messageKey}, {@code rejectedValue}, {@code ruleId}, {@code attributes}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + path.hashCode();
    h += (h << 5) + constraint.hashCode();
    h += (h << 5) + messageKey.hashCode();
    h += (h << 5) + rejectedValue.hashCode();
    h += (h << 5) + Objects.hashCode(ruleId);
    h += (h << 5) + attributes.hashCode();
    return h;
  }

  /**
   * Creates an immutable copy of a {@link FieldViolation} value.
   * Uses accessors to get values to initialize the new immutable instance.
   * If an instance is already immutable, it is returned as is.
   * @param instance The instance to copy
   * @return A copied immutable FieldViolation instance
   */
  public static FieldViolation copyOf(FieldViolation instance) {
    if (instance instanceof ImmutableFieldViolation) {
      return (ImmutableFieldViolation) instance;
    }
    return new FieldViolation.Builder()
        .from(instance)
        .build();
  }

  /**
   * Builds instances of type {@link FieldViolation FieldViolation}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  @Generated(from = "FieldViolation", generator = "Immutables")
  public static class Builder {
    private static final long INIT_BIT_PATH = 0x1L;
    private static final long INIT_BIT_CONSTRAINT = 0x2L;
    private static final long INIT_BIT_MESSAGE_KEY = 0x4L;
    private static final long INIT_BIT_REJECTED_VALUE = 0x8L;
    private long initBits = 0xfL;

    private String path;
    private String constraint;
    private String messageKey;
    private String rejectedValue;
    private String ruleId;
    private Map<String, String> attributes = new LinkedHashMap<String, String>();

    /**
     * Creates a builder for {@link FieldViolation FieldViolation} instances.
     * <pre>
     * new FieldViolation.Builder()
     *    .path(String) // required {@link FieldViolation#path() path}
     *    .constraint(String) // required {@link FieldViolation#constraint() constraint}
     *    .messageKey(String) // required {@link FieldViolation#messageKey() messageKey}
     *    .rejectedValue(String) // required {@link FieldViolation#rejectedValue() rejectedValue}
     *    .ruleId(Optional&lt;String&gt;) // optional {@link FieldViolation#ruleId() ruleId}
     *    .putAttribute|putAllAttributes(String =&gt; String) // {@link FieldViolation#attributes() attributes} mappings
     *    .build();
     * </pre>
     */
    public Builder() {
      if (!(this instanceof FieldViolation.Builder)) {
        throw new UnsupportedOperationException("Use: new FieldViolation.Builder()");
      }
    }

    /**
     * Fill a builder with attribute values from the provided {@code FieldViolation} instance.
     * Regular attribute values will be replaced with those from the given instance.
     * Absent optional values will not replace present values.
     * Collection elements and entries will be added, not replaced.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    public final FieldViolation.Builder from(FieldViolation instance) {
      ImmutableFieldViolation.requireNonNull(instance, "instance");
      this.path(instance.path());
      this.constraint(instance.constraint());
      this.messageKey(instance.messageKey());
      this.rejectedValue(instance.rejectedValue());
      Optional<String> ruleIdOptional = instance.ruleId();
      if (ruleIdOptional.isPresent()) {
        ruleId(ruleIdOptional);
      }
      putAllAttributes(instance.attributes());
      return (FieldViolation.Builder) this;
    }

    /**
     * Initializes the value for the {@link FieldViolation#path() path} attribute.
     * @param path The value for path 
     * @return {@code this} builder for use in a chained invocation
     */
    public final FieldViolation.Builder path(String path) {
      this.path = ImmutableFieldViolation.requireNonNull(path, "path");
      initBits &= ~INIT_BIT_PATH;
      return (FieldViolation.Builder) this;
    }

    /**
     * Initializes the value for the {@link FieldViolation#constraint() constraint} attribute.
     * @param constraint The value for constraint 
     * @return {@code this} builder for use in a chained invocation
     */
    public final FieldViolation.Builder constraint(String constraint) {
      this.constraint = ImmutableFieldViolation.requireNonNull(constraint, "constraint");
      initBits &= ~INIT_BIT_CONSTRAINT;
      return (FieldViolation.Builder) this;
    }

    /**
     * Initializes the value for the {@link FieldViolation#messageKey() messageKey} attribute.
     * @param messageKey The value for messageKey 
     * @return {@code this} builder for use in a chained invocation
     */
    public final FieldViolation.Builder messageKey(String messageKey) {
      this.messageKey = ImmutableFieldViolation.requireNonNull(messageKey, "messageKey");
      initBits &= ~INIT_BIT_MESSAGE_KEY;
      return (FieldViolation.Builder) this;
    }

    /**
     * Initializes the value for the {@link FieldViolation#rejectedValue() rejectedValue} attribute.
     * @param rejectedValue The value for rejectedValue 
     * @return {@code this} builder for use in a chained invocation
     */
    public final FieldViolation.Builder rejectedValue(String rejectedValue) {
      this.rejectedValue = ImmutableFieldViolation.requireNonNull(rejectedValue, "rejectedValue");
      initBits &= ~INIT_BIT_REJECTED_VALUE;
      return (FieldViolation.Builder) this;
    }

    /**
     * Initializes the optional value {@link FieldViolation#ruleId() ruleId} to ruleId.
     * @param ruleId The value for ruleId
     * @return {@code this} builder for chained invocation
     */
    public final FieldViolation.Builder ruleId(String ruleId) {
      this.ruleId = ImmutableFieldViolation.requireNonNull(ruleId, "ruleId");
      return (FieldViolation.Builder) this;
    }

    /**
     * Initializes the optional value {@link FieldViolation#ruleId() ruleId} to ruleId.
     * @param ruleId The value for ruleId
     * @return {@code this} builder for use in a chained invocation
     */
    public final FieldViolation.Builder ruleId(Optional<String> ruleId) {
      this.ruleId = ruleId.orElse(null);
      return (FieldViolation.Builder) this;
    }

    /**
     * Put one entry to the {@link FieldViolation#attributes() attributes} map.
     * @param key The key in the attributes map
     * @param value The associated value in the attributes map
     * @return {@code this} builder for use in a chained invocation
     */
    public final FieldViolation.Builder putAttribute(String key, String value) {
      this.attributes.put(
          ImmutableFieldViolation.requireNonNull(key, "attributes key"),
          ImmutableFieldViolation.requireNonNull(value, value == null ? "attributes value for key: " + key : null));
      return (FieldViolation.Builder) this;
    }

    /**
     * Put one entry to the {@link FieldViolation#attributes() attributes} map. Nulls are not permitted
     * @param entry The key and value entry
     * @return {@code this} builder for use in a chained invocation
     */
    public final FieldViolation.Builder putAttribute(Map.Entry<String, ? extends String> entry) {
      String k = entry.getKey();
      String v = entry.getValue();
      this.attributes.put(
          ImmutableFieldViolation.requireNonNull(k, "attributes key"),
          ImmutableFieldViolation.requireNonNull(v, v == null ? "attributes value for key: " + k : null));
      return (FieldViolation.Builder) this;
    }

    /**
     * Sets or replaces all mappings from the specified map as entries for the {@link FieldViolation#attributes() attributes} map. Nulls are not permitted
     * @param entries The entries that will be added to the attributes map
     * @return {@code this} builder for use in a chained invocation
     */
    public final FieldViolation.Builder attributes(Map<String, ? extends String> entries) {
      this.attributes.clear();
      return putAllAttributes(entries);
    }

    /**
     * Put all mappings from the specified map as entries to {@link FieldViolation#attributes() attributes} map. Nulls are not permitted
     * @param entries The entries that will be added to the attributes map
     * @return {@code this} builder for use in a chained invocation
     */
    public final FieldViolation.Builder putAllAttributes(Map<String, ? extends String> entries) {
      for (Map.Entry<String, ? extends String> e : entries.entrySet()) {
        String k = e.getKey();
        String v = e.getValue();
        this.attributes.put(
            ImmutableFieldViolation.requireNonNull(k, "attributes key"),
            ImmutableFieldViolation.requireNonNull(v, v == null ? "attributes value for key: " + k : null));
      }
      return (FieldViolation.Builder) this;
    }

    /**
     * Builds a new {@link FieldViolation FieldViolation}.
     * @return An immutable instance of FieldViolation
     * @throws id.kim.core.validation.IncompleteValueException if any required attributes are missing
     */
    public FieldViolation build() {
      checkRequiredAttributes();
      return new ImmutableFieldViolation(
          path,
          constraint,
          messageKey,
          rejectedValue,
          ruleId,
          createUnmodifiableMap(false, false, attributes));
    }

    private boolean pathIsSet() {
      return (initBits & INIT_BIT_PATH) == 0;
    }

    private boolean constraintIsSet() {
      return (initBits & INIT_BIT_CONSTRAINT) == 0;
    }

    private boolean messageKeyIsSet() {
      return (initBits & INIT_BIT_MESSAGE_KEY) == 0;
    }

    private boolean rejectedValueIsSet() {
      return (initBits & INIT_BIT_REJECTED_VALUE) == 0;
    }

    private void checkRequiredAttributes() {
      if (initBits != 0) {
        throw new IncompleteValueException(formatRequiredAttributesMessage());
      }
    }

    private String formatRequiredAttributesMessage() {
      List<String> attributes = new ArrayList<>();
      if (!pathIsSet()) attributes.add("path");
      if (!constraintIsSet()) attributes.add("constraint");
      if (!messageKeyIsSet()) attributes.add("messageKey");
      if (!rejectedValueIsSet()) attributes.add("rejectedValue");
      return "Cannot build FieldViolation, some of required attributes are not set " + attributes;
    }
  }

  private static <T> T requireNonNull(T object, String message) {
    if (object == null) throw new MissingValueException(message);
    return object;
  }

  private static <K, V> Map<K, V> createUnmodifiableMap(boolean checkNulls, boolean skipNulls, Map<? extends K, ? extends V> map) {
    switch (map.size()) {
    case 0: return Collections.emptyMap();
    case 1: {
      Map.Entry<? extends K, ? extends V> e = map.entrySet().iterator().next();
      K k = e.getKey();
      V v = e.getValue();
      if (checkNulls) {
        ImmutableFieldViolation.requireNonNull(k, "key");
        ImmutableFieldViolation.requireNonNull(v, v == null ? "value for key: " + k : null);
      }
      if (skipNulls && (k == null || v == null)) {
        return Collections.emptyMap();
      }
      return Collections.singletonMap(k, v);
    }
    default: {
      Map<K, V> linkedMap = new LinkedHashMap<>(map.size() * 4 / 3 + 1);
      if (skipNulls || checkNulls) {
        for (Map.Entry<? extends K, ? extends V> e : map.entrySet()) {
          K k = e.getKey();
          V v = e.getValue();
          if (skipNulls) {
            if (k == null || v == null) continue;
          } else if (checkNulls) {
            ImmutableFieldViolation.requireNonNull(k, "key");
            ImmutableFieldViolation.requireNonNull(v, v == null ? "value for key: " + k : null);
          }
          linkedMap.put(k, v);
        }
      } else {
        linkedMap.putAll(map);
      }
      return Collections.unmodifiableMap(linkedMap);
    }
    }
  }
}
