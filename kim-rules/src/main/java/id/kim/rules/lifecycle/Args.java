package id.kim.rules.lifecycle;

import id.kim.core.validation.MissingValueException;

/** Null checks for the package's factories: a null argument is a programming error naming the parameter. */
final class Args {
  private Args() {}

  static <T> T require(T value, String name) {
    if (value == null) {
      throw new MissingValueException(name);
    }
    return value;
  }
}
