package id.kim.core.validation;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The SDK's one argument check: a null fails at once, naming the parameter (or the element of an array). */
class MissingValueExceptionTest {

  @Test
  @DisplayName("requireNonNull returns the value, or names the parameter")
  void requireNonNull() {
    String value = "x";
    assertSame(value, MissingValueException.requireNonNull(value, "asOf"));
    MissingValueException e = assertThrows(MissingValueException.class,
        () -> MissingValueException.requireNonNull(null, "asOf"));
    assertTrue(e.getMessage().startsWith("'asOf' must not be null"), e.getMessage());
  }

  @Test
  @DisplayName("requireNonNullElements names the array, or the index of the null element")
  void requireNonNullElements() {
    String[] values = {"a", "b"};
    assertSame(values, MissingValueException.requireNonNullElements(values, "more"));
    MissingValueException whole = assertThrows(MissingValueException.class,
        () -> MissingValueException.requireNonNullElements((String[]) null, "more"));
    assertTrue(whole.getMessage().startsWith("'more' must not be null"), whole.getMessage());
    MissingValueException element = assertThrows(MissingValueException.class,
        () -> MissingValueException.requireNonNullElements(new String[] {"a", null}, "more"));
    assertTrue(element.getMessage().startsWith("'more[1]' must not be null"), element.getMessage());
  }
}
