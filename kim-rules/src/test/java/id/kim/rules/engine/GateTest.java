package id.kim.rules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kim.core.i18n.Lang;
import id.kim.rules.explain.Citation;
import id.kim.rules.explain.Finding;
import id.kim.rules.explain.Message;
import id.kim.rules.explain.Outcome;
import id.kim.rules.explain.RuleId;
import id.kim.rules.explain.Severity;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.HashMap;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Gates order the rules of a set (QUAL-ORDER is the juknis' case); warnings follow their rule. */
class GateTest {
  private static final LocalDate DAY = LocalDate.of(2026, 7, 1);
  private static final Citation SOURCE = Citation.of("II.B.5", "Setelah memenuhi syarat legal dan administratif");

  /** Facts: the outcome each rule should answer, by ID. */
  private static final class Scripted implements Rule<Map<String, Outcome>> {
    final RuleId id;
    final AtomicInteger calls = new AtomicInteger();
    final boolean warns;

    Scripted(String id, boolean warns) {
      this.id = RuleId.of(id);
      this.warns = warns;
    }

    @Override
    public RuleId id() {
      return id;
    }

    @Override
    public Citation citation() {
      return SOURCE;
    }

    @Override
    public Finding evaluate(Map<String, Outcome> facts, LocalDate asOf) {
      calls.incrementAndGet();
      return finding(facts.get(id.value()).getOrElse(Outcome.SATISFIED), Severity.REQUIREMENT);
    }

    @Override
    public Seq<Finding> warnings(Map<String, Outcome> facts, LocalDate asOf) {
      return warns ? List.of(finding(Outcome.NOT_SATISFIED, Severity.WARNING)) : List.empty();
    }

    private Finding finding(Outcome outcome, Severity severity) {
      return Finding.builder().ruleId(id).citation(SOURCE).outcome(outcome).severity(severity)
          .message(Message.of("none", "x")).build();
    }
  }

  private static Gate gate(String id, List<String> prerequisites, List<String> guarded) {
    return Gate.of(RuleId.of(id), SOURCE, prerequisites.map(RuleId::of), guarded.map(RuleId::of));
  }

  private static Seq<String> outcomes(Seq<Finding> findings) {
    return findings.map(f -> f.ruleId() + ":" + f.outcome() + (f.severity() == Severity.WARNING ? "!" : ""));
  }

  private final Scripted legal = new Scripted("PARTNER-LEGAL-1", true);
  private final Scripted admin = new Scripted("PARTNER-ADMIN-1", false);
  private final Scripted qual = new Scripted("QUAL-1", true);
  private final RuleSet<Map<String, Outcome>> set = RuleSet.of("test", "1",
      List.<Rule<Map<String, Outcome>>>of(legal, admin, qual),
      List.of(gate("QUAL-ORDER", List.of("PARTNER-LEGAL-1", "PARTNER-ADMIN-1"), List.of("QUAL-1"))));

  @Test
  @DisplayName("QUAL-ORDER: with every prerequisite satisfied the guarded rule is evaluated; warnings follow each rule")
  void passingPrerequisitesLetTheGuardedRuleRun() {
    assertEquals(List.of("PARTNER-LEGAL-1:SATISFIED", "PARTNER-LEGAL-1:NOT_SATISFIED!", "PARTNER-ADMIN-1:SATISFIED",
        "QUAL-1:SATISFIED", "QUAL-1:NOT_SATISFIED!"), outcomes(set.evaluateAll(HashMap.empty(), DAY)));
  }

  @Test
  @DisplayName(
      "QUAL-ORDER REQUIRE_SATISFIED: an unknown prerequisite holds the guarded rule back, unevaluated, without "
          + "warnings")
  void unknownPrerequisiteHoldsBack() {
    Seq<Finding> findings = set.evaluateAll(HashMap.of("PARTNER-ADMIN-1", Outcome.UNKNOWN), DAY);
    assertEquals(List.of("PARTNER-LEGAL-1:SATISFIED", "PARTNER-LEGAL-1:NOT_SATISFIED!", "PARTNER-ADMIN-1:UNKNOWN",
        "QUAL-1:NOT_EVALUATED"), outcomes(findings));
    assertEquals(0, qual.calls.get(), "a held-back rule is not evaluated at all");
    Finding held = findings.last();
    assertEquals(SOURCE, held.citation());
    assertEquals("gate=QUAL-ORDER, gate.blockedBy=PARTNER-ADMIN-1", held.evidence().mkString(", "));
    assertEquals("menurut QUAL-ORDER (juknis II.B.5) aturan ini baru dinilai setelah syarat berikut terpenuhi: "
        + "PARTNER-ADMIN-1.", held.message().render(Lang.ID));
    assertEquals("under QUAL-ORDER (juknis II.B.5) this rule is assessed only once these are satisfied: "
        + "PARTNER-ADMIN-1.", held.message().render(Lang.EN));
  }

  @Test
  void everyBlockerIsNamedInTheSetOrder() {
    Finding held = set.evaluateAll(HashMap.of("PARTNER-ADMIN-1", Outcome.NOT_SATISFIED, "PARTNER-LEGAL-1",
        Outcome.UNKNOWN), DAY).last();
    assertEquals("gate.blockedBy=PARTNER-LEGAL-1, PARTNER-ADMIN-1", held.evidence().last().toString());
  }

  @Test
  @DisplayName("REQUIRE_NO_FAILURE: unknown prerequisites let the guarded rule run, a failure still holds it back")
  void noFailurePolicyOnlyStopsAtFailures() {
    RuleSet<Map<String, Outcome>> lenient = set.replacingGate(set.gates().head()
        .withPolicy(GatePolicy.REQUIRE_NO_FAILURE));
    assertEquals(Outcome.SATISFIED,
        qualOf(lenient.evaluateAll(HashMap.of("PARTNER-ADMIN-1", Outcome.UNKNOWN), DAY)).outcome());
    Finding held = lenient.evaluateAll(HashMap.of("PARTNER-ADMIN-1", Outcome.NOT_SATISFIED), DAY).last();
    assertEquals(Outcome.NOT_EVALUATED, held.outcome());
    assertEquals("gate.notEvaluated.REQUIRE_NO_FAILURE", held.message().key());
  }

  @Test
  void warningsNeverHoldBack() {
    assertTrue(GatePolicy.REQUIRE_SATISFIED.blocks(finding(Outcome.UNKNOWN, Severity.REQUIREMENT)));
    assertTrue(!GatePolicy.REQUIRE_SATISFIED.blocks(finding(Outcome.NOT_SATISFIED, Severity.WARNING)));
    assertTrue(!GatePolicy.REQUIRE_NO_FAILURE.blocks(finding(Outcome.NOT_EVALUATED, Severity.REQUIREMENT)));
  }

  private Finding finding(Outcome o, Severity s) {
    return Finding.builder().ruleId(RuleId.of("X-1")).citation(SOURCE).outcome(o).severity(s)
        .message(Message.of("b", "k")).build();
  }

  @Test
  @DisplayName("a guarded rule listed before its prerequisites still waits for them; output keeps the set's order")
  void evaluationOrderFollowsGatesOutputFollowsSet() {
    RuleSet<Map<String, Outcome>> reversed = RuleSet.of("test", "1", List.<Rule<Map<String, Outcome>>>of(qual, legal),
        List.of(gate("QUAL-ORDER", List.of("PARTNER-LEGAL-1"), List.of("QUAL-1"))));
    assertEquals(List.of("QUAL-1:NOT_EVALUATED", "PARTNER-LEGAL-1:NOT_SATISFIED", "PARTNER-LEGAL-1:NOT_SATISFIED!"),
        outcomes(reversed.evaluateAll(HashMap.of("PARTNER-LEGAL-1", Outcome.NOT_SATISFIED), DAY)));
  }

  private static Finding qualOf(Seq<Finding> findings) {
    return findings.find(f -> f.ruleId().value().equals("QUAL-1") && f.severity() == Severity.REQUIREMENT).get();
  }

  @Test
  @DisplayName("gates chain: a rule waiting for a held-back rule is held back too (REQUIRE_SATISFIED)")
  void chainedGatesPropagate() {
    Scripted later = new Scripted("TERM-1", false);
    RuleSet<Map<String, Outcome>> chain = set.with(later)
        .withGate(gate("LATER-1", List.of("QUAL-1"), List.of("TERM-1")));
    Finding held = chain.evaluateAll(HashMap.of("PARTNER-LEGAL-1", Outcome.NOT_SATISFIED), DAY).last();
    assertEquals("TERM-1:NOT_EVALUATED", held.ruleId() + ":" + held.outcome());
    assertEquals("gate.blockedBy=QUAL-1", held.evidence().last().toString());
    assertEquals(Outcome.SATISFIED, chain.evaluateAll(HashMap.empty(), DAY).last().outcome());
  }

  @Test
  void gatesThatWaitForEachOtherAreRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> set.withGate(gate("LATER-1", List.of("QUAL-1"), List.of("PARTNER-LEGAL-1"))));
    assertTrue(e.getMessage().contains("cycle"), e.getMessage());
  }

  @Test
  void disablingAPrerequisiteRemovesItFromTheGate() {
    RuleSet<Map<String, Outcome>> regional = set.without(RuleId.of("PARTNER-ADMIN-1"));
    assertEquals(Outcome.SATISFIED,
        qualOf(regional.evaluateAll(HashMap.of("PARTNER-ADMIN-1", Outcome.UNKNOWN), DAY)).outcome());
    assertEquals(1, regional.gates().size(), "the gate stays, naming an ID the set no longer has");
  }

  @Test
  void malformedGatesAreRejectedWithTheirId() {
    assertThrows(IllegalArgumentException.class, () -> gate("G-1", List.of("A-1"), List.empty()));
    IllegalArgumentException both = assertThrows(IllegalArgumentException.class, () ->
        gate("G-1", List.of("A-1"), List.of("A-1")));
    assertTrue(both.getMessage().contains("G-1") && both.getMessage().contains("A-1"));
    assertThrows(IllegalArgumentException.class, () -> set.withGate(set.gates().head()));
    assertThrows(IllegalArgumentException.class, () ->
        set.replacingGate(gate("OTHER-1", List.of("A-1"), List.of("B-1"))));
  }

  @Test
  void ruleSetWithoutGatesEvaluatesEveryRuleAsBefore() {
    RuleSet<Map<String, Outcome>> plain = RuleSet.of("plain", "1", List.<Rule<Map<String, Outcome>>>of(legal, qual));
    assertEquals(List.of("PARTNER-LEGAL-1:UNKNOWN", "PARTNER-LEGAL-1:NOT_SATISFIED!", "QUAL-1:SATISFIED",
        "QUAL-1:NOT_SATISFIED!"),
        outcomes(plain.evaluateAll(HashMap.of("PARTNER-LEGAL-1", Outcome.UNKNOWN), DAY)));
    assertTrue(plain.toString().startsWith("RuleSet[plain v1: PARTNER-LEGAL-1, QUAL-1"));
  }
}
