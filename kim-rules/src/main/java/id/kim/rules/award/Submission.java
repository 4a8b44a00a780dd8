package id.kim.rules.award;

import id.kim.core.community.KimRef;
import id.kim.core.community.KimType;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * One work entered in a self-organised competition (hasil karya): by which KIM, in which category, of which output
 * type, and the jury's score once judged (0..100).
 */
@Value.Immutable
public abstract class Submission implements WithSubmission {

  /** @return the KIM */
  public abstract KimRef kim();

  /** @return its type */
  public abstract KimType kimType();

  /** @return the category entered */
  public abstract CompetitionCategory category();

  /** @return the output type (COMP-OUT-1..4) */
  public abstract CompetitionOutputType outputType();

  /** @return the work's title */
  public abstract String title();

  /** @return the day it was registered */
  public abstract LocalDate submittedOn();

  /** @return the jury's score, once judged (COMP-STAGE-3 "keputusan juri") */
  @Value.Default
  public Option<Integer> juryScore() {
    return Option.none();
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Rejects a jury score outside 0..100. */
  @Value.Check
  protected void check() {
    juryScore().filter(s -> s < 0 || s > 100).forEach(s -> {
      throw new IllegalArgumentException("juryScore of '" + title() + "' must be 0..100 (COMP-STAGE-3), was " + s);
    });
  }

  /** Builds a {@link Submission}. */
  public static final class Builder extends ImmutableSubmission.Builder {}
}
