package id.kim.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.community.KimProfile;
import id.kim.core.community.KimRecord;
import id.kim.core.contact.PhoneNumber;
import id.kim.core.validation.FieldViolation;
import id.kim.core.validation.KimValidator;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The Defect API: lifting into hosts, matching findings, the seeded invalid samples. */
class DefectApiTest {

  @Test
  @DisplayName("within() joins paths (attribute.path, list[0].path, set[].path) and lets the host's rule win")
  void liftingJoinsPathsAndRules() {
    Defect<PhoneNumber> bad = Defects.phoneNumber().get(0);
    assertEquals("value", bad.path());
    assertEquals(Optional.empty(), bad.ruleId());
    Defect<KimProfile> inProfile = bad.within("KimProfile", "whatsapp", Optional.of("PROFILE-i"),
        ProfileSamplers.profile(), KimProfile::withWhatsapp);
    assertEquals("whatsapp.value", inProfile.path());
    assertEquals(Optional.of("PROFILE-i"), inProfile.ruleId());
    assertEquals("KimProfile.whatsapp.value: not an Indonesian telephone number", inProfile.name());
    Defect<KimRecord> inRecord = inProfile.within("KimRecord", "profile", Optional.empty(), RecordSamplers.record(),
        KimRecord::withProfile);
    assertEquals("profile.whatsapp.value", inRecord.path());
    assertEquals(Optional.of("PROFILE-i"), inRecord.ruleId(), "the outermost annotated attribute is cited");
    assertEquals(
        "Defect[KimRecord.profile.whatsapp.value: not an Indonesian telephone number → kim.phone.invalid, PROFILE-i]",
        inRecord.toString());
    assertTrue(Defects.record().stream().anyMatch(d -> d.path().equals("profile.targetAudience.villages[].name")));
    assertTrue(Defects.record().stream().anyMatch(d -> d.path().equals("board.members[0].title")));
  }

  @Test
  @DisplayName("matches() compares path, message key and rule")
  void matches() {
    Defect<KimProfile> landline = Defects.profile().stream().filter(d -> d.messageKey().equals("kim.phone.notMobile"))
        .findFirst().orElseThrow();
    FieldViolation found = KimValidator.standard().validate(landline.from(new SplittableRandom(3))).getError().single();
    assertTrue(landline.matches(found));
    assertFalse(landline.matches(FieldViolation.builder().from(found).path("fixedLine").build()));
    assertFalse(landline.matches(FieldViolation.builder().from(found).ruleId(Optional.empty()).build()));
    assertFalse(landline.matches(FieldViolation.builder().from(found).messageKey("kim.phone.invalid").build()));
  }

  @Test
  @DisplayName("KimSamples.invalidProfile/invalidRecord: a value with exactly the defect it is paired with")
  void seededInvalidSamples() {
    for (long seed = 0; seed < 300; seed++) {
      Defective<KimProfile> p = KimSamples.invalidProfile(new SplittableRandom(seed));
      assertTrue(p.defect().matches(KimValidator.standard().validate(p.value()).getError().single()), p::toString);
      Defective<KimRecord> r = KimSamples.invalidRecord(new SplittableRandom(seed));
      assertTrue(r.defect().matches(KimValidator.standard().validate(r.value()).getError().single()), r::toString);
      assertEquals(p, KimSamples.invalidProfile(new SplittableRandom(seed)));
    }
  }

  @Test
  @DisplayName("defects are values: equal by name, path, key and rule, their samplers aside")
  void defectsAreValues() {
    assertEquals(Defects.profile(), Defects.profile());
    Defect<KimProfile> d = Defects.profile().get(0);
    assertEquals(d, Defect.<KimProfile>builder().from(d).sampler(x -> KimProfile.builder().name("").build()).build());
  }
}
