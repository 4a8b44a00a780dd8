package id.kim.rules.evaluation;

import id.kim.core.validation.MissingValueException;

/** Null checks that name the parameter (a programming error, never a bare NPE). */
final class Args {
  private Args() {}

  static void require(Object value, String name) {
    if (value == null) {
      throw new MissingValueException(name);
    }
  }
}
