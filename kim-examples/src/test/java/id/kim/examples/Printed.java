package id.kim.examples;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;

/** Assertions on what an example prints; every fragment is checked, and each one that fails is reported. */
final class Printed {
  private Printed() {}

  /** Asserts that {@code out} contains every one of {@code fragments}. */
  static void assertContains(String out, String... fragments) {
    assertAll(Stream.of(fragments).map(f -> (Executable) () -> assertTrue(out.contains(f),
        () -> "lacks \"" + f + "\" in:\n" + out)));
  }

  /** Asserts that {@code out} contains none of {@code fragments} (personal data, text it must not print). */
  static void assertLacks(String out, String... fragments) {
    assertAll(Stream.of(fragments).map(f -> (Executable) () -> assertFalse(out.contains(f),
        () -> "shows \"" + f + "\" in:\n" + out)));
  }
}
