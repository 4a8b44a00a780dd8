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
}
