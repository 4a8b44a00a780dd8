package id.kim.rules.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import id.kim.core.i18n.Lang;
import id.kim.rules.explain.Verdict;
import id.kim.rules.termination.TerminationTrigger;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Lifecycle laws over random event sequences (QuickTheories)")
class LifecyclePropertiesTest {
  /** What {@code Bundles.format} prints for a key its bundle lacks. */
  private static final Pattern MISSING_KEY =
      Pattern.compile("\\[(guard|notAllowed|trail|rejection)\\.");

  /** One run of a script: every trail along the way and every answer. */
  private static final class Run {
    final java.util.List<AuditTrail> trails = new ArrayList<>();
    final java.util.List<ActionScript.Move> moves = new ArrayList<>();
    final java.util.List<Either<Rejection, AuditTrail>> answers = new ArrayList<>();

    AuditTrail last() {
      return trails.get(trails.size() - 1);
    }
  }

  private static Run run(java.util.List<ActionScript.Action> script) {
    Run r = new Run();
    r.trails.add(Journeys.start());
    for (ActionScript.Action a : script) {
      AuditTrail t = r.last();
      ActionScript.Move m = ActionScript.event(a, t.state().get());
      Either<Rejection, AuditTrail> answer = t.record(m.event, m.asOf);
      r.moves.add(m);
      r.answers.add(answer);
      r.trails.add(answer.getOrElse(t));
    }
    return r;
  }

  @Test
  @DisplayName(
      "law 1: for any sequence, replaying the trail gives the state it holds, also after reloading it from storage")
  void replayGivesTheSameState() {
    qt().withExamples(400).forAll(ActionScript.scripts()).check(script -> {
      AuditTrail t = run(script).last();
      return t.replay().equals(t.state()) && t.state().isRight()
          && AuditTrail.of(t.initial(), t.entries()).state().equals(t.state());
    });
  }

  @Test
  @DisplayName(
      "law 2: no sequence reaches TERMINATED without a review before it and a proven ground that was under review "
          + "(TERM-PROC-1/2, INV-3)")
  void noTerminationWithoutReviewAndProof() {
    qt().withExamples(400).forAll(ActionScript.scripts()).check(script -> {
      Seq<AuditEntry> es = run(script).last().entries();
      return es.zipWithIndex().forAll(p -> p._1.status() != Status.TERMINATED || terminatedProperly(es, p._2));
    });
  }

  private static boolean terminatedProperly(Seq<AuditEntry> es, int i) {
    AuditEntry e = es.get(i);
    if (i == 0 || e.step() != Step.T6 || es.get(i - 1).status() != Status.UNDER_REVIEW) {
      return false;
    }
    int opened = es.take(i).lastIndexWhere(x -> x.step() == Step.T5);
    Set<TerminationTrigger> reviewed = EnumSet.noneOf(TerminationTrigger.class);
    es.slice(opened, i).filter(x -> x.event() instanceof OpenReview)
        .forEach(x -> ((OpenReview) x.event()).indications().forEach(ind -> reviewed.add(ind.trigger())));
    Seq<ProvenTrigger> proven = ((Terminate) e.event()).proven();
    return opened >= 0 && !proven.isEmpty() && proven.forAll(p -> reviewed.contains(p.trigger()));
  }

  @Test
  @DisplayName(
      "law 3: every rejected event leaves the state unchanged, names that state, and is rejected again on retry")
  void rejectionsChangeNothing() {
    qt().withExamples(400).forAll(ActionScript.scripts()).check(script -> {
      Run r = run(script);
      for (int i = 0; i < r.answers.size(); i++) {
        Either<Rejection, AuditTrail> answer = r.answers.get(i);
        if (answer.isRight()) {
          continue;
        }
        AuditTrail before = r.trails.get(i);
        Rejection rej = answer.getLeft();
        ActionScript.Move m = r.moves.get(i);
        boolean ok = r.trails.get(i + 1) == before
            && rej.state() == before.state().get().status()
            && before.record(m.event, m.asOf).equals(answer)
            && before.equals(AuditTrail.of(before.initial(), before.entries()))
            && (rej.step().isEmpty() || rej.allowedIn().contains(rej.state()))
            && (rej.event().isAllowedIn(rej.state()) || rej.step().isEmpty())
            && !MISSING_KEY.matcher(rej.explain(Lang.ID)).find() && !MISSING_KEY.matcher(rej.explain(Lang.EN)).find();
        if (!ok) {
          return false;
        }
      }
      return true;
    });
  }

  @Test
  @DisplayName(
      "law 4: the trail only grows — an accepted event adds one entry after the old ones, a rejected one adds none")
  void trailOnlyGrows() {
    qt().withExamples(400).forAll(ActionScript.scripts()).check(script -> {
      Run r = run(script);
      for (int i = 0; i < r.answers.size(); i++) {
        AuditTrail before = r.trails.get(i);
        AuditTrail after = r.trails.get(i + 1);
        boolean ok = r.answers.get(i).isRight()
            ? after.size() == before.size() + 1 && after.entries().startsWith(before.entries())
                && after.entries().last().event().equals(r.moves.get(i).event)
                && after.entries().last().sequence() == after.size()
            : after.size() == before.size();
        if (!ok) {
          return false;
        }
      }
      return true;
    });
  }

  @Test
  @DisplayName("law 5: a designation rests on an ELIGIBLE, fresh decision, made after the latest termination (GAP-38)")
  void designationsRestOnFreshDecisions() {
    qt().withExamples(400).forAll(ActionScript.scripts()).check(script -> {
      Seq<AuditEntry> es = run(script).last().entries();
      return es.zipWithIndex().filter(p -> p._1.step() == Step.T4 || p._1.step() == Step.T4B).forAll(p -> {
        Designate d = (Designate) p._1.event();
        LocalDate decided = d.eligibility().asOf();
        boolean afterTermination = es.take(p._2).filter(x -> x.step() == Step.T6)
            .forAll(x -> decided.isAfter(x.on()));
        return d.eligibility().verdict() == Verdict.ELIGIBLE && !decided.isAfter(d.on())
            && ChronoUnit.DAYS.between(decided, d.on()) <= p._1.policy().freshnessDays() && afterTermination;
      });
    });
  }

  @Test
  @DisplayName("law 6: the state agrees with the last entry, and a partner always holds a designation (INV-4)")
  void stateAgreesWithTrail() {
    qt().withExamples(400).forAll(ActionScript.scripts()).check(script -> {
      AuditTrail t = run(script).last();
      LifecycleState s = t.state().get();
      return s.status() == t.entries().lastOption().map(AuditEntry::status).getOrElse(Status.CANDIDATE)
          && s.status().isPartner() == !s.designations().isEmpty()
          && t.entries().forAll(e -> e.by().dinas().equals(t.initial().dinas()));
    });
  }

  @Test
  @DisplayName("the generator reaches every state and takes every step (so the laws are not vacuous)")
  void generatorCoversTheMachine() {
    Set<Status> states = EnumSet.noneOf(Status.class);
    Set<Step> steps = EnumSet.noneOf(Step.class);
    qt().withFixedSeed(20260105L).withExamples(600).forAll(ActionScript.scripts()).checkAssert(script -> {
      run(script).last().entries().forEach(e -> {
        states.add(e.status());
        steps.add(e.step());
      });
    });
    assertEquals(EnumSet.complementOf(EnumSet.of(Status.CANDIDATE)), states);
    assertEquals(EnumSet.allOf(Step.class), steps, "steps never taken: "
        + List.ofAll(EnumSet.complementOf(EnumSet.copyOf(steps))));
  }
}
