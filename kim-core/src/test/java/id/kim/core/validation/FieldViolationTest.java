package id.kim.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.kim.core.i18n.Lang;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** One finding as a reader sees it: its message per language, with its attributes, and its one-line form. */
class FieldViolationTest {
  private static final FieldViolation TOO_LONG = FieldViolation.builder().path("name").constraint("Size")
      .messageKey("kim.text.tooLong").rejectedValue("KIM Gumbrih…").ruleId("PROFILE-a").putAttribute("max", "150")
      .build();

  @Test
  @DisplayName("the message is the bundle's text with the constraint's attributes filled in, per language")
  void message() {
    assertEquals("terlalu panjang: paling banyak 150 karakter", TOO_LONG.message(Lang.ID));
    assertEquals("terlalu panjang: paling banyak 150 karakter", TOO_LONG.message());
    assertEquals("too long: at most 150 characters", TOO_LONG.message(Lang.EN));
  }

  @Test
  @DisplayName("describe names the field (or the value itself), the problem, the rejected value and the rule")
  void describe() {
    assertEquals("name: terlalu panjang: paling banyak 150 karakter (nilai: KIM Gumbrih…; PROFILE-a)",
        TOO_LONG.describe(Lang.ID));
    assertEquals("name: too long: at most 150 characters (value: KIM Gumbrih…; PROFILE-a)",
        TOO_LONG.describe(Lang.EN));
    assertEquals(TOO_LONG.describe(Lang.EN), TOO_LONG.toString());
    FieldViolation whole = FieldViolation.builder().path("").constraint("ChronologicalPeriod")
        .messageKey("kim.period.endBeforeStart").rejectedValue("-").build();
    assertEquals("(value): the period ends before it starts (value: -)", whole.describe(Lang.EN));
  }
}
