package id.kim.core.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Telephone numbers of PROFILE-i: the forms a Dinas receives, normalised to E.164. */
class PhoneNumberTest {

  @Test
  @DisplayName("every accepted form gives the same E.164 number")
  void normalisedForms() {
    for (String written : new String[] {"0812-3456-7890", "+62 812 3456 7890", "6281234567890", "(0812) 3456.7890"}) {
      PhoneNumber n = PhoneNumber.of(written);
      assertEquals(Optional.of("81234567890"), n.nationalNumber(), written);
      assertEquals(Optional.of("+6281234567890"), n.e164(), written);
      assertTrue(n.isMobile(), written);
    }
  }

  @Test
  @DisplayName("a fixed line is not mobile; a short 8… number is not mobile either; a malformed one has no national number")
  void mobileOrNot() {
    assertFalse(PhoneNumber.of("(0361) 234567").isMobile());
    assertEquals(Optional.of("+62361234567"), PhoneNumber.of("(0361) 234567").e164());
    assertFalse(PhoneNumber.of("08123456").isMobile(), "national number of 7 digits");
    assertTrue(PhoneNumber.of("0812345678").isMobile(), "national number of 9 digits");
    assertEquals(Optional.empty(), PhoneNumber.of("0812").nationalNumber());
    assertFalse(PhoneNumber.of("0812").isMobile());
  }
}
