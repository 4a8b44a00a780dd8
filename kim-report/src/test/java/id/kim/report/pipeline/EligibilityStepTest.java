package id.kim.report.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import id.kim.core.agency.Dinas;
import id.kim.core.community.KimRecord;
import id.kim.core.region.RegencyCity;
import id.kim.core.validation.KimValidator;
import id.kim.testkit.KimGens;
import id.kim.testkit.RegionSamplers;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * {@link EligibilityStep#mappingEntryOfValid} and {@link EligibilityStep#partnershipOfValid}: for a valid
 * record the decisions (MAP-ENTRY-1..4; PARTNER-*, QUAL-*) are those of {@link EligibilityStep#mappingEntry}
 * and {@link EligibilityStep#partnership}, only without the second validation.
 */
class EligibilityStepTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);
  private static final RegencyCity REGENCY = RegionSamplers.regencyCities().get(0);
  private static final Dinas DINAS = Dinas.regencyCity("Dinas Kominfo " + REGENCY.fullName(), REGENCY);

  @Test
  void theDecisionsOfAValidRecordAreTheValidatedOnes() {
    EligibilityStep step = EligibilityStep.juknis2022();
    qt().withExamples(100).forAll(KimGens.recordIn(REGENCY))
        .assuming(r -> KimValidator.standard().validate(r).isValid())
        .checkAssert((KimRecord r) -> {
          assertEquals(step.mappingEntry(r, DINAS, AS_OF).get(), step.mappingEntryOfValid(r, DINAS, AS_OF));
          assertEquals(step.partnership(r, DINAS, AS_OF).get(), step.partnershipOfValid(r, DINAS, AS_OF));
        });
  }
}
