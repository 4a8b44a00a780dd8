package id.kim.core.validation;

/**
 * A required value was {@code null}: the SDK never accepts {@code null} (absence is an empty
 * {@code Optional} or an empty collection). The message names the attribute that was missing.
 */
public final class MissingValueException extends NullPointerException {
  private static final long serialVersionUID = 1L;

  /** @param attribute the name of the attribute given {@code null} */
  public MissingValueException(String attribute) {
    super("'" + attribute + "' must not be null: the KIM SDK takes no nulls "
        + "(use Optional.empty() or an empty collection for an absent value)"
        + " / '" + attribute + "' tidak boleh null");
  }

  /**
   * The SDK's {@code Objects.requireNonNull}: for the arguments of hand-written methods, so that a
   * {@code null} is reported like one given to a builder.
   *
   * @param value an argument
   * @param parameter the parameter's name, e.g. {@code "asOf"}
   * @param <T> its type
   * @return {@code value}
   * @throws MissingValueException if {@code value} is null
   */
  public static <T> T requireNonNull(T value, String parameter) {
    if (value == null) {
      throw new MissingValueException(parameter);
    }
    return value;
  }

  /**
   * {@link #requireNonNull} for an array and each of its elements, e.g. a varargs parameter.
   *
   * @param values an array argument
   * @param parameter the parameter's name, e.g. {@code "more"}; an element is named {@code "more[2]"}
   * @param <T> the element type
   * @return {@code values}
   * @throws MissingValueException if the array or one of its elements is null
   */
  public static <T> T[] requireNonNullElements(T[] values, String parameter) {
    requireNonNull(values, parameter);
    for (int i = 0; i < values.length; i++) {
      requireNonNull(values[i], parameter + "[" + i + "]");
    }
    return values;
  }
}
