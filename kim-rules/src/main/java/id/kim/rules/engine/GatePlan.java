package id.kim.rules.engine;

import id.kim.rules.explain.Finding;
import id.kim.rules.explain.RuleId;
import io.vavr.collection.Array;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * How a {@link RuleSet} evaluates its rules once its gates are known: an evaluation order in which
 * every prerequisite comes before the rules it guards (ties kept in the set's own order), and, per
 * rule, the gates guarding it with the positions of their prerequisites. Computed once per rule set,
 * so an evaluation does no lookups by ID.
 */
final class GatePlan<F> {
  private final Rule<F>[] rules;
  private final int[] order;
  private final Gate[][] gates;
  private final int[][][] prerequisites;

  private GatePlan(Rule<F>[] rules, int[] order, Gate[][] gates, int[][][] prerequisites) {
    this.rules = rules;
    this.order = order;
    this.gates = gates;
    this.prerequisites = prerequisites;
  }

  @SuppressWarnings("unchecked")
  static <F> GatePlan<F> of(Seq<Rule<F>> ruleSeq, Seq<Gate> gateSeq, Object owner) {
    Rule<F>[] rules = ruleSeq.toJavaArray(n -> (Rule<F>[]) new Rule<?>[n]);
    int n = rules.length;
    Gate[][] gates = new Gate[n][];
    int[][][] prerequisites = new int[n][][];
    for (int i = 0; i < n; i++) {
      RuleId id = rules[i].id();
      Seq<Gate> guarding = gateSeq.filter(g -> g.guarded().contains(id));
      gates[i] = guarding.toJavaArray(Gate[]::new);
      prerequisites[i] = new int[gates[i].length][];
      for (int g = 0; g < gates[i].length; g++) {
        prerequisites[i][g] = positionsOf(rules, gates[i][g].prerequisites());
      }
    }
    return new GatePlan<>(rules, topologicalOrder(rules, prerequisites, owner), gates, prerequisites);
  }

  private static int[] positionsOf(Rule<?>[] rules, Seq<RuleId> ids) {
    int[] out = new int[rules.length];
    int count = 0;
    for (int i = 0; i < rules.length; i++) {
      if (ids.contains(rules[i].id())) {
        out[count++] = i;
      }
    }
    return Arrays.copyOf(out, count);
  }

  /** Kahn's algorithm, always taking the first ready rule in set order, so the order is stable. */
  private static int[] topologicalOrder(Rule<?>[] rules, int[][][] prerequisites, Object owner) {
    int n = rules.length;
    int[] order = new int[n];
    boolean[] placed = new boolean[n];
    for (int k = 0; k < n; k++) {
      int next = -1;
      for (int i = 0; i < n && next < 0; i++) {
        if (!placed[i] && allPlaced(prerequisites[i], placed)) {
          next = i;
        }
      }
      if (next < 0) {
        java.util.List<String> waiting = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          if (!placed[i]) {
            waiting.add(rules[i].id().value());
          }
        }
        throw new IllegalArgumentException("the gates of rule set " + owner + " wait for each other in a cycle: "
            + waiting);
      }
      placed[next] = true;
      order[k] = next;
    }
    return order;
  }

  private static boolean allPlaced(int[][] prerequisiteGroups, boolean[] placed) {
    for (int[] group : prerequisiteGroups) {
      for (int p : group) {
        if (!placed[p]) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * @param facts the facts
   * @param asOf the as-of date
   * @return each rule's finding followed by its warnings, in the set's order
   */
  Seq<Finding> evaluate(F facts, LocalDate asOf) {
    int n = rules.length;
    Finding[] findings = new Finding[n];
    boolean[] held = new boolean[n];
    HeldBy last = new HeldBy();
    for (int i : order) {
      Finding heldBack = heldBack(i, findings, last);
      held[i] = heldBack != null;
      findings[i] = held[i] ? heldBack : rules[i].evaluate(facts, asOf);
    }
    return withWarnings(findings, held, facts, asOf);
  }

  /** @return the findings, each followed by its rule's warnings (none for a rule held back) */
  private Seq<Finding> withWarnings(Finding[] findings, boolean[] held, F facts, LocalDate asOf) {
    int n = findings.length;
    Seq<?>[] warnings = null;
    int count = n;
    for (int i = 0; i < n; i++) {
      Seq<Finding> w = held[i] ? List.empty() : rules[i].warnings(facts, asOf);
      if (!w.isEmpty()) {
        warnings = warnings == null ? new Seq<?>[n] : warnings;
        warnings[i] = w;
        count += w.size();
      }
    }
    if (warnings == null) {
      return Array.of(findings); // the usual case: no rule has a warning
    }
    Finding[] out = new Finding[count];
    int k = 0;
    for (int i = 0; i < n; i++) {
      out[k++] = findings[i];
      if (warnings[i] != null) {
        for (Object w : warnings[i]) {
          out[k++] = (Finding) w;
        }
      }
    }
    return Array.of(out);
  }

  private @Nullable Finding heldBack(int rule, Finding[] findings, HeldBy last) {
    for (int g = 0; g < gates[rule].length; g++) {
      Gate gate = gates[rule][g];
      int[] group = prerequisites[rule][g];
      // one gate's prerequisites are the same rules (the same positions) for every rule it guards
      String blockedBy = last.gate == gate ? last.blockedBy : blockedBy(gate, group, findings);
      last.gate = gate;
      last.blockedBy = blockedBy;
      if (blockedBy != null) {
        return gate.heldBack(rules[rule], blockedBy);
      }
    }
    return null;
  }

  /** @return the IDs of the prerequisites of the group that block, or null if none does */
  private @Nullable String blockedBy(Gate gate, int[] group, Finding[] findings) {
    List<RuleId> blockers = List.empty();
    for (int k = group.length - 1; k >= 0; k--) {
      if (gate.policy().blocks(findings[group[k]])) {
        blockers = blockers.prepend(rules[group[k]].id());
      }
    }
    return blockers.isEmpty() ? null : Gate.blockedBy(blockers);
  }

  /**
   * The last gate checked in one evaluation, and what blocked it (null: nothing): the rules a gate
   * guards are usually evaluated one after another, and the prerequisites, evaluated before them,
   * do not change, so the blockers are worked out once per gate.
   */
  private static final class HeldBy {
    @Nullable Gate gate;
    @Nullable String blockedBy;
  }
}
