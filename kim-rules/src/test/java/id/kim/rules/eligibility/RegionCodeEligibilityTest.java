package id.kim.rules.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.agency.Dinas;
import id.kim.core.community.CommunityNumber;
import id.kim.core.community.KimRecord;
import id.kim.core.i18n.Lang;
import id.kim.core.region.District;
import id.kim.core.region.Province;
import id.kim.core.region.RegencyCity;
import id.kim.core.region.RegencyCityKind;
import id.kim.core.region.RegionCode;
import id.kim.core.region.Village;
import id.kim.core.region.VillageKind;
import id.kim.rules.engine.Rule;
import id.kim.rules.explain.Finding;
import id.kim.rules.explain.Outcome;
import id.kim.rules.explain.RuleId;
import id.kim.rules.explain.Severity;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * MAP-ENTRY-2 and PARTNER-LEGAL-2 with Kemendagri codes: the seat and the issuer are compared with the
 * Dinas' kabupaten/kota by code where both carry one, and the kabupaten/kota code a Nomor Induk
 * Komunitas carries is compared with its issuer's (PROPOSED, policy {@link CommunityNumberRegionCode}).
 */
class RegionCodeEligibilityTest {
  private static final Province BALI = Province.of("Bali").withCode(code("51"));
  private static final RegencyCity JEMBRANA =
      RegencyCity.of("Jembrana", RegencyCityKind.KABUPATEN, BALI).withCode(code("51.01"));
  private static final Dinas DINAS = Dinas.regencyCity("Dinas Kominfo Kabupaten Jembrana", JEMBRANA);
  private static final LocalDate AS_OF = Kims.AS_OF;

  private static RegionCode code(String text) {
    return RegionCode.parse(text);
  }

  private static KimRecord withSeat(Village seat) {
    KimRecord r = Kims.record();
    return r.withProfile(r.profile().withSeat(seat));
  }

  private static KimRecord withNumber(String value, RegencyCity issuer) {
    KimRecord r = Kims.record();
    return r.withProfile(r.profile().withCommunityNumber(CommunityNumber.of(value, issuer)));
  }

  private static Rule<EligibilityFacts> partnerLegal2(CommunityNumberRegionCode choice) {
    return Juknis2022.partnership(EligibilityPolicy.builder().communityNumberRegionCode(choice).build())
        .rule(RuleId.of("PARTNER-LEGAL-2")).get();
  }

  @Test
  @DisplayName("MAP-ENTRY-2: Gumbrih 51.01.03.2006 without field h is in Jembrana's area; Mundeh 51.02.03.2001 is not")
  void seatByCode() {
    Village gumbrih = Village.of("Gumbrih", VillageKind.DESA, District.of("Pekutatan")).withCode(code("51.01.03.2006"));
    assertEquals(Outcome.SATISFIED, Kims.evaluate("MAP-ENTRY-2", EligibilityFacts.of(withSeat(gumbrih), DINAS), AS_OF)
        .outcome());
    Village mundeh = Village.of("Mundeh", VillageKind.DESA, District.of("Selemadeg Barat"))
        .withCode(code("51.02.03.2001"));
    Finding outside = Kims.evaluate("MAP-ENTRY-2", EligibilityFacts.of(withSeat(mundeh), DINAS), AS_OF);
    assertEquals(Outcome.NOT_SATISFIED, outside.outcome());
    assertTrue(outside.evidence().mkString(", ").endsWith("seat.regencyCity.code=51.02, dinas.area.code=51.01"),
        outside.evidence().mkString(", "));
    assertTrue(outside.remedy().get().render(Lang.EN).contains("51.02"), outside.remedy().get().render(Lang.EN));
    // without codes on the Dinas' side the names decide, as before: no field h means the Dinas' own area
    assertEquals(Outcome.SATISFIED, Kims.evaluate("MAP-ENTRY-2", withSeat(mundeh)).outcome());
  }

  @Test
  @DisplayName("MAP-ENTRY-2: \"Kab. Jembrana\" coded 51.01 is the Dinas' own area")
  void seatRegencyWrittenDifferently() {
    RegencyCity written = RegencyCity.of("Kab. Jembrana", RegencyCityKind.KABUPATEN, BALI);
    Village gumbrih = Village.of("Gumbrih", VillageKind.DESA, District.of("Pekutatan", written));
    assertEquals(Outcome.NOT_SATISFIED,
        Kims.evaluate("MAP-ENTRY-2", EligibilityFacts.of(withSeat(gumbrih), DINAS), AS_OF).outcome());
    Village coded = Village.of("Gumbrih", VillageKind.DESA, District.of("Pekutatan", written.withCode(code("51.01"))));
    assertEquals(Outcome.SATISFIED,
        Kims.evaluate("MAP-ENTRY-2", EligibilityFacts.of(withSeat(coded), DINAS), AS_OF).outcome());
  }

  @Test
  @DisplayName("PARTNER-LEGAL-2: the issuer is compared by code where both have one")
  void issuerByCode() {
    RegencyCity written = RegencyCity.of("Kab. Jembrana", RegencyCityKind.KABUPATEN, BALI).withCode(code("51.01"));
    Finding same = Kims.evaluate("PARTNER-LEGAL-2", EligibilityFacts.of(withNumber("KIM/5101/0007", written), DINAS),
        AS_OF);
    assertEquals(Outcome.SATISFIED, same.outcome());
    RegencyCity tabanan = RegencyCity.of("Jembrana", RegencyCityKind.KABUPATEN, BALI).withCode(code("51.02"));
    Finding other = Kims.evaluate("PARTNER-LEGAL-2", EligibilityFacts.of(withNumber("KIM/0007", tabanan), DINAS),
        AS_OF);
    assertEquals("PARTNER-LEGAL-2.otherIssuer", other.message().key());
  }

  @Test
  @DisplayName("PARTNER-LEGAL-2 (PROPOSED): KIM/5102/0007 issued by Jembrana 51.01 — a warning by default")
  void numberCarriesAnotherCodeWarns() {
    EligibilityFacts facts = EligibilityFacts.of(withNumber("KIM/5102/0007", JEMBRANA), DINAS);
    Rule<EligibilityFacts> rule = partnerLegal2(CommunityNumberRegionCode.WARNING);
    assertEquals(Outcome.SATISFIED, rule.evaluate(facts, AS_OF).outcome());
    Finding warning = rule.warnings(facts, AS_OF).single();
    assertEquals(Severity.WARNING, warning.severity());
    assertTrue(warning.citation().proposed());
    assertEquals("communityNumber=KIM/5102/0007, communityNumber.regionCode=51.02, "
        + "communityNumber.issuedBy=Kabupaten Jembrana, communityNumber.issuedBy.code=51.01, "
        + "policy.communityNumberRegionCode=WARNING", warning.evidence().mkString(", "));
    assertEquals("Nomor Induk Komunitas KIM/5102/0007 memuat kode wilayah 51.02, bukan kode 51.01 milik Kabupaten "
        + "Jembrana yang menerbitkannya (bacaan SDK atas format nomor, PROPOSED).", warning.message().render(Lang.ID));
    assertEquals("2022.08.30", Juknis2022.PARTNERSHIP.ref().version());
  }

  @Test
  @DisplayName("PARTNER-LEGAL-2 (PROPOSED): under REQUIREMENT the mismatch is NOT_SATISFIED, cited and remedied")
  void numberCarriesAnotherCodeRequired() {
    EligibilityFacts facts = EligibilityFacts.of(withNumber("KIM/51.02/0007", JEMBRANA), DINAS);
    Rule<EligibilityFacts> rule = partnerLegal2(CommunityNumberRegionCode.REQUIREMENT);
    Finding f = rule.evaluate(facts, AS_OF);
    assertEquals(Outcome.NOT_SATISFIED, f.outcome());
    assertEquals("PARTNER-LEGAL-2.otherRegionCode", f.message().key());
    assertEquals("GAP-12", f.citation().gap().get());
    assertTrue(f.remedy().get().render(Lang.EN).contains("Dinas Kominfo Kabupaten Jembrana"));
    assertTrue(rule.warnings(facts, AS_OF).isEmpty());
    assertEquals("2022.08.30+communityNumberRegionCode=REQUIREMENT", Juknis2022.partnership(
        EligibilityPolicy.builder().communityNumberRegionCode(CommunityNumberRegionCode.REQUIREMENT).build())
        .ref().version());
  }

  @Test
  @DisplayName("PARTNER-LEGAL-2: the number's code fits its issuer, or no code anywhere: the finding is as before")
  void noMismatchNoChange() {
    Rule<EligibilityFacts> strict = partnerLegal2(CommunityNumberRegionCode.REQUIREMENT);
    assertEquals(Outcome.SATISFIED,
        strict.evaluate(EligibilityFacts.of(withNumber("KIM/5101/0007", JEMBRANA), DINAS), AS_OF).outcome());
    // the issuer and the Dinas carry no code: the number's digits are not read
    assertEquals(Outcome.SATISFIED, strict.evaluate(Kims.facts(withNumber("KIM/5102/0007", Kims.JEMBRANA)), AS_OF)
        .outcome());
    // the issuer has no code, the Dinas (its regency) has: the Dinas' code is the issuer's
    assertEquals(Outcome.NOT_SATISFIED, strict.evaluate(
        EligibilityFacts.of(withNumber("KIM/5102/0007", Kims.JEMBRANA), DINAS), AS_OF).outcome());
    // a number that carries no code of Bali's regencies
    assertEquals(Outcome.SATISFIED,
        strict.evaluate(EligibilityFacts.of(withNumber("JBR-2024-0007", JEMBRANA), DINAS), AS_OF).outcome());
  }
}
