package id.kim.rules.termination;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.organisation.CivilServantScope;
import id.kim.rules.eligibility.EligibilityPolicy;
import io.vavr.collection.HashSet;
import io.vavr.collection.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("TriggerPolicy: whose acts count (GAP-03, GAP-04, GAP-05)")
class TriggerPolicyTest {
  private final TriggerPolicy standard = TriggerPolicy.standard();

  @Test
  @DisplayName("TERM-3 default is the literal reading: board and members (GAP-03)")
  void asnDefaultIsBoardAndMembers() {
    assertEquals(CivilServantScope.BOARD_AND_MEMBERS, standard.asn());
    assertTrue(standard.covers(TerminationTrigger.BECAME_CIVIL_SERVANT, TriggerSubject.BOARD_MEMBER));
    assertTrue(standard.covers(TerminationTrigger.BECAME_CIVIL_SERVANT, TriggerSubject.MEMBER));
    assertFalse(standard.covers(TerminationTrigger.BECAME_CIVIL_SERVANT, TriggerSubject.KIM));
  }

  @Test
  @DisplayName("GAP-03: one CivilServantScope for PARTNER-ADMIN-1 and TERM-3, each with its literal default")
  void oneScopeTwoDefaults() {
    assertEquals(CivilServantScope.BOARD_ONLY, EligibilityPolicy.defaults().asnScope());
    assertEquals(CivilServantScope.BOARD_AND_MEMBERS, standard.asn());
    assertFalse(CivilServantScope.BOARD_ONLY.includesMembers());
    assertTrue(CivilServantScope.BOARD_AND_MEMBERS.includesMembers());
  }

  @Test
  @DisplayName("CivilServantScope.BOARD_ONLY drops members from TERM-3")
  void boardOnly() {
    TriggerPolicy p = TriggerPolicy.builder().asn(CivilServantScope.BOARD_ONLY).build();
    assertTrue(p.covers(TerminationTrigger.BECAME_CIVIL_SERVANT, TriggerSubject.BOARD_MEMBER));
    assertFalse(p.covers(TerminationTrigger.BECAME_CIVIL_SERVANT, TriggerSubject.MEMBER));
  }

  @Test
  @DisplayName("TERM-2 and TERM-4 default to the KIM and its board; members are configurable (GAP-04, GAP-05)")
  void affiliationAndUnlawfulScopes() {
    for (TerminationTrigger t : new TerminationTrigger[] {TerminationTrigger.PARTY_OR_NGO_AFFILIATION,
        TerminationTrigger.UNLAWFUL_ACTIVITY}) {
      assertTrue(standard.covers(t, TriggerSubject.KIM));
      assertTrue(standard.covers(t, TriggerSubject.BOARD_MEMBER));
      assertFalse(standard.covers(t, TriggerSubject.MEMBER));
    }
    TriggerPolicy wider = TriggerPolicy.builder()
        .unlawfulActivityScope(HashSet.of(TriggerSubject.KIM, TriggerSubject.BOARD_MEMBER, TriggerSubject.MEMBER))
        .build();
    assertTrue(wider.covers(TerminationTrigger.UNLAWFUL_ACTIVITY, TriggerSubject.MEMBER));
  }

  @Test
  @DisplayName("TERM-1, TERM-5, TERM-6, TERM-7 concern the KIM itself")
  void kimOnlyGrounds() {
    for (TerminationTrigger t : new TerminationTrigger[] {TerminationTrigger.SK_EXPIRED_OR_REVOKED,
        TerminationTrigger.MOVED_TO_OTHER_REGENCY_CITY, TerminationTrigger.REPUTATION_DECLINE,
        TerminationTrigger.SELF_DISSOLUTION}) {
      assertTrue(standard.covers(t, TriggerSubject.KIM));
      assertFalse(standard.covers(t, TriggerSubject.BOARD_MEMBER));
      assertFalse(standard.covers(t, TriggerSubject.MEMBER));
    }
  }

  @Test
  @DisplayName("an empty scope would switch TERM-2 or TERM-4 off and is refused, naming the field")
  void emptyScopeRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TriggerPolicy.builder().affiliationScope(TreeSet.empty()).build());
    assertTrue(e.getMessage().contains("affiliationScope") && e.getMessage().contains("TERM-2"));
    IllegalArgumentException e4 = assertThrows(IllegalArgumentException.class,
        () -> TriggerPolicy.builder().unlawfulActivityScope(TreeSet.empty()).build());
    assertTrue(e4.getMessage().contains("unlawfulActivityScope") && e4.getMessage().contains("TERM-4"));
  }

  @Test
  @DisplayName("policies are values: equal by content, printable")
  void valueSemantics() {
    assertEquals(TriggerPolicy.standard(), TriggerPolicy.builder().build());
    assertEquals("TriggerPolicy[asn=BOARD_AND_MEMBERS, TERM-2=KIM+BOARD_MEMBER, TERM-4=KIM+BOARD_MEMBER]",
        standard.toString());
  }
}
