package id.kim.json;

import java.util.HashMap;
import java.util.Map;

/**
 * The decoded fields of one JSON object, handed to the function that builds the SDK value through
 * its public builder or factory.
 */
public final class Decoded {
  private final JsonPath path;
  private final Map<String, Object> values = new HashMap<>();

  Decoded(JsonPath path) {
    this.path = path;
  }

  <V> void put(Field<?, V> field, V value) {
    values.put(field.name(), value);
  }

  /**
   * @param field a field of the object
   * @param <V> its decoded type
   * @return its decoded value (an empty Optional or list when absent)
   */
  @SuppressWarnings("unchecked")
  public <V> V get(Field<?, V> field) {
    if (!values.containsKey(field.name())) {
      throw new IllegalArgumentException("field '" + field.name() + "' is not a field of the object at " + path);
    }
    return (V) values.get(field.name());
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
}
