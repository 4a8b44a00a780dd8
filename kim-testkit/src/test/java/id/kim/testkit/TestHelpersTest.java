package id.kim.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import id.kim.core.community.KimProfile;
import id.kim.core.community.KimRecord;
import id.kim.core.validation.KimValidator;
import id.kim.core.validation.MissingValueException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The helpers for users' own scenarios: clearing an optional field, and partners-to-be on a day. */
class TestHelpersTest {
  static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);

  @Test
  @DisplayName("without…() clears exactly that field of a profile: equal to with…(Optional.empty()), still valid")
  void profileWithoutClearsOneField() {
    qt().withFixedSeed(6).forAll(KimGens.completeProfile()).checkAssert(p -> {
      assertEquals(p.withWhatsapp(Optional.empty()), p.withoutWhatsapp());
      assertTrue(p.withoutWhatsapp().whatsapp().isEmpty());
      assertEquals(p.email(), p.withoutWhatsapp().email(), "the other fields stay");
      assertEquals(p.withCommunityNumber(Optional.empty()), p.withoutCommunityNumber());
      assertEquals(p.withSeat(Optional.empty()), p.withoutSeat());
      KimProfile bare = p.withoutType().withoutContactPerson().withoutAddress().withoutFixedLine().withoutEmail()
          .withoutTargetAudience().withoutFrequency();
      assertTrue(bare.type().isEmpty() && bare.contactPerson().isEmpty() && bare.address().isEmpty()
          && bare.fixedLine().isEmpty() && bare.email().isEmpty() && bare.targetAudience().isEmpty()
          && bare.frequency().isEmpty(), bare.toString());
      assertTrue(KimValidator.standard().validate(p.withoutWhatsapp()).isValid());
    });
  }

  @Test
  @DisplayName("without…() clears exactly that document of a record")
  void recordWithoutClearsOneDocument() {
    qt().withFixedSeed(6).forAll(KimGens.eligibleRecord(AS_OF)).checkAssert(r -> {
      assertEquals(r.withDecree(Optional.empty()), r.withoutDecree());
      assertEquals(r.board(), r.withoutDecree().board(), "the other documents stay");
      KimRecord bare = r.withoutBoard().withoutDeclaration().withoutDissolution().withoutLegacyOrigin();
      assertTrue(bare.board().isEmpty() && bare.declaration().isEmpty() && bare.dissolution().isEmpty()
          && bare.legacyOrigin().isEmpty());
      assertEquals(r.decree(), bare.decree());
    });
  }

  @Test
  @DisplayName("PROFILE-r: a partner fixture holds one period running on the day, the issuing Dinas and its officer")
  void partnerFixtureIsConsistent() {
    qt().withFixedSeed(15)
        .forAll(KimGens.partnerFixture(AS_OF))
        .checkAssert(
            f -> {
              assertEquals(AS_OF, f.asOf());
              assertTrue(f.period().period().contains(AS_OF), f.toString());
              assertEquals(List.of(f.period()), f.record().profile().partnershipPeriods());
              assertEquals(
                  f.dinas().regencyCity(),
                  Optional.of(f.record().profile().communityNumber().orElseThrow().issuedBy()));
              assertEquals(f.dinas(), f.officer().dinas());
              assertTrue(KimValidator.standard().validate(f.record()).isValid());
            });
    assertEquals(KimSamples.partnerFixture(new SplittableRandom(3), AS_OF),
        KimSamples.partnerFixture(new SplittableRandom(3), AS_OF), "equal seeds, equal fixtures");
    assertThrows(MissingValueException.class, () -> KimGens.partnerFixture(null));
  }
}
