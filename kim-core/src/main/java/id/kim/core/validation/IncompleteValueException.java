package id.kim.core.validation;

/**
 * A builder was asked to build a value before every required attribute was set. The message lists
 * the missing attributes.
 */
public final class IncompleteValueException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  /** @param message the builder's description of what is missing */
  public IncompleteValueException(String message) {
    super(message);
  }
}
