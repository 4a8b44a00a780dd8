package id.kim.core.monitoring;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A survey of community members or event participants for the Outcome level (MEASURE-3, "contoh
 * hasil survei online kepada anggota komunitas/ peserta kegiatan yang diselenggarakan KIM"): the same
 * question asked before ({@link #before()}, the baseline) and after the dissemination.
 */
@Value.Immutable
public abstract class SurveyResult {

  /** @return the question or topic, e.g. "Tahu jadwal vaksinasi di desa" */
  @NotBlank(message = "{kim.text.blank}")
  @Size(max = 300, message = "{kim.text.tooLong}")
  public abstract String title();

  /** @return awareness, attitude or other */
  public abstract OutcomeKind kind();

  /** @return the baseline round, if one was held */
  public abstract Optional<@Valid SurveyRound> before();

  /** @return the follow-up round */
  @Valid
  public abstract SurveyRound after();

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return true unless the baseline closed after the follow-up */
  @AssertTrue(message = "{kim.survey.baselineAfterFollowUp}")
  public boolean isBaselineFirst() {
    return before().map(b -> !b.conductedOn().isAfter(after().conductedOn())).orElse(true);
  }

  /** Builds a {@link SurveyResult}. */
  public static final class Builder extends ImmutableSurveyResult.Builder {}
}
