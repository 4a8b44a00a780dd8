package id.kim.rules.lifecycle;

import static id.kim.rules.lifecycle.Journeys.CATEGORISED_ON;
import static id.kim.rules.lifecycle.Journeys.DESIGNATED_ON;
import static id.kim.rules.lifecycle.Journeys.PERIOD;
import static id.kim.rules.lifecycle.Journeys.PROOF;
import static id.kim.rules.lifecycle.Journeys.TERMINATED_ON;
import static id.kim.rules.lifecycle.Journeys.reach;
import static id.kim.rules.lifecycle.Journeys.rejected;
import static id.kim.rules.lifecycle.Journeys.run;
import static id.kim.rules.lifecycle.Journeys.state;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.kim.core.i18n.Lang;
import id.kim.rules.explain.Evidence;
import id.kim.rules.fixtures.Kims;
import id.kim.rules.termination.TerminationTrigger;
import io.vavr.collection.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The audit trail as an officer reads it (kim-examples prints it, logs keep it): each line names the step,
 * the state it led to, the act (its day, the officer masked, its own details), the as-of day, the rules
 * and the rule set; free texts and names of persons appear only masked (GAP-49). The texts of the
 * journey in {@link Journeys}: registered, mapped, categorised, designated, reviewed, terminated.
 */
class AuditTextsTest {
  private static final String RULE_SET = "juknis-2022-lifecycle v2022.08.30";
  private static final String DESIGNATED = "2026-03-01..2026-08-31 \"Sosialisasi Program Desa Digital\"";

  @Test
  @DisplayName("T1–T6: one line per entry — step, state, act with its details, as-of day, rules, rule set")
  void entries() {
    List<String> lines = reach(Status.TERMINATED).entries().map(AuditEntry::toString).toList();
    assertEquals(List.of(
        "#1 T1 → REGISTERED Register[2026-01-10, by M*** W***, KIM/5101/0007] as of 2026-01-10 "
            + "[PARTNER-LEGAL-2, INV-2, INV-6; " + RULE_SET + "]",
        "#2 T2 → MAPPED EnterMapping[2026-01-20, by M*** W***, mapping entry ELIGIBLE as of 2026-01-20] as of "
            + "2026-01-20 [MAP-ENTRY-1, MAP-ENTRY-2, MAP-ENTRY-3, MAP-ENTRY-4, MAP-RULE-a, INV-6; " + RULE_SET + "]",
        "#3 T3 → CATEGORISED Categorise[2026-02-01, by M*** W***] as of 2026-02-01 "
            + "[MAP-RULE-d, MAP-RULE-e, INV-5; " + RULE_SET + "]",
        "#4 T4 → PARTNER Designate[2026-02-10, by M*** W***, " + DESIGNATED + ", eligibility ELIGIBLE as of "
            + "2026-02-10] as of 2026-02-10 [MAP-RULE-0, PARTNER-LEGAL-2, PROFILE-r, INV-1, INV-2, INV-6; "
            + RULE_SET + "]",
        "#5 T5 → UNDER_REVIEW OpenReview[2026-05-01, by M*** W***, indications TERM-1] as of 2026-05-01 "
            + "[TERM-PROC-1, INV-7, TERM-1; " + RULE_SET + "]",
        "#6 T6 → TERMINATED Terminate[2026-05-20, by M*** W***, proven TERM-1] as of 2026-05-20 "
            + "[TERM-PROC-2, INV-3, INV-6, TERM-1; " + RULE_SET + "]"), lines);
  }

  @Test
  @DisplayName("T4 as a transition: step, states before and after, the act, the rules and the rule set")
  void transition() {
    Transition t4 = Lifecycle.standard().apply(state(reach(Status.CATEGORISED)), Journeys.designate(DESIGNATED_ON),
        DESIGNATED_ON).get();
    assertEquals("Transition[T4 CATEGORISED → PARTNER as of 2026-02-10, Designate[2026-02-10, by M*** W***, "
        + DESIGNATED + ", eligibility ELIGIBLE as of 2026-02-10], rules MAP-RULE-0, PARTNER-LEGAL-2, PROFILE-r, "
        + "INV-1, INV-2, INV-6, " + RULE_SET + "]", t4.toString());
  }

  @Test
  @DisplayName("states: number, Dinas, status and day, the designations, the open review, the termination, "
      + "the reason of deregistration")
  void states() {
    String kim = "LifecycleState[KIM Gumbrih (KIM/5101/0007) → Dinas Kominfo Kabupaten Jembrana: ";
    assertEquals(kim + "UNDER_REVIEW since 2026-05-01, designations " + DESIGNATED + " (designated 2026-02-10), "
        + "Review[opened 2026-05-01, grounds TERM-1]]", state(reach(Status.UNDER_REVIEW)).toString());
    assertEquals(kim + "TERMINATED since 2026-05-20, Termination[2026-05-20, proven TERM-1, "
        + "Review[opened 2026-05-01, grounds TERM-1]]]", state(reach(Status.TERMINATED)).toString());
    assertEquals(kim + "DEREGISTERED since 2026-02-05, DISSOLVED]", state(reach(Status.DEREGISTERED)).toString());
    assertEquals("AuditTrail[KIM Gumbrih → Dinas Kominfo Kabupaten Jembrana, 6 entries, TERMINATED]",
        reach(Status.TERMINATED).toString());
    assertEquals("Lifecycle[" + RULE_SET + ", LifecyclePolicy[freshnessDays=30, TriggerPolicy[asn=BOARD_AND_MEMBERS, "
        + "TERM-2=KIM+BOARD_MEMBER, TERM-4=KIM+BOARD_MEMBER]]]", Lifecycle.standard().toString());
  }

  @Test
  @DisplayName("GAP-38 / GAP-49: a re-entry's rationale is shown masked; evidence and documents are listed")
  void eventsWithTexts() {
    AuditTrail reentered = run(reach(Status.TERMINATED), Categorise.of(Kims.OFFICER, TERMINATED_ON.plusDays(3),
        "warga Made Wirawan melapor, telp 0812-3456-7890"));
    assertEquals("Categorise[2026-05-23, by M*** W***, rationale ***(47)]",
        reentered.entries().last().event().toString());
    Categorise withEvidence = Categorise.builder().from(Journeys.categorise(CATEGORISED_ON))
        .evidence(List.of(Evidence.of("notulen", "rapat 1 Februari"))).build();
    assertEquals("Categorise[2026-02-01, by M*** W***, evidence: notulen=rapat 1 Februari]", withEvidence.toString());
    assertEquals("Deregister[2026-02-05, by M*** W***, DISSOLVED, documents: arsip/2026/surat-pembubaran.pdf]",
        reach(Status.DEREGISTERED).entries().last().event().toString());
    assertEquals("PeriodEnded[2026-09-01, by M*** W***]", Journeys.periodEnded(PERIOD.end().plusDays(1)).toString());
    ProvenTrigger proven = ProvenTrigger.builder().trigger(TerminationTrigger.SK_EXPIRED_OR_REVOKED).proof(PROOF)
        .evidence(List.of(Evidence.of("laporan", "surat warga"))).build();
    assertEquals("TERM-1 proven by arsip/2026/pencabutan-SK-141.pdf (laporan=surat warga)", proven.toString());
    assertEquals("TERM-1 proven by arsip/2026/pencabutan-SK-141.pdf",
        ProvenTrigger.of(TerminationTrigger.SK_EXPIRED_OR_REVOKED, PROOF).toString());
  }

  @Test
  @DisplayName("a rejection prints as its English explanation")
  void rejection() {
    Rejection r = rejected(reach(Status.CANDIDATE).record(Journeys.categorise(CATEGORISED_ON), CATEGORISED_ON));
    assertEquals("Rejection[" + r.explain(Lang.EN) + "]", r.toString());
    assertEquals("Rejection[Event \"categorisation\" refused in state CANDIDATE (candidate): Categorisation follows "
        + "entry into the mapping; while a partnership runs, re-categorisation waits for the end of the partnership "
        + "period. Allowed in states: MAPPED (mapped), CATEGORISED (categorised), TERMINATED (terminated).]",
        r.toString());
  }
}
