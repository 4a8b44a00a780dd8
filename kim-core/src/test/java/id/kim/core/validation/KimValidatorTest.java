package id.kim.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.community.KimProfile;
import id.kim.core.contact.PhoneNumber;
import id.kim.core.region.Province;
import id.kim.core.region.RegencyCity;
import id.kim.core.region.RegencyCityKind;
import id.kim.core.region.RegionCode;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@link KimValidator#require} and values that are not kim-core's own: a caller's type is checked with
 * the same configuration (record-style accessors, message keys, masking) by the general validator.
 */
class KimValidatorTest {
  private static final KimValidator KIM = KimValidator.standard();

  /** A caller's own type, outside kim-core's predefined scope. */
  static final class Visit {
    private final String officer;
    private final Object phone;

    Visit(String officer, Object phone) {
      this.officer = officer;
      this.phone = phone;
    }

    @NotNull(message = "{kim.text.blank}")
    public String officer() {
      return officer;
    }

    /** Must not be given; declared as {@code Object}, so a given optional is checked itself, not its content. */
    @Null
    public Object phone() {
      return phone;
    }
  }

  @Test
  @DisplayName("PROFILE-i: require returns a valid value itself and throws for an invalid one, listing every "
      + "violation in both languages, masked")
  void require() {
    KimProfile valid = KimProfile.builder().name("KIM Gumbrih").whatsapp(PhoneNumber.of("0812-0000-0000")).build();
    assertSame(valid, KIM.require(valid));
    KimProfile landline = KimProfile.builder().name("KIM Gumbrih").whatsapp(PhoneNumber.of("(0361) 000000")).build();
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> KIM.require(landline));
    assertEquals(KIM.validate(landline).getError(), e.violations());
    assertEquals("whatsapp", e.violations().single().path());
    String message = e.getMessage();
    assertTrue(message.startsWith("KimProfile is invalid / tidak valid:\n  - whatsapp: bukan nomor seluler"), message);
    assertTrue(message.contains("(nilai: 0361****00; PROFILE-i)\n    whatsapp: is not a mobile number"), message);
    assertTrue(message.endsWith("(value: 0361****00; PROFILE-i)"), message);
    assertFalse(message.contains("000000"), message);
    assertThrows(MissingValueException.class, () -> KIM.validate(null));
  }

  @Test
  @DisplayName("a caller's own type is validated too: a missing value is shown as '-', an optional by its "
      + "content, masked when personal")
  void callersOwnType() {
    assertTrue(KIM.validate(new Visit("Bagus", null)).isValid());
    FieldViolation missing = KIM.validate(new Visit(null, null)).getError().single();
    assertEquals("officer", missing.path());
    assertEquals("kim.text.blank", missing.messageKey());
    assertEquals("NotNull", missing.constraint());
    assertEquals("-", missing.rejectedValue());
    FieldViolation phone = KIM.validate(new Visit("Bagus", Optional.of(PhoneNumber.of("0812-0000-0000"))))
        .getError().single();
    assertEquals("phone", phone.path());
    assertEquals("0812******00", phone.rejectedValue());
    assertEquals(Optional.empty(), phone.ruleId());
  }

  @Test
  @DisplayName("REGION-CODE-3: the engine alone finds the same violation as the validator")
  void engineFindsTheSame() {
    RegencyCity jembrana = RegencyCity.of("Jembrana", RegencyCityKind.KABUPATEN,
        Province.of("Banten").withCode(RegionCode.parse("36"))).withCode(RegionCode.parse("51.01"));
    assertEquals(1, KIM.engineViolations(jembrana).size());
    assertEquals("code", KimValidator.pathOf(KIM.engineViolations(jembrana).iterator().next().getPropertyPath()));
    assertEquals(1, KIM.engine().validate(jembrana).size());
  }
}
