package id.kim.rules.lifecycle;

import static id.kim.rules.lifecycle.Journeys.CATEGORISED_ON;
import static id.kim.rules.lifecycle.Journeys.MAPPED_ON;
import static id.kim.rules.lifecycle.Journeys.REGISTERED_ON;
import static id.kim.rules.lifecycle.Journeys.reach;
import static id.kim.rules.lifecycle.Journeys.rejected;
import static id.kim.rules.lifecycle.Journeys.state;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.community.CommunityNumber;
import id.kim.core.i18n.Lang;
import id.kim.rules.explain.RuleId;
import id.kim.rules.fixtures.Kims;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("T1 register, T2 mapping, T3/T3b categorisation (RULES.md §3.2)")
class RegistrationStepsTest {
  private final Lifecycle lifecycle = Lifecycle.standard();

  @Test
  @DisplayName("T1 CANDIDATE → REGISTERED issues the Nomor Induk Komunitas (PARTNER-LEGAL-2, INV-2)")
  void register() {
    LifecycleState candidate = state(reach(Status.CANDIDATE));
    Transition t = lifecycle.apply(candidate, Journeys.register(REGISTERED_ON), REGISTERED_ON).get();
    assertEquals(Step.T1, t.step());
    assertEquals(Status.REGISTERED, t.after().status());
    assertEquals(Option.some(Kims.NUMBER), t.after().communityNumber());
    assertEquals(REGISTERED_ON, t.after().since());
    assertTrue(t.rules().containsAll(List.of(RuleId.of("PARTNER-LEGAL-2"), RuleId.of("INV-2"))));
    assertEquals(Lifecycle.JUKNIS_2022, t.ruleSet());
    assertEquals(LifecyclePolicy.standard(), t.policy());
    assertEquals("registasi dan verifikasi kelembagaan KIM", t.citation().quote());
    assertEquals(candidate, t.before());
  }

  @Test
  @DisplayName(
      "T1 a number issued by another regency/city is refused (PARTNER-LEGAL-2: 'yang dikeluarkan oleh Dinas "
          + "Kabupaten/Kota')")
  void numberOfOtherRegency() {
    Register other = Register.of(Kims.OFFICER, REGISTERED_ON, CommunityNumber.of("KIM/5108/0001", Kims.BULELENG));
    Rejection r = rejected(lifecycle.apply(state(reach(Status.CANDIDATE)), other, REGISTERED_ON));
    assertEquals(Option.some(Step.T1), r.step());
    assertEquals(Status.CANDIDATE, r.state());
    assertTrue(r.rules().contains(RuleId.of("PARTNER-LEGAL-2")));
    assertEquals(
        "Peristiwa \"registrasi dan verifikasi\" ditolak pada status CANDIDATE (calon KIM): Nomor Induk Komunitas "
        + "KIM/5108/0001 dikeluarkan oleh Kabupaten Buleleng, bukan oleh kabupaten/kota Dinas (Kabupaten Jembrana) "
        + "(PARTNER-LEGAL-2, INV-2). Diizinkan pada status: CANDIDATE (calon KIM). Aturan: T1, PARTNER-LEGAL-2, INV-2, "
        + "INV-6.",
        r.explain(Lang.ID));
    assertTrue(r.explain(Lang.EN)
        .startsWith("Event \"registration and verification\" refused in state CANDIDATE (candidate)"));
  }

  @Test
  @DisplayName("T1 a number dated after the registration is refused; dated the same day is accepted")
  void numberIssuedLater() {
    LifecycleState candidate = state(reach(Status.CANDIDATE));
    Register later = Register.of(Kims.OFFICER, REGISTERED_ON, Kims.NUMBER.withIssuedOn(REGISTERED_ON.plusDays(1)));
    assertTrue(rejected(lifecycle.apply(candidate, later, REGISTERED_ON)).reason().key()
        .equals("guard.numberIssuedLater"));
    Register sameDay = Register.of(Kims.OFFICER, REGISTERED_ON, Kims.NUMBER.withIssuedOn(REGISTERED_ON));
    assertTrue(lifecycle.apply(candidate, sameDay, REGISTERED_ON).isRight());
  }

  @Test
  @DisplayName("T2 REGISTERED → MAPPED (II.B.3 'harus masuk didalam pemetaan')")
  void enterMapping() {
    Transition t = lifecycle.apply(state(reach(Status.REGISTERED)), Journeys.map(MAPPED_ON), MAPPED_ON).get();
    assertEquals(Step.T2, t.step());
    assertEquals(Status.MAPPED, t.after().status());
    assertTrue(t.rules().contains(RuleId.of("MAP-RULE-a")));
  }

  @Test
  @DisplayName("T3 MAPPED → CATEGORISED, then T3b re-assessment stays CATEGORISED (PROPOSED, GAP-16)")
  void categorise() {
    Transition t3 = lifecycle.apply(state(reach(Status.MAPPED)), Journeys.categorise(CATEGORISED_ON), CATEGORISED_ON)
        .get();
    assertEquals(Step.T3, t3.step());
    assertFalse(t3.citation().proposed());
    Transition t3b = lifecycle.apply(t3.after(), Journeys.categorise(CATEGORISED_ON.plusDays(60)),
        CATEGORISED_ON.plusDays(60)).get();
    assertEquals(Step.T3B, t3b.step());
    assertEquals(Status.CATEGORISED, t3b.after().status());
    assertTrue(t3b.citation().proposed());
    assertEquals(CATEGORISED_ON.plusDays(60), t3b.after().since());
  }

  @Test
  @DisplayName("T3 a blank rationale is refused rather than recorded")
  void blankRationale() {
    Categorise blank = Categorise.of(Kims.OFFICER, CATEGORISED_ON, "  ");
    assertEquals("guard.rationaleBlank",
        rejected(lifecycle.apply(state(reach(Status.MAPPED)), blank, CATEGORISED_ON)).reason().key());
  }

  @Test
  @DisplayName("the standard journey reaches every state, registered from T1 on (INV-2)")
  void journeyReachesEveryState() {
    for (Status s : Status.values()) {
      LifecycleState st = state(reach(s));
      assertEquals(s, st.status());
      assertEquals(s != Status.CANDIDATE, st.communityNumber().isDefined());
      assertEquals(reach(s).state(), reach(s).replay());
    }
  }
}
