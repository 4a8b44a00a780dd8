package id.kim.rules.lifecycle;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import id.kim.core.agency.Officer;
import id.kim.core.community.CommunityNumber;
import id.kim.core.community.PartnershipPeriod;
import id.kim.core.document.DocumentRef;
import id.kim.core.time.Period;
import id.kim.rules.explain.Evidence;
import id.kim.rules.explain.Outcome;
import id.kim.rules.fixtures.Kims;
import id.kim.rules.termination.Indication;
import id.kim.rules.termination.IndicationSource;
import id.kim.rules.termination.TerminationTrigger;
import id.kim.rules.termination.TriggerSubject;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import org.quicktheories.core.Gen;

/**
 * Random action sequences for the lifecycle's laws. An {@link Action} is a handful of random numbers;
 * {@link #event} turns it into an event against the current state — mostly one the state allows,
 * sometimes any; mostly well-formed, sometimes with a wrong actor, a wrong date, a stale or negative
 * eligibility decision, a ground never reviewed, missing evidence — so that sequences reach every
 * state and meet every guard. Shrinking works on the numbers.
 */
final class ActionScript {
  private static final Seq<String> PROGRAMMES = List.of("Program A", "Program B", "Program C");
  private static final TerminationTrigger[] TRIGGERS = TerminationTrigger.values();

  private ActionScript() {}

  /** Random choices for one event. */
  static final class Action {
    final int kind;
    final int a;
    final int b;
    final int c;
    final int days;
    final int late;

    Action(int kind, int a, int b, int c, int days, int late) {
      this.kind = kind;
      this.a = a;
      this.b = b;
      this.c = c;
      this.days = days;
      this.late = late;
    }

    @Override
    public String toString() {
      return "Action(" + kind + "," + a + "," + b + "," + c + "," + days + "," + late + ")";
    }
  }

  /** An event and the as-of day to record it on. */
  static final class Move {
    final LifecycleEvent event;
    final LocalDate asOf;

    Move(LifecycleEvent event, LocalDate asOf) {
      this.event = event;
      this.asOf = asOf;
    }
  }

  static Gen<Action> actions() {
    Gen<Integer> pct = integers().between(0, 99);
    return pct.zip(pct, pct, pct, (k, a, b, c) -> new int[] {k, a, b, c})
        .zip(integers().between(0, 40), integers().between(0, 7), (x, d, l) ->
            new Action(x[0], x[1], x[2], x[3], d, l));
  }

  static Gen<java.util.List<Action>> scripts() {
    return lists().of(actions()).ofSizeBetween(0, 40);
  }

  static Move event(Action x, LifecycleState s) {
    LocalDate on = s.since().plusDays(x.days - 2L);
    LocalDate asOf = x.late == 7 ? on.minusDays(1) : on.plusDays(x.late);
    Officer by = x.a < 4 ? Kims.OTHER_OFFICER : Kims.OFFICER;
    Seq<EventKind> allowed = List.of(EventKind.values()).filter(k -> k.isAllowedIn(s.status()));
    EventKind kind = x.kind < 70 && !allowed.isEmpty() ? allowed.get(x.kind % allowed.size())
        : EventKind.values()[x.kind % 9];
    switch (kind) {
      case REGISTER -> {
        return new Move(
            Register.of(
                by,
                on,
                x.b < 85 ? Kims.NUMBER : CommunityNumber.of("KIM/5108/0001", Kims.BULELENG)),
            asOf);
      }
      case ENTER_MAPPING -> {
        return new Move(EnterMapping.of(by, on, Kims.mappingEntry(on.minusDays(x.b % 3))), asOf);
      }
      case CATEGORISE -> {
        return new Move(
            x.b < 40
                ? Categorise.of(by, on)
                : Categorise.of(by, on, x.b < 95 ? "alasan tertulis" : " "),
            asOf);
      }
      case DESIGNATE -> {
        return new Move(designate(x, by, on), asOf);
      }
      case OPEN_REVIEW -> {
        return new Move(OpenReview.of(by, on, indications(x, by, on)), asOf);
      }
      case CLEAR_REVIEW -> {
        return new Move(ClearReview.of(by, on, x.b > 90 ? "" : "tidak terbukti"), asOf);
      }
      case TERMINATE -> {
        return new Move(Terminate.of(by, on, proven(x, s)), asOf);
      }
      case PERIOD_ENDED -> {
        LocalDate end = s.designations().map(d -> d.period().period().end()).min().getOrElse(on);
        LocalDate day = x.b < 70 ? max(s.since(), end.plusDays(x.c % 3 - 1L)) : on;
        return new Move(PeriodEnded.of(by, day), x.late == 7 ? day.minusDays(1) : day.plusDays(x.late));
      }
      default -> {
        Deregister d = Deregister.of(by, on, DeregistrationReason.values()[x.b % 2]);
        return new Move(x.c > 90 ? d
            : Deregister.builder().from(d).documents(List.of(DocumentRef.of("arsip/bukti-" + x.c + ".pdf"))).build(),
            asOf);
      }
    }
  }

  private static Designate designate(Action x, Officer by, LocalDate on) {
    LocalDate start = on.plusDays(x.b % 30 - 10L);
    Period p = Period.of(start, start.plusDays(x.c * 3L - 20));
    Outcome outcome = x.b < 80 ? Outcome.SATISFIED : x.b < 90 ? Outcome.NOT_SATISFIED : Outcome.UNKNOWN;
    LocalDate decided = x.c > 95 ? on.plusDays(1) : on.minusDays(x.c % 40);
    return Designate.of(by, on, PartnershipPeriod.of(p, PROGRAMMES.get(x.c % 3)), Kims.decision(decided, outcome));
  }

  private static Seq<Indication> indications(Action x, Officer by, LocalDate on) {
    int count = x.b % 10 == 0 ? 0 : 1 + x.b % 2;
    return List.range(0, count).map(i -> {
      TerminationTrigger t = TRIGGERS[(x.c / (i + 1) + i) % 7];
      TriggerSubject subject = (x.c + i) % 11 == 0 ? TriggerSubject.MEMBER : TriggerSubject.KIM;
      Seq<Evidence> evidence = x.b > 95 ? List.empty() : List.of(Evidence.of("laporan", "bukti " + i));
      LocalDate reported = x.a == 50 ? on.plusDays(1) : on.minusDays((x.c + i) % 5);
      return Indication.builder().trigger(t).subject(subject).source(IndicationSource.REPORTED).evidence(evidence)
          .reportedBy(by).reportedOn(reported).build();
    });
  }

  private static Seq<ProvenTrigger> proven(Action x, LifecycleState s) {
    Seq<TerminationTrigger> reviewed = s.review().map(r -> r.triggers().toList()).getOrElse(List.empty());
    return List.range(0, x.b % 3).map(i -> {
      TerminationTrigger t = x.c < 85 && !reviewed.isEmpty() ? reviewed.get((x.c + i) % reviewed.size())
          : TRIGGERS[(x.c + i) % 7];
      return ProvenTrigger.of(t, DocumentRef.of("arsip/bukti-" + t.ruleId() + ".pdf"));
    }).distinct();
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}
