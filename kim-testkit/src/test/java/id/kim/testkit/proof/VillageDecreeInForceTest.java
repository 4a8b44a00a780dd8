package id.kim.testkit.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import id.kim.core.document.IssuerTitle;
import id.kim.core.document.VillageDecree;
import id.kim.core.region.District;
import id.kim.core.region.Village;
import id.kim.core.region.VillageKind;
import id.kim.testkit.KimGens;
import id.kim.testkit.KimSamples;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * VillageDecree validity (MAP-ENTRY-3, PARTNER-LEGAL-1, TERM-1; GAP-09): in force from its issue
 * day through its last valid day inclusive, and no longer from the day it is revoked.
 */
class VillageDecreeInForceTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);

  private static VillageDecree issuedOn(LocalDate day) {
    Village v = Village.of("Banjar Tengah", VillageKind.KELURAHAN, District.of("Negara"));
    return VillageDecree.builder().number("188.45/017/Banjar Tengah/2024").issuerTitle(IssuerTitle.LURAH)
        .issuerVillage(v).issuedOn(day).build();
  }

  @Test
  @DisplayName("issued on the as-of day: in force; issued the day after: not yet")
  void issueDayBoundary() {
    assertTrue(issuedOn(AS_OF).isInForceOn(AS_OF));
    assertFalse(issuedOn(AS_OF.plusDays(1)).isInForceOn(AS_OF));
  }

  @Test
  @DisplayName("expiring on the as-of day: still in force (TERM-1 'habis masa berlaku' starts the day after)")
  void expiryDayIsStillInForce() {
    VillageDecree d = issuedOn(AS_OF.minusYears(2)).withValidUntil(AS_OF);
    assertTrue(d.isInForceOn(AS_OF));
    assertFalse(d.isExpiredOn(AS_OF));
    assertFalse(d.isInForceOn(AS_OF.plusDays(1)));
    assertTrue(d.isExpiredOn(AS_OF.plusDays(1)));
  }

  @Test
  @DisplayName("revoked on the as-of day: no longer in force (TERM-1 'pencabutan')")
  void revocationDayIsNotInForce() {
    VillageDecree d = issuedOn(AS_OF.minusYears(2)).withRevokedOn(AS_OF);
    assertFalse(d.isInForceOn(AS_OF));
    assertTrue(d.isRevokedOn(AS_OF));
    assertTrue(d.isInForceOn(AS_OF.minusDays(1)));
    assertFalse(d.isRevokedOn(AS_OF.minusDays(1)));
  }

  @Test
  @DisplayName("without expiry or revocation a decree stays in force: no validity period is inferred (GAP-09)")
  void noInferredExpiry() {
    VillageDecree d = issuedOn(LocalDate.of(2019, 1, 1));
    assertTrue(d.isInForceOn(LocalDate.of(2099, 12, 31)));
    assertFalse(d.isExpiredOn(LocalDate.of(2099, 12, 31)));
  }

  @Test
  @DisplayName("law: in force = issued by then, not expired, not revoked")
  void inForceIsIssuedAndNeitherExpiredNorRevoked() {
    qt().forAll(KimGens.villageDecree(), days()).checkAssert((d, day) ->
        assertEquals(!d.issuedOn().isAfter(day) && !d.isExpiredOn(day) && !d.isRevokedOn(day), d.isInForceOn(day)));
  }

  @Test
  @DisplayName("law: the days in force form one unbroken span")
  void daysInForceAreContiguous() {
    qt().forAll(KimGens.villageDecree(), days(), integers().between(1, 800), integers().between(1, 800))
        .checkAssert((d, first, gap1, gap2) -> {
          LocalDate middle = first.plusDays(gap1);
          LocalDate last = middle.plusDays(gap2);
          if (d.isInForceOn(first) && d.isInForceOn(last)) {
            assertTrue(d.isInForceOn(middle));
          }
        });
  }

  @Test
  @DisplayName("law: once expired or revoked, never in force again")
  void expiryAndRevocationAreFinal() {
    qt().forAll(KimGens.villageDecree(), days(), integers().between(0, 3000)).checkAssert((d, day, later) -> {
      if (d.isExpiredOn(day) || d.isRevokedOn(day)) {
        assertFalse(d.isInForceOn(day.plusDays(later)));
      }
    });
  }

  @Test
  @DisplayName("the decree of an eligible record is in force on its as-of day")
  void eligibleRecordsHaveADecreeInForce() {
    qt().withExamples(300)
        .forAll(days())
        .checkAssert(
            asOf ->
                assertTrue(
                    KimSamples.eligibleRecord(new SplittableRandom(asOf.toEpochDay()), asOf)
                        .decree()
                        .orElseThrow()
                        .isInForceOn(asOf)));
  }

  private static Gen<LocalDate> days() {
    return integers().between(0, 365 * 12).map(n -> LocalDate.of(2018, 1, 1).plusDays(n));
  }
}
