package id.kim.rules.lifecycle;

import static id.kim.rules.lifecycle.Journeys.DESIGNATED_ON;
import static id.kim.rules.lifecycle.Journeys.MAPPED_ON;
import static id.kim.rules.lifecycle.Journeys.reach;
import static id.kim.rules.lifecycle.Journeys.rejected;
import static id.kim.rules.lifecycle.Journeys.state;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.i18n.Lang;
import id.kim.core.validation.MissingValueException;
import id.kim.rules.explain.RuleId;
import id.kim.rules.fixtures.Kims;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Checks before every step: actor of the Dinas (INV-6), no future or out-of-order events")
class GuardOrderTest {
  private final Lifecycle lifecycle = Lifecycle.standard();
  private final LifecycleState registered = state(reach(Status.REGISTERED));

  @Test
  @DisplayName("INV-6 an officer of another regency/city Dinas, or of the province, cannot act on this relation")
  void actorOfTheDinas() {
    for (var officer : java.util.List.of(Kims.OTHER_OFFICER, Kims.PROVINCIAL_OFFICER)) {
      Rejection r = rejected(lifecycle.apply(registered,
          EnterMapping.of(officer, MAPPED_ON, Kims.mappingEntry(MAPPED_ON)), MAPPED_ON));
      assertEquals(io.vavr.collection.List.of(RuleId.of("INV-6")), r.rules());
      assertEquals(Option.none(), r.step());
      assertTrue(r.explain(Lang.EN)
          .contains("cannot act on the relation of the KIM with Dinas Kominfo Kabupaten Jembrana (INV-6)"));
    }
  }

  @Test
  @DisplayName("an event dated after the as-of day is refused; dated on it is accepted")
  void noFutureEvents() {
    assertEquals("guard.future",
        rejected(lifecycle.apply(registered, Journeys.map(MAPPED_ON), MAPPED_ON.minusDays(1))).reason().key());
    assertTrue(lifecycle.apply(registered, Journeys.map(MAPPED_ON), MAPPED_ON).isRight());
  }

  @Test
  @DisplayName("an event dated before the last recorded step is refused; the same day is accepted")
  void noOutOfOrderEvents() {
    LocalDate last = registered.since();
    assertEquals("guard.beforeLast",
        rejected(lifecycle.apply(registered, Journeys.map(last.minusDays(1)), last)).reason().key());
    assertEquals(last, lifecycle.apply(registered, Journeys.map(last), last).get().after().since());
  }

  @Test
  @DisplayName(
      "an event recorded late gets the same answer as one recorded on its day (date guards judge the event's day)")
  void lateRecordingSameAnswer() {
    LifecycleState categorised = state(reach(Status.CATEGORISED));
    Designate d = Journeys.designate(DESIGNATED_ON);
    Transition onTime = lifecycle.apply(categorised, d, DESIGNATED_ON).get();
    Transition late = lifecycle.apply(categorised, d, DESIGNATED_ON.plusDays(300)).get();
    assertEquals(onTime.after(), late.after());
    LifecycleState partner = onTime.after();
    LocalDate periodEnd = Journeys.PERIOD.end();
    assertEquals(rejected(lifecycle.apply(partner, Journeys.periodEnded(periodEnd), periodEnd)).reason(),
        rejected(lifecycle.apply(partner, Journeys.periodEnded(periodEnd), periodEnd.plusDays(30))).reason());
  }

  @Test
  @DisplayName("apply is a pure function: the same inputs give equal answers, the state passed in is unchanged")
  void pure() {
    LifecycleState before = state(reach(Status.REGISTERED));
    assertEquals(lifecycle.apply(before, Journeys.map(MAPPED_ON), MAPPED_ON),
        lifecycle.apply(before, Journeys.map(MAPPED_ON), MAPPED_ON));
    lifecycle.apply(before, Journeys.register(MAPPED_ON), MAPPED_ON);
    assertEquals(state(reach(Status.REGISTERED)), before);
  }

  @Test
  @DisplayName("a null argument is a programming error naming the parameter")
  void nulls() {
    assertTrue(assertThrows(MissingValueException.class, () ->
        lifecycle.apply(null, Journeys.map(MAPPED_ON), MAPPED_ON))
        .getMessage().contains("'state'"));
    assertTrue(assertThrows(MissingValueException.class, () -> lifecycle.apply(registered, null, MAPPED_ON))
        .getMessage().contains("'event'"));
    assertTrue(assertThrows(MissingValueException.class, () ->
        lifecycle.apply(registered, Journeys.map(MAPPED_ON), null))
        .getMessage().contains("'asOf'"));
    assertTrue(assertThrows(MissingValueException.class, () -> Categorise.of(Kims.OFFICER, MAPPED_ON, null))
        .getMessage().contains("'rationale'"));
    assertTrue(assertThrows(MissingValueException.class, () -> LifecycleState.candidate("KIM", null, MAPPED_ON))
        .getMessage().contains("'dinas'"));
  }

  @Test
  @DisplayName("policies: a negative freshness window is refused; the policy is recorded in every transition")
  void policy() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> LifecyclePolicy.builder().freshnessDays(-1).build());
    assertTrue(e.getMessage().contains("freshnessDays"));
    LifecyclePolicy p = LifecyclePolicy.builder().freshnessDays(7).build();
    assertEquals(p, Lifecycle.of(p).apply(registered, Journeys.map(MAPPED_ON), MAPPED_ON).get().policy());
    assertEquals("LifecyclePolicy[freshnessDays=7, TriggerPolicy[asn=BOARD_AND_MEMBERS, TERM-2=KIM+BOARD_MEMBER, "
        + "TERM-4=KIM+BOARD_MEMBER]]", p.toString());
  }
}
