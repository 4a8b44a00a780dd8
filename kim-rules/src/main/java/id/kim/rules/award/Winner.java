package id.kim.rules.award;

import org.immutables.value.Value;

/** A winner in one category (COMP-STAGE-3): the place, 1 = first, and the work. */
@Value.Immutable
public abstract class Winner {

  /** @return the place in its category, 1 = first */
  @Value.Parameter
  public abstract int place();

  /** @return the winning work */
  @Value.Parameter
  public abstract Submission submission();

  static Winner of(int place, Submission submission) {
    return ImmutableWinner.of(place, submission);
  }

  @Override
  public String toString() {
    return place() + ". " + submission().kim() + " — " + submission().title() + " (" + submission().juryScore().get()
        + ")";
  }
}
