package id.kim.rules.impact;

import id.kim.rules.explain.RuleId;
import io.vavr.collection.Array;
import io.vavr.collection.SortedMap;
import io.vavr.collection.TreeMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The counts of one impact run while it goes: mutable, confined to the thread that feeds it, and
 * turned into an {@link ImpactSummary} at the end. Counting commutes, and the list of changed KIM is
 * sorted at the end, so the summary does not depend on the order in which KIM are added.
 */
final class Tally {
  private long population;
  private long invalid;
  private final Map<Transition, Long> overall = new HashMap<>();
  private final Map<String, Map<Transition, Long>> byProvince = new HashMap<>();
  private final Map<Area, Map<Transition, Long>> byRegencyCity = new HashMap<>();
  private final Map<Transition, Map<RuleId, Long>> rules = new HashMap<>();
  private final List<KimChange> changed = new ArrayList<>();

  void invalid() {
    population++;
    invalid++;
  }

  void add(KimImpact impact) {
    population++;
    Transition t = impact.transition();
    overall.merge(t, 1L, Long::sum);
    byProvince.computeIfAbsent(impact.area().province(), k -> new HashMap<>()).merge(t, 1L, Long::sum);
    byRegencyCity.computeIfAbsent(impact.area(), k -> new HashMap<>()).merge(t, 1L, Long::sum);
    if (t.changed()) {
      Map<RuleId, Long> perRule = rules.computeIfAbsent(t, k -> new HashMap<>());
      impact.responsibleRules().distinct().forEach(id -> perRule.merge(id, 1L, Long::sum));
      changed.add(impact.change());
    }
  }

  ImpactSummary.Builder into(ImpactSummary.Builder b) {
    List<KimChange> sorted = new ArrayList<>(changed);
    Collections.sort(sorted);
    return b.population(population).invalid(invalid).transitions(sorted(overall))
        .byProvince(nested(byProvince, Tally::sorted))
        .byRegencyCity(nested(byRegencyCity, Tally::sorted))
        .rulesByTransition(nested(rules, Tally::sorted))
        .changedKim(Array.ofAll(sorted));
  }

  private static <K extends Comparable<? super K>, V> SortedMap<K, V> sorted(Map<K, V> counts) {
    return TreeMap.ofAll(counts);
  }

  private static <K extends Comparable<? super K>, V, W> SortedMap<K, W> nested(Map<K, V> outer, Function<V, W> inner) {
    return TreeMap.ofAll(outer).mapValues(inner);
  }
}
