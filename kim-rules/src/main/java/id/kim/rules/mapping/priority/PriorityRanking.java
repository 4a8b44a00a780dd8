package id.kim.rules.mapping.priority;

import static id.kim.core.validation.MissingValueException.requireNonNull;

import id.kim.core.community.KimRef;
import id.kim.rules.explain.Citation;
import id.kim.rules.explain.Evidence;
import id.kim.rules.explain.Finding;
import id.kim.rules.explain.Message;
import id.kim.rules.explain.Outcome;
import id.kim.rules.explain.RuleId;
import id.kim.rules.mapping.grid.Approach;
import id.kim.rules.mapping.grid.Grid;
import id.kim.rules.mapping.grid.GridCategory;
import id.kim.rules.mapping.grid.GridPlacement;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.ArrayList;
import org.immutables.value.Value;

/**
 * The result of mapping stage D — "Menentukan KIM yang Diprioritaskan dan Dilibatkan"
 * (MAP-STAGE-D, MAP-RULE-e): every placed KIM ranked by {@link PriorityOrder} (PRIORITY-1), with the
 * decision to prioritise and involve it under a {@link PriorityPolicy}, and its approaches refined by
 * III.D (PRIORITY-2).
 */
@Value.Immutable
public abstract class PriorityRanking {
  /** The message bundle of the mapping family, for the findings of stage D. */
  static final String BUNDLE = "id.kim.rules.mapping.Messages";

  /** MAP-RULE-e — the Dinas decides which KIM to prioritise and involve. */
  public static final RuleId MAP_RULE_E = RuleId.of("MAP-RULE-e");
  /** Citation of MAP-RULE-e. */
  public static final Citation MAP_RULE_E_CITATION = Citation.of("II.B.3.e",
      "Dinas Kominfo menentukan KIM yang perlu diprioritaskan dan dilibatkan.");

  /** PRIORITY-1 — the grid results determine the approach to each KIM. */
  private static final RuleId PRIORITY_1 = RuleId.of("PRIORITY-1");
  /** The juknis text of PRIORITY-1. */
  private static final String PRIORITY_1_QUOTE = "Hasil analisis terhadap kekuatan, pengaruh dan ketertarikan yang "
      + "dinilai dimiliki KIM selanjutnya digunakan sekaligus untuk menentukan bagaimana pendekatan yang seharusnya "
      + "diambil terhadap kelompok tersebut.";
  /** Citation of the ranking and the prioritisation policy built on PRIORITY-1 (PROPOSED, GAP-18). */
  private static final Citation PRIORITY_1_CITATION = Citation.proposed("III.D", PRIORITY_1_QUOTE, "GAP-18");


  /** @return the policy in force */
  public abstract PriorityPolicy policy();

  /** @return one decision per KIM, by rank */
  public abstract Seq<PriorityDecision> decisions();

  /**
   * @param grid the grid of stage C
   * @param policy the priority policy
   * @return the ranking
   */
  public static PriorityRanking of(Grid grid, PriorityPolicy policy) {
    requireNonNull(grid, "grid");
    requireNonNull(policy, "policy");
    Seq<GridPlacement> ranked = grid.placements().sorted(PriorityOrder.COMPARATOR);
    ArrayList<PriorityDecision> decisions = new ArrayList<>();
    int limit = policy.maxPrioritised().orElse(Integer.MAX_VALUE);
    int taken = 0;
    for (GridPlacement p : ranked) {
      boolean eligible = policy.prioritised().contains(p.category());
      boolean prioritised = eligible && taken < limit;
      taken += prioritised ? 1 : 0;
      decisions.add(decide(decisions.size() + 1, p, prioritised, eligible, policy));
    }
    return ImmutablePriorityRanking.builder().policy(policy).decisions(List.ofAll(decisions)).build();
  }

  /** @return the prioritised KIM, by rank */
  public Seq<PriorityDecision> prioritised() {
    return decisions().filter(PriorityDecision::prioritised);
  }

  /**
   * @param kim a KIM
   * @return its decision, if it was placed
   */
  public Option<PriorityDecision> decisionFor(KimRef kim) {
    return decisions().find(d -> d.kim().equals(kim));
  }

  private static PriorityDecision decide(int rank, GridPlacement p, boolean prioritised, boolean eligible,
      PriorityPolicy policy) {
    boolean involved = prioritised && policy.involved().contains(p.category());
    Seq<Approach> approaches = p.approaches().appendAll(InterestInfluenceExamples.addedApproach(p)).distinct().sorted();
    String key = p.category() == GridCategory.UNCLASSIFIED ? "PRIORITY-1.unclassified"
        : !eligible ? "PRIORITY-1.notPrioritised"
        : !prioritised ? "PRIORITY-1.beyondLimit"
        : involved ? "PRIORITY-1.involved" : "PRIORITY-1.prioritised";
    Finding ranking = Finding.builder().ruleId(PRIORITY_1).citation(PRIORITY_1_CITATION)
        .outcome(p.category() == GridCategory.UNCLASSIFIED ? Outcome.UNKNOWN : Outcome.SATISFIED)
        .evidence(List.of(Evidence.of("rank", rank), Evidence.of("category", p.category().row()),
            Evidence.of("highCount", p.highCount()), Evidence.of("totalReach", p.power().figure()),
            Evidence.of("kim", p.kim()), Evidence.of("policy", policy.code())))
        .message(Message.of(BUNDLE, key, p.kim(), rank, p.category().row()))
        .build();
    return PriorityDecision.builder().rank(rank).placement(p).prioritised(prioritised).involved(involved)
        .approaches(approaches).findings(List.of(ranking).appendAll(InterestInfluenceExamples.finding(p))).build();
  }

  @Override
  public String toString() {
    return "PriorityRanking[" + decisions().size() + " KIM, " + prioritised().size() + " prioritised, "
        + policy().code() + "]";
  }
}
