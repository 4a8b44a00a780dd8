package id.kim.rules.collaboration;

import id.kim.core.validation.MissingValueException;

/**
 * Argument checks shared by the collaboration packages: a {@code null} argument is a programming
 * error and fails at once with a {@link MissingValueException} naming the parameter.
 */
public final class Args {
  private Args() {}

  /**
   * @param value an argument
   * @param name the parameter's name
   * @param <T> its type
   * @return the value
   * @throws MissingValueException if the value is {@code null}
   */
  public static <T> T require(T value, String name) {
    if (value == null) {
      throw new MissingValueException(name);
    }
    return value;
  }

  /**
   * @param values an array, e.g. a varargs parameter
   * @param name the parameter's name
   * @param <T> the element type
   * @return the array
   * @throws MissingValueException if the array or any element is {@code null}
   */
  public static <T> T[] requireAll(T[] values, String name) {
    require(values, name);
    for (int i = 0; i < values.length; i++) {
      require(values[i], name + "[" + i + "]");
    }
    return values;
  }
}
