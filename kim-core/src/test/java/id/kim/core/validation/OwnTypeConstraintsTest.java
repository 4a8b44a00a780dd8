package id.kim.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.community.CommunityNumber;
import id.kim.core.community.KimProfile;
import id.kim.core.community.KimRecord;
import id.kim.core.community.PartnershipPeriod;
import id.kim.core.contact.MobileNumber;
import id.kim.core.contact.PhoneNumber;
import id.kim.core.document.ChronologicalDecree;
import id.kim.core.document.IssuerTitle;
import id.kim.core.document.VillageDecree;
import id.kim.core.i18n.Lang;
import id.kim.core.region.District;
import id.kim.core.region.Province;
import id.kim.core.region.RegencyCity;
import id.kim.core.region.RegencyCityKind;
import id.kim.core.region.Village;
import id.kim.core.region.VillageKind;
import id.kim.core.time.ChronologicalPeriod;
import id.kim.core.time.Period;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The constraints on the SDK's own types ({@link MobileNumber}, {@link ChronologicalDecree},
 * {@link ChronologicalPeriod}), which live next to the types they check: each fires under
 * {@link KimValidator#standard()} on its field, with its message key, and the violation cites the rule of the
 * field it sits on.
 */
class OwnTypeConstraintsTest {
  private static final RegencyCity JEMBRANA =
      RegencyCity.of("Jembrana", RegencyCityKind.KABUPATEN, Province.of("Bali"));
  private static final Village GUMBRIH = Village.of("Gumbrih", VillageKind.DESA, District.of("Pekutatan"));
  private static final LocalDate ISSUED = LocalDate.of(2025, 1, 15);

  private static KimProfile.Builder profile() {
    return KimProfile.builder().name("KIM Gumbrih").communityNumber(CommunityNumber.of("KIM/5101/0007", JEMBRANA))
        .seat(GUMBRIH);
  }

  private static VillageDecree.Builder decree() {
    return VillageDecree.builder().number("141/12/KEP/2025").issuerTitle(IssuerTitle.KEPALA_DESA)
        .issuerVillage(GUMBRIH).issuedOn(ISSUED);
  }

  private static Seq<FieldViolation> violations(Object value) {
    return KimValidator.standard().validate(value).fold(v -> v, ok -> List.empty());
  }

  private static List<String> found(Object value) {
    return violations(value).map(v -> v.path() + " " + v.messageKey() + " " + v.ruleId().orElse("-")).toList();
  }

  @Test
  @DisplayName("PROFILE-i: a landline as WhatsApp number is refused on whatsapp, citing PROFILE-i, the number masked")
  void mobileNumber() {
    KimProfile landline = profile().whatsapp(PhoneNumber.of("(0361) 000000")).build();
    assertEquals(List.of("whatsapp kim.phone.notMobile PROFILE-i"), found(landline));
    String described = violations(landline).head().describe(Lang.ID);
    assertTrue(described.endsWith("; PROFILE-i)"), described);
    assertFalse(described.contains("000000"), described);
    assertEquals(List.of(), found(profile().whatsapp(PhoneNumber.of("0812-0000-0000")).build()));
  }

  @Test
  @DisplayName("GAP-09: an SK expiring or revoked before its issue day is refused on that date, citing MAP-ENTRY-3")
  void chronologicalDecree() {
    VillageDecree backwards = decree().validUntil(ISSUED.minusDays(1)).revokedOn(ISSUED.minusDays(1)).build();
    KimRecord record = KimRecord.builder().profile(profile().build()).decree(backwards).build();
    assertEquals(List.of("decree.revokedOn kim.decree.revocationBeforeIssue MAP-ENTRY-3",
        "decree.validUntil kim.decree.expiryBeforeIssue MAP-ENTRY-3"), found(record).sorted());
    assertEquals(List.of(), found(decree().validUntil(ISSUED).revokedOn(ISSUED).build()));
  }

  @Test
  @DisplayName("PROFILE-r: a partnership period ending before it starts is refused on its end, citing PROFILE-r")
  void chronologicalPeriod() {
    Period backwards = Period.of(ISSUED, ISSUED.minusDays(1));
    KimProfile kim = profile().addPartnershipPeriods(PartnershipPeriod.of(backwards, "Desa Digital")).build();
    assertEquals(List.of("partnershipPeriods[0].period.end kim.period.endBeforeStart PROFILE-r"), found(kim));
    assertEquals(List.of(), found(Period.of(ISSUED, ISSUED)));
  }
}
