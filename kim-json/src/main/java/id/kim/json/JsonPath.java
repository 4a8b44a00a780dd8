package id.kim.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Where a value sits in a JSON document, written as a JSONPath such as
 * {@code $.profile.seat.district.name} or {@code $.media[2].url}. Immutable; each step returns a
 * new path. A step only links to its parent: the text is rendered when asked for (by a problem,
 * which is rare), so that reading a valid document pays one small object per value, not a string.
 */
public final class JsonPath {
  private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final JsonPath ROOT = new JsonPath(null, "$", -1);

  /** The path this step is taken from; {@code null} for the root and a literal path, which have their text. */
  private final @Nullable JsonPath parent;
  /** The field name, {@code null} for an array index; or, with no parent, the text of the whole path. */
  private final @Nullable String name;
  /** The array index, -1 for a field. */
  private final int index;
  /** The rendered text, once asked for (a benign race: every thread renders the same string). */
  private @Nullable String text;

  private JsonPath(@Nullable JsonPath parent, @Nullable String name, int index) {
    this.parent = parent;
    this.name = name;
    this.index = index;
    this.text = parent == null ? name : null;
  }

  private static JsonPath literal(String text) {
    return new JsonPath(null, text, -1);
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
    return new JsonPath(this, name, -1);
  }

  /**
   * @param index a zero-based array index
   * @return the path of that element of the array at this path
   */
  public JsonPath index(int index) {
    return new JsonPath(this, null, index);
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

  /**
   * Converts the path of a {@code FieldViolation} (kim-core validation: {@code profile.reach[0].value},
   * {@code targetAudience.villages[].name}) into the path of the same value in the contract's JSON,
   * whose field names are the accessors' names: {@code $.profile.reach[0].value}. An element of a set
   * has no index in validation, so it becomes {@code [*]} (any element); a map key becomes a field.
   *
   * @param fieldPath a violation's path, empty for the value itself
   * @return the path relative to this one
   */
  public JsonPath resolveField(String fieldPath) {
    return resolveField(fieldPath, MissingNode.getInstance());
  }

  /**
   * {@link #resolveField(String)} walked in the document the value was read from: where the document
   * holds a scalar (a phone number or an e-mail address is written as one string), the path stops
   * there, since the rest names a part of that scalar ({@code profile.whatsapp.value} is
   * {@code $.profile.whatsapp}).
   *
   * @param fieldPath a violation's path
   * @param node the JSON value at this path (a missing node when unknown)
   * @return the path relative to this one
   */
  JsonPath resolveField(String fieldPath, JsonNode node) {
    JsonPath path = this;
    JsonNode at = node;
    int i = 0;
    while (i < fieldPath.length()) {
      if (at.isValueNode()) {
        return path;
      }
      char c = fieldPath.charAt(i);
      if (c == '.') {
        i++;
      } else if (c == '[') {
        int close = fieldPath.indexOf(']', i);
        close = close < 0 ? fieldPath.length() : close;
        String inside = fieldPath.substring(i + 1, close);
        if (inside.isEmpty()) {
          path = literal(path + "[*]");
          at = MissingNode.getInstance();
        } else if (inside.matches("0|[1-9][0-9]{0,8}")) {
          path = path.index(Integer.parseInt(inside));
          at = at.path(Integer.parseInt(inside));
        } else {
          path = path.field(inside);
          at = at.path(inside);
        }
        i = close + 1;
      } else {
        int end = i;
        while (end < fieldPath.length() && fieldPath.charAt(end) != '.' && fieldPath.charAt(end) != '[') {
          end++;
        }
        String name = fieldPath.substring(i, end);
        path = path.field(name);
        at = at.path(name);
        i = end;
      }
    }
    return path;
  }

  /** @return the path as JSONPath text */
  @Override
  @SuppressWarnings("NullAway") // a path without a parent is created with its text: only a step renders its parent
  public String toString() {
    String t = text;
    if (t == null) {
      t = render(parent.toString());
      text = t;
    }
    return t;
  }

  private String render(String at) {
    String name = this.name;
    if (name == null) {
      return at + "[" + index + "]";
    }
    if (PLAIN_NAME.matcher(name).matches()) {
      return at + "." + name;
    }
    return at + "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
  }
}
