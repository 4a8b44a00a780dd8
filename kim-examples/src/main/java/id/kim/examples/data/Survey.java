package id.kim.examples.data;

import java.time.LocalDate;
import org.immutables.value.Value;

/** An online survey of a KIM's audience (Tabel 5.1 Outcome example, MEASURE-3). Provisional. */
@Value.Immutable
public abstract class Survey {

  /** @return the KIM's name */
  public abstract String kim();

  /** @return the day surveyed */
  public abstract LocalDate surveyedOn();

  /** @return the programme or issue asked about */
  public abstract String topic();

  /** @return how many answered */
  public abstract int respondents();

  /** @return share aware before the campaign, in percent */
  public abstract int awarePercentBefore();

  /** @return share aware after the campaign, in percent */
  public abstract int awarePercentAfter();

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Survey}. */
  public static final class Builder extends ImmutableSurvey.Builder {}
}
