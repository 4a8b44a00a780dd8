package id.kim.json;

import java.util.regex.Pattern;

/**
 * Where a value sits in a JSON document, written as a JSONPath such as
 * {@code $.profile.seat.district.name} or {@code $.media[2].url}. Immutable; each step returns a
 * new path.
 */
public final class JsonPath {
  private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final JsonPath ROOT = new JsonPath("$");

  private final String text;

  private JsonPath(String text) {
    this.text = text;
  }

  /** @return the document itself, {@code $} */
  public static JsonPath root() {
    return ROOT;
  }

  /**
   * @param name a field name
   * @return the path of that field of the value at this path
   */
  public JsonPath field(String name) {
    if (PLAIN_NAME.matcher(name).matches()) {
      return new JsonPath(text + "." + name);
    }
    return new JsonPath(text + "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']");
  }

  /**
   * @param index a zero-based array index
   * @return the path of that element of the array at this path
   */
  public JsonPath index(int index) {
    return new JsonPath(text + "[" + index + "]");
  }

  /**
   * Converts a JSON Pointer (RFC 6901, e.g. {@code /profile/media/2}) into a path; numeric steps
   * become indexes.
   *
   * @param pointer the pointer
   * @return the path
   */
  public static JsonPath fromPointer(String pointer) {
    JsonPath path = ROOT;
    if (pointer.isEmpty()) {
      return path;
    }
    for (String step : pointer.substring(1).split("/", -1)) {
      String name = step.replace("~1", "/").replace("~0", "~");
      path = name.matches("0|[1-9][0-9]{0,8}") ? path.index(Integer.parseInt(name)) : path.field(name);
    }
    return path;
  }

  /** @return the path as JSONPath text */
  @Override
  public String toString() {
    return text;
  }
}
