package id.kim.core.monitoring;

import id.kim.core.validation.JuknisField;
import id.kim.core.validation.PlausibleCounts;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * One round of a survey (hasil survei online, MEASURE-3): how many answered, how many of them gave the
 * positive answer (aware of the programme, favourable attitude), and when.
 */
@Value.Immutable
public abstract class SurveyRound {

  /** @return the number of respondents */
  @Value.Parameter
  @PositiveOrZero(message = "{kim.count.negative}")
  @JuknisField("MEASURE-3")
  @Max(value = PlausibleCounts.SURVEY_RESPONDENTS, message = "{kim.count.tooLarge}")
  public abstract long respondents();

  /** @return how many respondents gave the positive answer */
  @Value.Parameter
  @PositiveOrZero(message = "{kim.count.negative}")
  @JuknisField("MEASURE-3")
  @Max(value = PlausibleCounts.SURVEY_RESPONDENTS, message = "{kim.count.tooLarge}")
  public abstract long positive();

  /** @return the day the round closed */
  @Value.Parameter
  public abstract LocalDate conductedOn();

  /**
   * @param respondents number of respondents
   * @param positive number who answered positively
   * @param conductedOn the day the round closed
   * @return the round
   */
  public static SurveyRound of(long respondents, long positive, LocalDate conductedOn) {
    return ImmutableSurveyRound.of(respondents, positive, conductedOn);
  }

  /** @return true if no more respondents answered positively than answered at all */
  @AssertTrue(message = "{kim.survey.positiveExceedsRespondents}")
  public boolean isPositiveWithinRespondents() {
    return positive() <= respondents();
  }
}
