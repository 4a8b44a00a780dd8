package id.kim.core.community;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.region.District;
import id.kim.core.region.Province;
import id.kim.core.region.RegencyCity;
import id.kim.core.region.RegencyCityKind;
import id.kim.core.region.Village;
import id.kim.core.region.VillageKind;
import id.kim.core.validation.KimValidator;
import id.kim.core.validation.MissingValueException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("KimRef — the one reference to a KIM: identity (PROFILE-a, PROFILE-c, GAP-12) and orders")
class KimRefTest {
  static final RegencyCity JEMBRANA = RegencyCity.of("Jembrana", RegencyCityKind.KABUPATEN, Province.of("Bali"));
  static final RegencyCity BULELENG = RegencyCity.of("Buleleng", RegencyCityKind.KABUPATEN, Province.of("Bali"));
  static final Village YEHEMBANG = Village.of("Yehembang", VillageKind.DESA, District.of("Mendoyo"));
  static final Village PERGUNG = Village.of("Pergung", VillageKind.DESA, District.of("Mendoyo"));

  @Test
  @DisplayName(
      "PARTNER-LEGAL-2, GAP-12: a registered KIM is its number and issuer — a Tabel 5.2 row may spell the name "
          + "otherwise")
  void registeredIdentityIgnoresTheName() {
    CommunityNumber number = CommunityNumber.of("KIM/5101/0007", JEMBRANA);
    KimRef fromProfile = KimRef.from(KimProfile.builder().name("KIM Gumbrih").communityNumber(number).seat(YEHEMBANG)
        .build());
    KimRef logged = KimRef.of("Kim Gumbrih Jembrana", CommunityNumber.of("kim/5101/0007", JEMBRANA));
    assertEquals(fromProfile, logged);
    assertEquals(fromProfile.hashCode(), logged.hashCode());
    assertNotEquals(fromProfile, KimRef.of("KIM Gumbrih", CommunityNumber.of("KIM/5101/0007", BULELENG)));
    assertNotEquals(fromProfile, KimRef.of("KIM Gumbrih"), "a reference without number is another identity");
    assertEquals("KIM Gumbrih (KIM/5101/0007)", fromProfile.toString());
  }

  @Test
  @DisplayName("MAP-A-1: before registration a KIM is its name and seat, without regard to case or spaces")
  void unregisteredIdentityIsNameAndSeat() {
    assertEquals(KimRef.of("KIM  Pahlawan", YEHEMBANG), KimRef.of("kim pahlawan ", YEHEMBANG));
    assertNotEquals(KimRef.of("KIM Pahlawan", YEHEMBANG), KimRef.of("KIM Pahlawan", PERGUNG));
    assertNotEquals(KimRef.of("KIM Pahlawan", YEHEMBANG), KimRef.of("KIM Pahlawan"));
    assertEquals(KimRef.of("KIM Pahlawan"), KimRef.from(KimProfile.builder().name("KIM Pahlawan").build()));
    assertFalse(KimRef.of("KIM Pahlawan").isRegistered());
  }

  @Test
  @DisplayName(
      "PRIORITY-1 tie-breaker: the natural order puts registered KIM first, by number as text, then by name and seat")
  void naturalOrder() {
    KimRef one = KimRef.of("Z", CommunityNumber.of("KIM/5101/0001", JEMBRANA));
    KimRef two = KimRef.of("A", CommunityNumber.of("KIM/5101/0002", JEMBRANA));
    KimRef a = KimRef.of("A");
    KimRef b = KimRef.of("B", YEHEMBANG);
    List<KimRef> sorted = new ArrayList<>(List.of(b, a, two, one));
    sorted.sort(null);
    assertEquals(List.of(one, two, a, b), sorted);
  }

  @Test
  @DisplayName("BY_NAME: by name, then the KIM without number first, then the natural order")
  void byNameOrder() {
    KimRef registered = KimRef.of("KIM Gumbrih", CommunityNumber.of("KIM/5101/0007", JEMBRANA));
    KimRef unregistered = KimRef.of("KIM Gumbrih");
    KimRef earlier = KimRef.of("KIM Abadi", CommunityNumber.of("KIM/5101/0009", JEMBRANA));
    List<KimRef> sorted = new ArrayList<>(List.of(registered, unregistered, earlier));
    sorted.sort(KimRef.BY_NAME);
    assertEquals(List.of(earlier, unregistered, registered), sorted);
  }

  @Test
  @DisplayName("a blank name is a violation; null arguments are refused by name")
  void validation() {
    assertTrue(KimValidator.standard().validate(KimRef.of(" ")).isInvalid());
    assertTrue(KimValidator.standard().validate(KimRef.of("KIM Gumbrih", YEHEMBANG)).isValid());
    assertTrue(assertThrows(MissingValueException.class, () -> KimRef.from(null)).getMessage().startsWith("'profile'"));
    assertTrue(assertThrows(MissingValueException.class, () -> KimRef.of("KIM", (CommunityNumber) null)).getMessage()
        .startsWith("'number'"));
  }
}
