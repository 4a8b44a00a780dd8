package id.kim.json;

/**
 * The decoded fields of one JSON object, handed to the function that builds the SDK value through
 * its public builder or factory.
 */
public final class Decoded {
  /** Stands for a decoded {@code null}: an empty slot is {@code null}. */
  private static final Object NULL = new Object();
  private final JsonPath path;
  private final Field<?, ?>[] fields;
  private final Object[] values;

  /** @param fields the object's fields, in declaration order (not copied); a value is kept at its field's index */
  Decoded(JsonPath path, Field<?, ?>[] fields) {
    this.path = path;
    this.fields = fields;
    this.values = new Object[fields.length];
  }

  /**
   * @param slot the field's index among the object's fields
   * @param value its decoded value
   * @return whether the field had no value yet (a second value means a duplicate field)
   */
  boolean put(int slot, Object value) {
    boolean first = values[slot] == null;
    values[slot] = value == null ? NULL : value;
    return first;
  }

  /** @return the value of the field at {@code slot} */
  Object get(int slot) {
    Object value = values[slot];
    return value == NULL ? null : value;
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
