package id.kim.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.community.CommunityNumber;
import id.kim.core.contact.EmailAddress;
import id.kim.core.contact.PhoneNumber;
import id.kim.core.region.Province;
import id.kim.core.region.RegencyCity;
import id.kim.core.region.RegencyCityKind;
import id.kim.core.region.RtRw;
import id.kim.core.time.Period;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The quick check in front of Hibernate Validator covers every kim-core value class, says "valid"
 * exactly when the engine finds nothing, and leaves every value with a violation to the engine.
 * (kim-testkit's Defects tests check the exact finding of 174 single defects through
 * {@link KimValidator}, so a value wrongly passed by the quick check would fail them too.)
 */
class QuickCheckTest {
  private static final KimValidator KIM = KimValidator.standard();
  private static final RegencyCity JEMBRANA = RegencyCity.of("Jembrana", RegencyCityKind.KABUPATEN, Province.of("Bali"));

  @Test
  @DisplayName("every kim-core value class has a plan, so no valid kim-core value needs the engine")
  void everyValueClassIsPlanned() {
    List<String> notPlanned = new ArrayList<>();
    for (Class<?> type : ValidatedTypes.classes()) {
      if (!KIM.quickCheck().covers(type)) {
        notPlanned.add(type.getName());
      }
    }
    assertEquals(List.of(), notPlanned);
  }

  @Test
  @DisplayName("PROFILE-b/i/c, periods, media: the quick check agrees with the engine on valid and invalid values")
  void agreesWithTheEngine() {
    LocalDate jan = LocalDate.of(2026, 1, 1);
    List<Object> values = List.of(
        PhoneNumber.of("0812-0000-0000"), PhoneNumber.of("0812"),
        EmailAddress.of("kim@desa.id"), EmailAddress.of("kim at desa"),
        CommunityNumber.of("KIM/51.01/001", JEMBRANA), CommunityNumber.of("5101012345678901", JEMBRANA),
        CommunityNumber.of(" KIM", JEMBRANA),
        Period.of(jan, jan.plusDays(1)), Period.of(jan.plusDays(1), jan),
        RtRw.of("001", "002"), RtRw.of("000", "002"));
    for (Object value : values) {
      boolean engineFindsNone = KIM.engineViolations(value).isEmpty();
      assertEquals(engineFindsNone, KIM.quickCheck().passes(value), value::toString);
    }
  }

  @Test
  @DisplayName("a value outside kim-core is left to the engine")
  void otherClassesAreLeftToTheEngine() {
    assertFalse(KIM.quickCheck().passes("text"));
    assertTrue(KIM.quickCheck().covers(PhoneNumber.of("0812-0000-0000").getClass()));
  }
}
