package id.kim.rules.mapping.profiling;

import static id.kim.rules.mapping.MappingFixtures.BANJAR_TENGAH;
import static id.kim.rules.mapping.MappingFixtures.BULELENG;
import static id.kim.rules.mapping.MappingFixtures.JEMBRANA;
import static id.kim.rules.mapping.MappingFixtures.YEHEMBANG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import id.kim.core.community.CommunityNumber;
import id.kim.core.community.KimProfile;
import id.kim.core.community.KimRef;
import id.kim.rules.mapping.MappingGen;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("KimRef — identity of a KIM in a mapping (PROFILE-a, PROFILE-c, GAP-12)")
class KimRefTest {

  private static KimProfile registered(String name, String number) {
    return KimProfile.builder().name(name).communityNumber(CommunityNumber.of(number, JEMBRANA)).build();
  }

  @Test
  @DisplayName(
      "PROFILE-c: a registered KIM is identified by its number and issuer, whatever its name or the number's case")
  void registeredIdentityIsNumberAndIssuer() {
    KimRef a = KimRef.from(registered("KIM Gumbrih", "KIM/5101/0007"));
    KimRef renamed = KimRef.from(registered("Gumbrih Baru", "kim/5101/0007"));
    KimRef otherIssuer = KimRef.from(KimProfile.builder().name("KIM Gumbrih")
        .communityNumber(CommunityNumber.of("KIM/5101/0007", BULELENG)).build());
    assertEquals(a, renamed);
    assertEquals(0, a.compareTo(renamed));
    assertNotEquals(a, otherIssuer);
    assertTrue(a.isRegistered());
    assertEquals("KIM Gumbrih (KIM/5101/0007)", a.toString());
  }

  @Test
  @DisplayName("MAP-A-1: a KIM not yet registered is identified by name and seat, without regard to case or spaces")
  void unregisteredIdentityIsNameAndSeat() {
    KimRef a = KimRef.from(KimProfile.builder().name("KIM  Pahlawan").seat(BANJAR_TENGAH).build());
    KimRef same = KimRef.from(KimProfile.builder().name("kim pahlawan ").seat(BANJAR_TENGAH).build());
    KimRef elsewhere = KimRef.from(KimProfile.builder().name("KIM Pahlawan").seat(YEHEMBANG).build());
    assertEquals(a, same);
    assertNotEquals(a, elsewhere);
    assertFalse(a.isRegistered());
    assertEquals("KIM  Pahlawan", a.toString());
  }

  @Test
  @DisplayName("PRIORITY-1 tie-breaker: registered KIM come first, by number as text")
  void registeredBeforeUnregisteredByNumber() {
    KimRef one = KimRef.from(registered("Z", "KIM/5101/0001"));
    KimRef two = KimRef.from(registered("A", "KIM/5101/0002"));
    KimRef none = KimRef.from(KimProfile.builder().name("A").build());
    assertTrue(one.compareTo(two) < 0);
    assertTrue(two.compareTo(none) < 0);
  }

  @Test
  @DisplayName("Law: the order of refs agrees with equals and is antisymmetric")
  void orderAgreesWithEquals() {
    qt().forAll(MappingGen.populations(2, 6)).checkAssert(population -> {
      for (KimProfile p : population) {
        for (KimProfile q : population) {
          KimRef a = KimRef.from(p);
          KimRef b = KimRef.from(q);
          assertEquals(a.equals(b), a.compareTo(b) == 0);
          assertEquals(Integer.signum(a.compareTo(b)), -Integer.signum(b.compareTo(a)));
        }
      }
    });
  }
}
