package id.kim.core.validation;

import id.kim.core.i18n.Lang;
import io.vavr.collection.Seq;

/**
 * Thrown by {@link KimValidator#require(Object)} when a value breaks constraints. It carries every
 * violation, not just the first; its message lists them (masked) in Indonesian and English.
 */
public final class InvalidValueException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private final transient Seq<FieldViolation> violations;

  /**
   * @param typeName the simple name of the rejected value's type
   * @param violations what is wrong
   */
  public InvalidValueException(String typeName, Seq<FieldViolation> violations) {
    super(typeName + " is invalid / tidak valid:"
        + violations.map(v -> "\n  - " + v.describe(Lang.ID) + "\n    " + v.describe(Lang.EN)).mkString());
    this.violations = violations;
  }

  /** @return every violation found */
  public Seq<FieldViolation> violations() {
    return violations;
  }
}
