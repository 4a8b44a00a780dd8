package id.kim.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.agency.Dinas;
import id.kim.core.agency.Officer;
import id.kim.core.assessment.AssessedCriterion;
import id.kim.core.assessment.Assessment;
import id.kim.core.assessment.AssessmentResult;
import id.kim.core.community.TargetAudience;
import id.kim.core.contact.PersonName;
import id.kim.core.media.KimMedium;
import id.kim.core.media.Platform;
import id.kim.core.organisation.BoardMember;
import id.kim.core.organisation.BoardRole;
import id.kim.core.region.Province;
import id.kim.core.region.RegencyCity;
import id.kim.core.region.RegencyCityKind;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Optional text is valid when absent and invalid when present but blank — an empty
 * {@code Optional<@NotBlank String>} used to be reported as "must not be blank".
 */
class NotBlankWhenPresentTest {
  private static final KimValidator VALIDATOR = KimValidator.standard();
  private static final Officer OFFICER = Officer.of(PersonName.of("Bagus Santoso"), Dinas.regencyCity(
      "Dinas Kominfo Kabupaten Jembrana", RegencyCity.of("Jembrana", RegencyCityKind.KABUPATEN, Province.of("Bali"))));

  private static Assessment.Builder assessment() {
    return Assessment.builder().criterion(AssessedCriterion.RESOURCES).result(AssessmentResult.MET)
        .assessedBy(OFFICER).assessedOn(LocalDate.of(2026, 5, 10));
  }

  @Test
  @DisplayName("absent optional texts (note, title, medium name, audience) are valid")
  void absentOptionalTextIsValid() {
    assertTrue(VALIDATOR.validate(assessment().build()).isValid());
    assertTrue(VALIDATOR.validate(BoardMember.of(PersonName.of("Siti Aminah"), BoardRole.CHAIR)).isValid());
    assertTrue(VALIDATOR.validate(KimMedium.of(Platform.FACE_TO_FACE)).isValid());
    assertTrue(VALIDATOR.validate(TargetAudience.builder().build()).isValid());
  }

  @Test
  @DisplayName("present but blank optional text is reported as blank, naming the field")
  void blankOptionalTextIsInvalid() {
    var checked = VALIDATOR.validate(assessment().note("   ").build());
    assertTrue(checked.isInvalid());
    assertEquals("note", checked.getError().single().path());
    assertEquals("kim.text.blank", checked.getError().single().messageKey());
    assertTrue(VALIDATOR.validate(TargetAudience.builder().coverage("").build()).isInvalid());
  }

  @Test
  void presentTextIsValid() {
    assertTrue(VALIDATOR.validate(assessment().note("dikunjungi 10 Mei 2026").build()).isValid());
  }
}
