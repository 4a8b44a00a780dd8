package id.kim.testkit.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.community.CommunityNumber;
import id.kim.core.community.KimProfile;
import id.kim.core.contact.EmailAddress;
import id.kim.core.contact.PhoneNumber;
import id.kim.core.document.IssuerTitle;
import id.kim.core.document.VillageDecree;
import id.kim.core.media.KimMedium;
import id.kim.core.media.Platform;
import id.kim.core.region.District;
import id.kim.core.region.Province;
import id.kim.core.region.RegencyCity;
import id.kim.core.region.RegencyCityKind;
import id.kim.core.region.RtRw;
import id.kim.core.region.Village;
import id.kim.core.region.VillageKind;
import id.kim.core.time.Period;
import id.kim.core.validation.FieldViolation;
import id.kim.core.validation.KimValidator;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Examples, with their boundaries, of each custom constraint of kim-core. */
class ConstraintExamplesTest {
  private static final RegencyCity JEMBRANA = RegencyCity.of("Jembrana", RegencyCityKind.KABUPATEN,
      Province.of("Bali"));

  static List<String> findings(Object value) {
    return KimValidator.standard().validate(value)
        .fold(errors -> errors.map(v -> v.path() + " " + v.messageKey()).toJavaList(), ok -> List.of());
  }

  @Nested
  @DisplayName("IndonesianPhoneNumber (PROFILE-i): +62, 62 or 0, then 7-12 digits not starting with 0")
  class IndonesianPhone {
    @ParameterizedTest
    @ValueSource(strings = {"0812-0000-0000", "+62 812 0000 0000", "6281200000000", "(0361) 000000", "0361.234.567",
        "021 5551234", "03611234", "+62 361 000000",
        "01234567", // seven national digits: the shortest allowed
        "0123456789012"}) // twelve national digits: the longest allowed
    void accepted(String number) {
      assertEquals(List.of(), findings(PhoneNumber.of(number)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0123456", // six national digits: one too few
        "01234567890123", // thirteen national digits: one too many
        "00812000000", "+62 0812 0000 0000", "812000000", "+1 415 5550100", "0812-ABCD-0000", "", " ",
        "0812/0000/0000"})
    void rejected(String number) {
      assertEquals(List.of("value kim.phone.invalid"), findings(PhoneNumber.of(number)));
    }
  }

  @Nested
  @DisplayName("MobileNumber (PROFILE-i \"dapat diakses melalui whatsapp\"): national number 8…, at least 9 digits")
  class Mobile {
    private List<String> whatsapp(String number) {
      return findings(KimProfile.builder().name("KIM Gumbrih").whatsapp(PhoneNumber.of(number)).build());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0812-0000-0000", "+6281200000000", "62 812 000 000",
        "0812000000", // 9 national digits: shortest mobile
        "0812000000000"})
    void mobileNumbersAreAccepted(String number) {
      assertEquals(List.of(), whatsapp(number));
    }

    @ParameterizedTest
    @ValueSource(strings = {"(0365) 41210", "0361-234567", "021 5551234",
        "081200000"}) // last: 8 national digits, too short for a mobile
    void wellFormedNonMobileNumbersAreNotWhatsapp(String number) {
      assertEquals(List.of("whatsapp kim.phone.notMobile"), whatsapp(number));
    }

    @Test
    @DisplayName("a malformed number gets only kim.phone.invalid, not also notMobile: one defect, one finding")
    void malformedNumberGetsOneFinding() {
      assertEquals(List.of("whatsapp.value kim.phone.invalid"), whatsapp("0812"));
    }

    @Test
    @DisplayName("a fixed line may be a landline")
    void fixedLineMayBeALandline() {
      assertEquals(List.of(),
          findings(KimProfile.builder().name("KIM Gumbrih").fixedLine(PhoneNumber.of("(0365) 41210")).build()));
    }
  }

  @Nested
  @DisplayName("RtRwNumber (PROFILE-e): 1-3 digits, not zero, leading zeros allowed")
  class RtRwNumbers {
    @ParameterizedTest
    @ValueSource(strings = {"1", "01", "001", "010", "100", "999", "3"})
    void accepted(String rt) {
      assertEquals(List.of(), findings(RtRw.of(rt, "5")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "00", "000", "1000", "0001", "", " 1", "1a", "-1", "RT3"})
    void rejected(String rw) {
      assertEquals(List.of("rw kim.rtrw.invalid"), findings(RtRw.of("3", rw)));
    }

    @Test
    void parseReadsTheUsualForms() {
      assertEquals(RtRw.of("003", "005"), RtRw.parse("003/005"));
      assertEquals(RtRw.of("3", "5"), RtRw.parse("RT 3 / RW 5"));
      assertEquals(RtRw.of("03", "05"), RtRw.parse("RT.03 RW.05"));
    }
  }

  @Nested
  @DisplayName("CommunityNumberFormat (PARTNER-LEGAL-2, PROFILE-c, GAP-12)")
  class CommunityNumbers {
    @ParameterizedTest
    @ValueSource(strings = {"KIM/5101/0007", "7", "5101.KIM.042", "017/KIM-JEM/2025", "KIM JEM 7",
        "123456789012345", // 15 digits: not the NIK shape
        "12345678901234567", // 17 digits: not the NIK shape
        "KIM/5101/0007/ABCDEFGHIJKLMNOPQRSTUVWXYZ"}) // 40 characters: the longest allowed
    void accepted(String value) {
      assertEquals(List.of(), findings(CommunityNumber.of(value, JEMBRANA)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "/KIM/7", " KIM/7", "KIM/7 ", "KIM_7", "KIM:7", "#7",
        "KIM/5101/0007/ABCDEFGHIJKLMNOPQRSTUVWXYZ1"}) // 41 characters
    void rejected(String value) {
      assertEquals(List.of("value kim.communityNumber.invalid"), findings(CommunityNumber.of(value, JEMBRANA)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"5101012345678901", "5101 0123 4567 8901", "5101.0123.4567.8901", "5101-0123-4567-8901",
        "0000000000000000"})
    @DisplayName("a 16-digit value, with or without separators, is refused as a population NIK")
    void populationNikShapeIsRefusedWithItsOwnMessage(String value) {
      assertEquals(List.of("value kim.communityNumber.looksLikePopulationNik"),
          findings(CommunityNumber.of(value, JEMBRANA)));
    }
  }

  @Nested
  @DisplayName("ChronologicalPeriod (PROFILE-r): the last day is not before the first, both inclusive")
  class Periods {
    @Test
    void oneDayPeriodIsValid() {
      LocalDate d = LocalDate.of(2026, 3, 1);
      assertEquals(List.of(), findings(Period.of(d, d)));
      assertEquals(1, Period.of(d, d).lengthInDays());
    }

    @Test
    void endOneDayBeforeStartIsReportedOnEnd() {
      LocalDate d = LocalDate.of(2026, 3, 1);
      assertEquals(List.of("end kim.period.endBeforeStart"), findings(Period.of(d, d.minusDays(1))));
    }
  }

  @Nested
  @DisplayName("ChronologicalDecree (MAP-ENTRY-3, GAP-09): expiry and revocation not before issue")
  class Decrees {
    private final LocalDate issued = LocalDate.of(2025, 6, 10);

    private VillageDecree decree() {
      Village v = Village.of("Gumbrih", VillageKind.DESA, District.of("Pekutatan", JEMBRANA));
      return VillageDecree.builder().number("141/12/KEP/2025").issuerTitle(IssuerTitle.KEPALA_DESA).issuerVillage(v)
          .issuedOn(issued).build();
    }

    @Test
    void expiryOrRevocationOnTheIssueDayIsValid() {
      assertEquals(List.of(), findings(decree().withValidUntil(issued).withRevokedOn(issued)));
    }

    @Test
    void expiryTheDayBeforeIssueIsReportedOnValidUntil() {
      assertEquals(List.of("validUntil kim.decree.expiryBeforeIssue"),
          findings(decree().withValidUntil(issued.minusDays(1))));
    }

    @Test
    void revocationTheDayBeforeIssueIsReportedOnRevokedOn() {
      assertEquals(List.of("revokedOn kim.decree.revocationBeforeIssue"),
          findings(decree().withRevokedOn(issued.minusDays(1))));
    }

    @Test
    void bothOutOfOrderGiveTwoFindings() {
      assertEquals(List.of("revokedOn kim.decree.revocationBeforeIssue", "validUntil kim.decree.expiryBeforeIssue"),
          findings(decree().withValidUntil(issued.minusDays(3)).withRevokedOn(issued.minusDays(2))));
    }
  }

  @Nested
  @DisplayName("NotBlankWhenPresent: an absent optional text is fine, a present blank one is not")
  class OptionalTexts {
    @Test
    void absentIsValid() {
      assertEquals(List.of(), findings(KimMedium.of(Platform.FACE_TO_FACE)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\n"})
    void presentBlankIsReportedAsBlank(String name) {
      assertEquals(List.of("name kim.text.blank"), findings(KimMedium.of(Platform.INSTAGRAM, name)));
    }

    @Test
    void presentTextIsValid() {
      assertEquals(List.of(), findings(KimMedium.of(Platform.INSTAGRAM, " @kim.gumbrih ")));
    }
  }

  @Test
  @DisplayName("findings come sorted by path, then message key, whatever the order of discovery")
  void findingsAreSorted() {
    KimProfile p =
        KimProfile.builder()
            .name("")
            .whatsapp(PhoneNumber.of("0361 000000"))
            .email(EmailAddress.of("x"))
            .addMedia(KimMedium.builder().platform(Platform.BLOG).url("blog").build())
            .build();
    List<String> found = findings(p);
    assertEquals(List.of("email.value kim.email.invalid", "media[0].url kim.url.invalid", "name kim.text.blank",
        "whatsapp kim.phone.notMobile"), found);
    FieldViolation first = KimValidator.standard().validate(p).getError().head();
    assertTrue(first.ruleId().isPresent());
    assertEquals("PROFILE-j", first.ruleId().get());
  }
}
