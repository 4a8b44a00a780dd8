package id.kim.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import id.kim.core.community.CommunityNumber;
import id.kim.core.community.KimProfile;
import id.kim.core.contact.EmailAddress;
import id.kim.core.contact.PhoneNumber;
import id.kim.core.media.KimMedium;
import id.kim.core.media.Platform;
import id.kim.core.region.Address;
import id.kim.core.region.District;
import id.kim.core.region.Province;
import id.kim.core.region.RegencyCity;
import id.kim.core.region.RegencyCityKind;
import id.kim.core.region.RtRw;
import id.kim.core.region.Village;
import id.kim.core.region.VillageKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * GAP-49 (personal data, UU 27/2022): the rejected value a finding shows is the masked form of personal
 * data, never the data; a 16-digit number is shown as a NIK would be (first four and last two digits);
 * a long text is cut at 80 characters so that a finding stays one readable line.
 */
class RejectedValueTest {
  private static final KimValidator KIM = KimValidator.standard();
  private static final RegencyCity JEMBRANA =
      RegencyCity.of("Jembrana", RegencyCityKind.KABUPATEN, Province.of("Bali"));

  private static FieldViolation single(Object value) {
    return KIM.validate(value).getError().single();
  }

  private static KimProfile.Builder profile() {
    return KimProfile.builder().name("KIM Gumbrih");
  }

  @Test
  @DisplayName("PROFILE-i: a landline given as WhatsApp is shown by its masked form, the number itself")
  void personalValueIsMasked() {
    FieldViolation v = single(profile().whatsapp(PhoneNumber.of("(0361) 000000")).build());
    assertEquals("whatsapp", v.path());
    assertEquals(PhoneNumber.of("(0361) 000000").masked(), v.rejectedValue());
    assertEquals("0361****00", v.rejectedValue());
  }

  @Test
  @DisplayName("PROFILE-j: a malformed e-mail address is a field of personal data: the address is shown masked")
  void fieldOfPersonalDataIsMasked() {
    EmailAddress wrong = EmailAddress.of("siti.aminah@desa");
    FieldViolation v = single(profile().email(wrong).build());
    assertEquals("email.value", v.path());
    assertEquals("kim.email.invalid", v.messageKey());
    assertEquals(wrong.masked(), v.rejectedValue());
    assertFalse(v.rejectedValue().contains("aminah"), v.rejectedValue());
  }

  @Test
  @DisplayName("GAP-12: a community number in NIK shape, written with separators, shows four and two digits")
  void nikShapedCommunityNumber() {
    FieldViolation v = single(profile().communityNumber(CommunityNumber.of("5101 0123.4567-8901", JEMBRANA)).build());
    assertEquals("communityNumber.value", v.path());
    assertEquals("kim.communityNumber.looksLikePopulationNik", v.messageKey());
    assertEquals("PROFILE-c", v.ruleId().orElseThrow());
    assertEquals("5101**********01", v.rejectedValue());
  }

  @Test
  @DisplayName("PROFILE-e: any rejected 16-digit text, here an RT number, is shown as a NIK would be")
  void sixteenDigitsAreMaskedAnywhere() {
    Address address = Address.builder().street("Jl. Melati").rtRw(RtRw.of("5101012345678901", "005")).build();
    FieldViolation v = single(address);
    assertEquals("rtRw.rt", v.path());
    assertEquals("kim.rtrw.invalid", v.messageKey());
    assertEquals("5101**********01", v.rejectedValue());
  }

  @Test
  @DisplayName("a rejected text of 80 characters is shown whole, one of 81 cut to 77 and '...'")
  void longTextsAreCut() {
    String eighty = "ftp://kim.example/" + "a".repeat(62);
    assertEquals(80, eighty.length());
    assertEquals(eighty, single(KimMedium.of(Platform.WEBSITE).withUrl(eighty)).rejectedValue());
    String cut = single(KimMedium.of(Platform.WEBSITE).withUrl(eighty + "b")).rejectedValue();
    assertEquals(eighty.substring(0, 77) + "...", cut);
    Village village = Village.of("D".repeat(81), VillageKind.DESA, District.of("Pekutatan"));
    assertEquals("D".repeat(77) + "...", single(village).rejectedValue());
  }
}
