package id.kim.json;

import org.jspecify.annotations.Nullable;

/**
 * The decoded fields of one JSON object, handed to the function that builds the SDK value through
 * its public builder or factory.
 */
public final class Decoded {
  private final JsonPath path;
  private final Field<?, ?>[] fields;
  /** The decoded values by slot; an empty slot is {@code null} (a codec never decodes {@code null}). */
  private final @Nullable Object[] values;

  /** @param fields the object's fields, in declaration order (not copied); a value is kept at its field's index */
  Decoded(JsonPath path, Field<?, ?>[] fields) {
    this.path = path;
    this.fields = fields;
    this.values = new Object[fields.length];
  }

  /**
   * @param slot the field's index among the object's fields
   * @param value its decoded value (an absent field decodes as an empty value, never as {@code null})
   * @return whether the field had no value yet (a second value means a duplicate field)
   */
  boolean put(int slot, Object value) {
    boolean first = values[slot] == null;
    values[slot] = value;
    return first;
  }

  /** @return the value of the field at {@code slot}, once {@link #has} it */
  Object get(int slot) {
    return values[slot];
  }

  /** @return whether the field at {@code slot} has a value */
  boolean has(int slot) {
    return values[slot] != null;
  }

  /**
   * @param field a field of the object
   * @param <V> its decoded type
   * @return its decoded value (an empty Optional or list when absent)
   */
  @SuppressWarnings("unchecked")
  public <V> V get(Field<?, V> field) {
    int slot = slot(field);
    if (slot < 0 || values[slot] == null) {
      throw new IllegalArgumentException("field '" + field.name() + "' is not a field of the object at " + path);
    }
    return (V) get(slot);
  }

  /** @return the path of the object */
  public JsonPath path() {
    return path;
  }

  /**
   * @param field a field of the object
   * @return the path of that field, for problems found while building
   */
  public JsonPath path(Field<?, ?> field) {
    return path.field(field.name());
  }

  /** @return the index of the field (the same instance, else one of the same name), -1 if none */
  private int slot(Field<?, ?> field) {
    for (int i = 0; i < fields.length; i++) {
      if (fields[i] == field) {
        return i;
      }
    }
    for (int i = 0; i < fields.length; i++) {
      if (fields[i].name().equals(field.name())) {
        return i;
      }
    }
    return -1;
  }
}
