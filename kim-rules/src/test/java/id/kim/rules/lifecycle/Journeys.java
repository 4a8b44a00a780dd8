package id.kim.rules.lifecycle;

import static org.junit.jupiter.api.Assertions.fail;

import id.kim.core.community.PartnershipPeriod;
import id.kim.core.document.DocumentRef;
import id.kim.core.i18n.Lang;
import id.kim.core.time.Period;
import id.kim.rules.explain.Evidence;
import id.kim.rules.fixtures.Kims;
import id.kim.rules.termination.Indication;
import id.kim.rules.termination.TerminationTrigger;
import id.kim.rules.termination.TriggerSubject;
import io.vavr.collection.List;
import io.vavr.control.Either;
import java.time.LocalDate;

/**
 * Events and journeys for the lifecycle tests: KIM Gumbrih towards the Dinas Kominfo Kabupaten
 * Jembrana, registered 2026-01-10, mapped 2026-01-20, categorised 2026-02-01, designated 2026-02-10
 * for 2026-03-01..2026-08-31, reviewed from 2026-05-01, terminated 2026-05-20.
 */
final class Journeys {
  static final LocalDate REGISTERED_ON = LocalDate.of(2026, 1, 10);
  static final LocalDate MAPPED_ON = LocalDate.of(2026, 1, 20);
  static final LocalDate CATEGORISED_ON = LocalDate.of(2026, 2, 1);
  static final LocalDate DESIGNATED_ON = LocalDate.of(2026, 2, 10);
  static final Period PERIOD = Period.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 8, 31));
  static final String PROGRAMME = "Sosialisasi Program Desa Digital";
  static final LocalDate REVIEWED_ON = LocalDate.of(2026, 5, 1);
  static final LocalDate TERMINATED_ON = LocalDate.of(2026, 5, 20);
  static final DocumentRef PROOF = DocumentRef.of("arsip/2026/pencabutan-SK-141.pdf");

  private Journeys() {}

  static AuditTrail start() {
    return AuditTrail.start("KIM Gumbrih", Kims.DINAS, Kims.DAY);
  }

  static Register register(LocalDate on) {
    return Register.of(Kims.OFFICER, on, Kims.NUMBER);
  }

  static EnterMapping map(LocalDate on) {
    return EnterMapping.of(Kims.OFFICER, on, Kims.mappingEntry(on));
  }

  static Categorise categorise(LocalDate on) {
    return Categorise.of(Kims.OFFICER, on);
  }

  static Designate designate(LocalDate on, Period period, String programme) {
    return Designate.of(Kims.OFFICER, on, PartnershipPeriod.of(period, programme), Kims.eligible(on));
  }

  static Designate designate(LocalDate on) {
    return designate(on, PERIOD, PROGRAMME);
  }

  static Indication indication(TerminationTrigger t, LocalDate on) {
    return Indication.reported(t, TriggerSubject.KIM, List.of(Evidence.of("laporan", "surat warga " + on)),
        Kims.OFFICER, on);
  }

  static OpenReview review(LocalDate on, TerminationTrigger... ts) {
    return OpenReview.of(Kims.OFFICER, on, List.of(ts).map(t -> indication(t, on)));
  }

  static ClearReview clear(LocalDate on) {
    return ClearReview.of(Kims.OFFICER, on, "SK diperpanjang sampai 2028");
  }

  static Terminate terminate(LocalDate on, TerminationTrigger... ts) {
    return Terminate.of(Kims.OFFICER, on, List.of(ts).map(t -> ProvenTrigger.of(t, PROOF)));
  }

  static PeriodEnded periodEnded(LocalDate on) {
    return PeriodEnded.of(Kims.OFFICER, on);
  }

  static Deregister deregister(LocalDate on, DeregistrationReason reason) {
    return Deregister.builder().from(Deregister.of(Kims.OFFICER, on, reason))
        .documents(List.of(DocumentRef.of("arsip/2026/surat-pembubaran.pdf"))).build();
  }

  /** @return the trail after the events, each recorded as of its own day; fails the test on a rejection */
  static AuditTrail run(AuditTrail trail, LifecycleEvent... events) {
    AuditTrail t = trail;
    for (LifecycleEvent e : events) {
      t = accepted(t.record(e, e.on()));
    }
    return t;
  }

  static AuditTrail accepted(Either<Rejection, AuditTrail> result) {
    if (result.isLeft()) {
      fail("unexpected rejection: " + result.getLeft().explain(Lang.EN));
    }
    return result.get();
  }

  static Rejection rejected(Either<Rejection, ?> result) {
    if (result.isRight()) {
      fail("expected a rejection, got " + result.get());
    }
    return result.getLeft();
  }

  /** @return the trail of the standard journey up to (and including) reaching {@code status} */
  static AuditTrail reach(Status status) {
    AuditTrail t = start();
    switch (status) {
      case CANDIDATE -> {
        return t;
      }
      case DEREGISTERED -> {
        return run(
            reach(Status.CATEGORISED),
            deregister(CATEGORISED_ON.plusDays(4), DeregistrationReason.DISSOLVED));
      }
      default -> {}
    }
    List<LifecycleEvent> path = List.of(register(REGISTERED_ON), map(MAPPED_ON), categorise(CATEGORISED_ON),
        designate(DESIGNATED_ON), review(REVIEWED_ON, TerminationTrigger.SK_EXPIRED_OR_REVOKED),
        terminate(TERMINATED_ON, TerminationTrigger.SK_EXPIRED_OR_REVOKED));
    return run(t, path.take(status.ordinal()).toJavaArray(LifecycleEvent[]::new));
  }

  static LifecycleState state(AuditTrail t) {
    return t.state().get();
  }
}
