package id.kim.core.validation.constraints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.community.CommunityNumber;
import id.kim.core.community.KimProfile;
import id.kim.core.region.Province;
import id.kim.core.region.RegencyCity;
import id.kim.core.region.RegencyCityKind;
import id.kim.core.validation.FieldViolation;
import id.kim.core.validation.KimValidator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The edges of the regex-free checks: the longest accepted text and one more, the first and last
 * letters and digits of ASCII and their neighbours, and an absent value (an empty {@code Optional},
 * which Hibernate Validator passes as {@code null}) that is always valid.
 */
class ConstraintEdgesTest {
  private static final RegencyCity JEMBRANA =
      RegencyCity.of("Jembrana", RegencyCityKind.KABUPATEN, Province.of("Bali"));

  @Test
  @DisplayName("PROFILE-c: a community number has 1 to 40 characters, starting with an ASCII letter or digit")
  void communityNumberShape() {
    assertTrue(CommunityNumberFormatValidator.hasShape("K".repeat(40)));
    assertFalse(CommunityNumberFormatValidator.hasShape("K".repeat(41)));
    for (String first : new String[] {"A", "Z", "a", "z", "0", "9"}) {
      assertTrue(CommunityNumberFormatValidator.hasShape(first + "/01"), first);
      assertTrue(CommunityNumberFormatValidator.hasShape("KIM" + first), first);
    }
    for (String neighbour : new String[] {"@", "[", "`", "{", ":"}) {
      assertFalse(CommunityNumberFormatValidator.hasShape(neighbour + "01"), neighbour);
      assertFalse(CommunityNumberFormatValidator.hasShape("KIM" + neighbour), neighbour);
    }
    assertFalse(CommunityNumberFormatValidator.hasShape("/01"), "a slash only after the first character");
  }

  @Test
  @DisplayName("PROFILE-c: a malformed community number is refused on its value with kim.communityNumber.invalid")
  void communityNumberThroughTheValidator() {
    CommunityNumberFormatValidator validator = new CommunityNumberFormatValidator();
    assertTrue(validator.isValid(null, null), "absent");
    KimProfile profile = KimProfile.builder().name("KIM Gumbrih")
        .communityNumber(CommunityNumber.of("KIM 01 ", JEMBRANA)).build();
    FieldViolation v = KimValidator.standard().validate(profile).getError().single();
    assertEquals("communityNumber.value", v.path());
    assertEquals("kim.communityNumber.invalid", v.messageKey());
    assertEquals("PROFILE-c", v.ruleId().orElseThrow());
    assertTrue(KimValidator.standard().validate(profile.withCommunityNumber(CommunityNumber.of("KIM/5101/0007",
        JEMBRANA))).isValid());
  }

  @Test
  @DisplayName("MONITOR-COL-5: a proof link has 1 to 2000 characters")
  void httpLinkLength() {
    String prefix = "https://kim.example/";
    String longest = prefix + "a".repeat(HttpLinkValidator.MAX_LENGTH - prefix.length());
    assertTrue(HttpLinkValidator.isHttpLink(longest));
    assertFalse(HttpLinkValidator.isHttpLink(longest + "a"));
    assertFalse(HttpLinkValidator.isHttpLink(""));
    assertTrue(new HttpLinkValidator().isValid(null, null), "absent");
  }

  @Test
  @DisplayName("PROFILE-e: an absent RT or RW is valid, and absent text is not blank")
  void absentIsValid() {
    assertTrue(new RtRwNumberValidator().isValid(null, null));
    assertTrue(new NotBlankWhenPresentValidator().isValid(null, null));
  }
}
