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
}
