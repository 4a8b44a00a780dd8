package id.kim.rules.lifecycle;

import id.kim.core.agency.Officer;
import id.kim.core.document.DocumentRef;
import id.kim.rules.explain.Evidence;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * Something a Dinas officer did or recorded about a KIM — one step in its life towards the Dinas: who
 * ({@link #by()}), when ({@link #on()}), on which evidence ({@link #evidence()}, {@link #documents()}),
 * and what (the subtype: {@link Register}, {@link EnterMapping}, {@link Categorise}, {@link Designate},
 * {@link OpenReview}, {@link ClearReview}, {@link Terminate}, {@link PeriodEnded}, {@link Deregister}).
 * Events are immutable values; {@link Lifecycle#apply} judges them, the {@link AuditTrail} keeps them.
 * The set of event types is closed: only this package can extend it.
 */
public abstract class LifecycleEvent {

  LifecycleEvent() {}

  /** @return the officer who acted; must belong to the Dinas whose lifecycle this is (INV-6) */
  public abstract Officer by();

  /** @return the day of the act */
  public abstract LocalDate on();

  /** @return the facts the act rests on (masked where personal) */
  @Value.Default
  public Seq<Evidence> evidence() {
    return List.empty();
  }

  /** @return the documents the act rests on, e.g. a decision letter, minutes, a decree */
  @Value.Default
  public Seq<DocumentRef> documents() {
    return List.empty();
  }

  /** @return what kind of event this is */
  public abstract EventKind kind();

  /** @return the event-specific part of {@link #toString()}, without personal data */
  String details() {
    return "";
  }

  @Override
  public String toString() {
    String details = details();
    return getClass().getSimpleName().replace("Immutable", "") + "[" + on() + ", by " + by().name().masked()
        + (details.isEmpty() ? "" : ", " + details)
        + (evidence().isEmpty() ? "" : ", evidence: " + evidence().mkString(", "))
        + (documents().isEmpty() ? "" : ", documents: " + documents().mkString(", ")) + "]";
  }
}
