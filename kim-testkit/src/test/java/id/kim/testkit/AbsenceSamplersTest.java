package id.kim.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import id.kim.core.community.KimRecord;
import id.kim.core.community.KnownAbsence;
import id.kim.core.validation.KimValidator;
import java.util.EnumSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AbsenceSamplersTest {

  @Test
  @DisplayName("records with facts recorded as none are valid: none contradicts a value (ConsistentAbsence)")
  void recordsWithAbsencesAreValid() {
    qt().withExamples(500).forAll(AbsenceSamplers.recordWithAbsences().gen()).checkAssert(r ->
        assertTrue(KimValidator.standard().validate(r).isValid(),
            () -> KimValidator.standard().validate(r).toString()));
  }

  @Test
  @DisplayName("every fact is recorded as none somewhere, on the profile or the record where it belongs")
  void everyFactOccurs() {
    Sampler<KimRecord> s = AbsenceSamplers.recordWithAbsences();
    Random random = new Random(15);
    Set<KnownAbsence> seen = EnumSet.noneOf(KnownAbsence.class);
    for (int i = 0; i < 2_000; i++) {
      KimRecord r = s.from(random);
      seen.addAll(r.recordedAsNone());
      seen.addAll(r.profile().recordedAsNone());
      r.recordedAsNone().forEach(f -> assertTrue(!f.isProfileFact()));
      r.profile().recordedAsNone().forEach(f -> assertTrue(f.isProfileFact()));
    }
    assertEquals(EnumSet.allOf(KnownAbsence.class), seen);
  }

  @Test
  @DisplayName("the existing record sampler is unchanged: it records nothing as none")
  void recordSamplerUnchanged() {
    qt().withExamples(200).forAll(KimGens.record()).checkAssert(r -> {
      assertTrue(r.recordedAsNone().isEmpty());
      assertTrue(r.profile().recordedAsNone().isEmpty());
    });
  }
}
