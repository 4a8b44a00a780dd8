package id.kim.rules.lifecycle;

import id.kim.rules.explain.Citation;
import id.kim.rules.explain.RuleId;
import io.vavr.collection.List;
import io.vavr.collection.Seq;

/**
 * The transitions of RULES.md §3.2 (T1–T9), plus the SDK's variants that stay in or return to a state
 * (T3b, T3r, T4b, T5b, T8b). Each names its source, the rules its guards apply and, for a step the
 * juknis does not state, a PROPOSED citation with its gap. Each citation is declared beside the guard
 * that applies it ({@code RegistrationSteps}, {@code PartnershipSteps}, {@code ReviewSteps}, where T5 and
 * T6 quote the two steps of II.B.6, TERM-PROC-1 and TERM-PROC-2).
 */
public enum Step {
  /** CANDIDATE → REGISTERED: registration and institutional verification; number issued. */
  T1("T1", RegistrationSteps.T1_CITATION,
      "PARTNER-LEGAL-2", "INV-2", "INV-6"),
  /** REGISTERED → MAPPED: profiling and issue identification (MAP-STAGE-A/B) of a KIM meeting MAP-ENTRY-1..4. */
  T2("T2", RegistrationSteps.T2_CITATION, "MAP-ENTRY-1", "MAP-ENTRY-2", "MAP-ENTRY-3",
      "MAP-ENTRY-4", "MAP-RULE-a", "INV-6"),
  /** MAPPED → CATEGORISED: grid, priority, report (MAP-STAGE-C..E). */
  T3("T3", RegistrationSteps.T3_CITATION, "MAP-RULE-d", "MAP-RULE-e", "INV-5"),
  /** CATEGORISED → CATEGORISED: periodic re-assessment (PROPOSED; the juknis sets no cycle). */
  T3B("T3b", RegistrationSteps.T3B_CITATION, "MAP-RULE-d", "INV-5"),
  /** TERMINATED → CATEGORISED: re-entry after termination with a recorded justification (PROPOSED). */
  T3R("T3r", RegistrationSteps.T3R_CITATION,
      "TERM-PROC-2", "INV-5"),
  /** CATEGORISED → PARTNER: designation for a period on a fresh eligibility decision. */
  T4("T4", PartnershipSteps.T4_CITATION,
      "MAP-RULE-0", "PARTNER-LEGAL-2", "PROFILE-r", "INV-1", "INV-2", "INV-6"),
  /** PARTNER → PARTNER: another period for another programme or policy (PROPOSED, INV-4). */
  T4B("T4b", PartnershipSteps.T4B_CITATION, "PROFILE-r", "INV-4", "INV-6"),
  /** PARTNER → UNDER_REVIEW: an indicated ground opens a review (TERM-PROC-1). */
  T5("T5", ReviewSteps.T5_CITATION, "TERM-PROC-1", "INV-7"),
  /** UNDER_REVIEW → UNDER_REVIEW: further grounds added to the open review (PROPOSED). */
  T5B("T5b", ReviewSteps.T5B_CITATION, "TERM-PROC-1"),
  /** UNDER_REVIEW → TERMINATED: a proven ground; the regency/city Dinas decides (TERM-PROC-2). */
  T6("T6", ReviewSteps.T6_CITATION, "TERM-PROC-2", "INV-3", "INV-6"),
  /** UNDER_REVIEW → PARTNER: review closed without proof (PROPOSED, implied by the two steps). */
  T7("T7", ReviewSteps.T7_CITATION, "TERM-PROC-1"),
  /** PARTNER → CATEGORISED: every partnership period has ended (PROPOSED). */
  T8("T8", PartnershipSteps.T8_CITATION, "INV-4"),
  /** PARTNER → PARTNER: some periods ended, another is still running (PROPOSED, INV-4). */
  T8B("T8b", PartnershipSteps.T8B_CITATION, "INV-4"),
  /** REGISTERED / MAPPED / CATEGORISED / TERMINATED → DEREGISTERED: dissolved or moved away (PROPOSED). */
  T9("T9", RegistrationSteps.T9_CITATION, "INV-7");

  private final String label;
  private final Citation citation;
  private final Seq<RuleId> rules;

  Step(String label, Citation citation, String... rules) {
    this.label = label;
    this.citation = citation;
    this.rules = List.of(rules).map(RuleId::of);
  }

  /** @return the label of RULES.md §3.2, e.g. {@code "T3b"} */
  public String label() {
    return label;
  }

  /** @return where the step comes from (PROPOSED with its gap where the juknis does not state it) */
  public Citation citation() {
    return citation;
  }

  /** @return the RULES.md rules and invariants its guards apply */
  public Seq<RuleId> rules() {
    return rules;
  }

  @Override
  public String toString() {
    return label;
  }
}
