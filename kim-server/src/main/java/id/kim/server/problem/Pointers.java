package id.kim.server.problem;

/**
 * Converts the JSONPath of kim-json's problems ({@code $.records[3].profile['e-mail']}) into the JSON
 * Pointer of RFC 6901 that a problem document names ({@code /records/3/profile/e-mail}). An element of
 * a set, which has no index ({@code [*]}), becomes the step {@code *}.
 */
public final class Pointers {
  private Pointers() {}

  /**
   * @param jsonPath a path starting with {@code $}
   * @return the pointer; {@code ""} for the document itself
   * @throws IllegalArgumentException if {@code jsonPath} does not start with {@code $}
   */
  public static String fromJsonPath(String jsonPath) {
    if (jsonPath == null || !jsonPath.startsWith("$")) {
      throw new IllegalArgumentException("jsonPath must start with '$'");
    }
    StringBuilder out = new StringBuilder();
    int i = 1;
    while (i < jsonPath.length()) {
      char c = jsonPath.charAt(i);
      if (c == '.') {
        int end = i + 1;
        while (end < jsonPath.length() && jsonPath.charAt(end) != '.' && jsonPath.charAt(end) != '[') {
          end++;
        }
        step(out, jsonPath.substring(i + 1, end));
        i = end;
      } else if (c == '[' && i + 1 < jsonPath.length() && jsonPath.charAt(i + 1) == '\'') {
        StringBuilder name = new StringBuilder();
        int j = i + 2;
        while (j < jsonPath.length() && jsonPath.charAt(j) != '\'') {
          if (jsonPath.charAt(j) == '\\' && j + 1 < jsonPath.length()) {
            j++;
          }
          name.append(jsonPath.charAt(j++));
        }
        step(out, name.toString());
        i = j + 2;
      } else if (c == '[') {
        int close = jsonPath.indexOf(']', i);
        close = close < 0 ? jsonPath.length() : close;
        step(out, jsonPath.substring(i + 1, close));
        i = close + 1;
      } else {
        i++;
      }
    }
    return out.toString();
  }

  /**
   * @param prefix a pointer, e.g. {@code /records}
   * @param jsonPath a path relative to the value at {@code prefix}, starting with {@code $}
   * @return the pointer of that path within the whole document
   */
  public static String under(String prefix, String jsonPath) {
    return prefix + fromJsonPath(jsonPath);
  }

  private static void step(StringBuilder out, String name) {
    out.append('/').append(name.replace("~", "~0").replace("/", "~1"));
  }
}
