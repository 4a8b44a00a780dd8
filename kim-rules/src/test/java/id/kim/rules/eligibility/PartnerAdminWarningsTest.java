package id.kim.rules.eligibility;

import static id.kim.rules.eligibility.Kims.AS_OF;
import static id.kim.rules.eligibility.Kims.record;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.community.KimRecord;
import id.kim.core.contact.PersonName;
import id.kim.core.organisation.Affiliation;
import id.kim.core.organisation.AffiliationKind;
import id.kim.core.organisation.AffiliationSubject;
import id.kim.core.organisation.Member;
import id.kim.rules.explain.Finding;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The warnings beside PARTNER-ADMIN-1 and PARTNER-ADMIN-3 name only the people and affiliations that
 * are outside the rule's scope and would count under the wider reading (GAP-03, GAP-04).
 */
@DisplayName("PARTNER-ADMIN-1/-3 warnings: only what lies outside the scope is named")
class PartnerAdminWarningsTest {

  private static Seq<Finding> warnings(KimRecord r, String id) {
    return Kims.warnings(Juknis2022.PARTNERSHIP.evaluateAll(Kims.facts(r), AS_OF), id);
  }

  @Test
  @DisplayName("PARTNER-ADMIN-1 (BOARD_ONLY): the warning counts the ASN member, not the member who is not ASN")
  void onlyAsnMembersAreWarnedAbout() {
    Member asn = Member.builder().name(PersonName.of("Komang Ayu")).civilServantSince(LocalDate.of(2019, 1, 1)).build();
    Member notAsn = Member.of(PersonName.of("Nyoman Putra"));
    Finding w = warnings(record().withMembers(asn, notAsn), "PARTNER-ADMIN-1").single();
    String evidence = w.evidence().mkString(", ");
    assertTrue(evidence.contains("K*** A***") && !evidence.contains("N*** P***"), evidence);
    assertTrue(warnings(record().withMembers(notAsn), "PARTNER-ADMIN-1").isEmpty());
  }

  @Test
  @DisplayName("PARTNER-ADMIN-3: the KIM's own affiliation is in scope, so it is no out-of-scope warning")
  void inScopeAffiliationIsNoWarning() {
    Affiliation own = Affiliation.builder().organisation("Partai Contoh").kind(AffiliationKind.POLITICAL_PARTY)
        .subject(AffiliationSubject.KIM).build();
    assertEquals(0, warnings(record().withAffiliations(own), "PARTNER-ADMIN-3").size());
  }
}
