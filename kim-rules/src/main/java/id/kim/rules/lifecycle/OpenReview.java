package id.kim.rules.lifecycle;

import id.kim.core.agency.Officer;
import id.kim.rules.termination.Indication;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * T5 — the Dinas opens a review (peninjauan) of the partnership on indicated grounds (TERM-PROC-1:
 * "Bagi KIM yang terindikasi mengalami salah satu poin tersebut di atas, maka Dinas Kominfo akan
 * melakukan peninjauan terhadap kemitraan dengan KIM"). On a review already open it adds grounds
 * (T5b). Only a partner is reviewed: for a non-partner a ground does not open a review (INV-7).
 */
@Value.Immutable
public abstract class OpenReview extends LifecycleEvent {

  OpenReview() {}

  /** @return the indications, each with evidence, reporter and day */
  public abstract Seq<Indication> indications();

  @Override
  public final EventKind kind() {
    return EventKind.OPEN_REVIEW;
  }

  /**
   * @param by the officer
   * @param on the day
   * @param indications the indications
   * @return the event
   */
  public static OpenReview of(Officer by, LocalDate on, Seq<Indication> indications) {
    return builder().by(by).on(on).indications(indications).build();
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  String details() {
    return "indications " + indications().map(i -> i.ruleId().value()).mkString("+");
  }

  @Override
  public final String toString() {
    return super.toString();
  }

  /** Builds an {@link OpenReview}. */
  public static final class Builder extends ImmutableOpenReview.Builder {}
}
