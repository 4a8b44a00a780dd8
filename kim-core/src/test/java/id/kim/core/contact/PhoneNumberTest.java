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
    for (String written : new String[] {"0812-0000-0000", "+62 812 0000 0000", "6281200000000", "(0812) 0000.0000"}) {
      PhoneNumber n = PhoneNumber.of(written);
      assertEquals(Optional.of("81200000000"), n.nationalNumber(), written);
      assertEquals(Optional.of("+6281200000000"), n.e164(), written);
      assertTrue(n.isMobile(), written);
    }
  }

  @Test
  @DisplayName(
      "a fixed line is not mobile; a short 8… number is not mobile either; a malformed one has no national number")
  void mobileOrNot() {
    assertFalse(PhoneNumber.of("(0361) 000000").isMobile());
    assertEquals(Optional.of("+62361000000"), PhoneNumber.of("(0361) 000000").e164());
    assertFalse(PhoneNumber.of("08120000").isMobile(), "national number of 7 digits");
    assertTrue(PhoneNumber.of("0812000000").isMobile(), "national number of 9 digits");
    assertEquals(Optional.empty(), PhoneNumber.of("0812").nationalNumber());
    assertFalse(PhoneNumber.of("0812").isMobile());
  }
}
