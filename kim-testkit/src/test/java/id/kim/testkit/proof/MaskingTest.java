package id.kim.testkit.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import id.kim.core.community.CommunityNumber;
import id.kim.core.community.KimProfile;
import id.kim.core.contact.EmailAddress;
import id.kim.core.contact.PersonName;
import id.kim.core.contact.PhoneNumber;
import id.kim.core.i18n.Lang;
import id.kim.core.region.Address;
import id.kim.core.region.RtRw;
import id.kim.core.validation.FieldViolation;
import id.kim.core.validation.InvalidValueException;
import id.kim.core.validation.KimValidator;
import id.kim.testkit.Defect;
import id.kim.testkit.KimGens;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Proof of GAP-49 (personal data, UU 27/2022): {@code toString} of every value never contains the
 * raw name, phone number, e-mail address or street of a person (PROFILE-d, -e, -i, -j), however
 * deeply nested; and a finding on invalid data never echoes it either.
 */
class MaskingTest {

  @TestFactory
  @DisplayName("toString of every generated value and of everything inside it never contains raw personal data")
  Stream<DynamicTest> toStringNeverLeaks() {
    return Generators.valid().entrySet().stream()
        .map(e -> DynamicTest.dynamicTest(e.getKey(), () -> noLeak(e.getValue())));
  }

  @TestFactory
  @DisplayName("findings on defective values (rejected value, messages, exception) never contain raw personal data")
  Stream<DynamicTest> findingsNeverLeak() {
    return Catalogue.all().stream().filter(d -> d.path().contains("name") || d.path().contains("whatsapp")
        || d.path().contains("fixedLine") || d.path().contains("email") || d.path().contains("address")
        || d.path().contains("signatories") || d.path().contains("person")
        || d.type().matches("PersonName|PhoneNumber|EmailAddress|Address"))
        .map(d -> DynamicTest.dynamicTest(d.toString(), () -> findingsDoNotLeak(d)));
  }

  @Test
  @DisplayName("the leak check sees the personal data of a complete profile: contact, street, WhatsApp, e-mail")
  void leakCheckSeesPersonalData() {
    qt().withExamples(50).forAll(KimGens.completeProfile()).checkAssert(p -> {
      Set<String> raw = Personal.rawTexts(p);
      assertTrue(raw.contains(p.contactPerson().orElseThrow().name().value()), raw::toString);
      assertTrue(raw.contains(p.address().orElseThrow().street()), raw::toString);
      assertTrue(raw.contains(p.whatsapp().orElseThrow().value()), raw::toString);
      assertTrue(raw.contains(p.email().orElseThrow().value()), raw::toString);
    });
  }

  @Test
  @DisplayName("examples: each personal-data type prints only its masked form")
  void maskedForms() {
    assertEquals("PersonName[S*** A***]", PersonName.of("Siti Aminah").toString());
    assertEquals("PhoneNumber[0812******00]", PhoneNumber.of("0812-0000-0000").toString());
    assertEquals("EmailAddress[s***@desa.id]", EmailAddress.of("siti@desa.id").toString());
    assertEquals("Address[Jl. ***, RT 003/RW 005, No. ***]",
        Address.builder().street("Jl. Melati").rtRw(RtRw.of("003", "005")).number("12A").build().toString());
  }

  @Test
  @DisplayName("a rejected WhatsApp number is masked in the finding (PROFILE-i)")
  void rejectedWhatsappIsMasked() {
    var profile =
        KimProfile.builder().name("KIM Gumbrih").whatsapp(PhoneNumber.of("(0365) 4567890")).build();
    FieldViolation v = KimValidator.standard().validate(profile).getError().single();
    assertEquals("whatsapp", v.path());
    assertEquals("0365*****90", v.rejectedValue());
    assertFalse(v.describe(Lang.ID).contains("4567890"));
  }

  @Test
  @DisplayName("a 16-digit community number is masked like a population NIK, with or without separators (GAP-12)")
  void nikShapedNumberIsMasked() {
    qt().forAll(
            KimGens.regencyCity(),
            SourceDSL.longs().between(1_000_000_000_000_000L, 9_999_999_999_999_999L))
        .checkAssert(
            (issuer, n) -> {
              String digits = Long.toString(n);
              for (String written :
                  new String[] {
                    digits,
                    digits.substring(0, 4)
                        + " "
                        + digits.substring(4, 8)
                        + " "
                        + digits.substring(8, 12)
                        + " "
                        + digits.substring(12),
                    digits.substring(0, 4)
                        + "."
                        + digits.substring(4, 8)
                        + "."
                        + digits.substring(8, 12)
                        + "."
                        + digits.substring(12)
                  }) {
                var number = CommunityNumber.of(written, issuer);
                FieldViolation v = KimValidator.standard().validate(number).getError().single();
                assertEquals("kim.communityNumber.looksLikePopulationNik", v.messageKey());
                assertEquals(
                    digits.substring(0, 4) + "**********" + digits.substring(14),
                    v.rejectedValue());
                assertFalse(v.describe(Lang.EN).contains(digits.substring(4, 12)));
              }
            });
  }

  private static <T> void noLeak(Gen<T> gen) {
    qt().withExamples(150).forAll(gen).checkAssert(value -> {
      Set<String> raw = Personal.rawTexts(value);
      for (Object part : Personal.reachable(value)) {
        String printed = part.toString();
        for (String r : raw) {
          assertFalse(printed.contains(r), () -> part.getClass().getSimpleName() + ".toString() shows '" + r + "': "
              + printed);
        }
      }
    });
  }

  private static <T> void findingsDoNotLeak(Defect<T> defect) {
    qt().withExamples(40).forAll(defect.gen()).checkAssert(value -> {
      Set<String> raw = Personal.rawTexts(value);
      FieldViolation v = KimValidator.standard().validate(value).getError().single();
      String exception = "";
      try {
        KimValidator.standard().require(value);
      } catch (InvalidValueException e) {
        exception = e.getMessage();
      }
      assertTrue(exception.contains(v.path()));
      for (String r : raw) {
        for (String printed : new String[] {v.rejectedValue(), v.describe(Lang.ID), v.describe(Lang.EN), v.toString(),
            exception}) {
          assertFalse(printed.contains(r), () -> defect + " finding shows '" + r + "': " + printed);
        }
      }
    });
  }
}
