package id.kim.rules.impact;

import id.kim.core.i18n.Lang;
import id.kim.rules.explain.Outcome;
import id.kim.rules.explain.RuleId;
import id.kim.rules.explain.RuleSetRef;
import io.vavr.collection.SortedMap;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An {@link ImpactSummary} as a JSON-ready tree of maps, lists, strings and numbers — the shape of
 * {@code kim impact --format json} (docs/json.md "Impact"); codes are stable, {@code label}s are in
 * the chosen language for readers without the SDK.
 */
final class ImpactTree {
  private ImpactTree() {}

  static Map<String, Object> of(ImpactSummary s, Lang lang) {
    Map<String, Object> tree = new LinkedHashMap<>();
    tree.put("question", s.question().name());
    tree.put("questionLabel", s.question().question().render(lang));
    tree.put("base", ref(s.base()));
    tree.put("variant", ref(s.variant()));
    tree.put("asOf", s.asOf().toString());
    tree.put("lang", lang.name().toLowerCase(Locale.ROOT));
    tree.put("population", s.population());
    tree.put("invalid", s.invalid());
    tree.put("changed", s.changed());
    List<Object> transitions = new ArrayList<>();
    s.transitions().forEach((t, n) -> {
      Map<String, Object> row = transition(t, n, lang);
      s.rulesByTransition().get(t).forEach(rules -> row.put("rules", rules(rules)));
      transitions.add(row);
    });
    tree.put("transitions", transitions);
    List<Object> provinces = new ArrayList<>();
    s.byProvince().forEach((p, counts) -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("province", p);
      row.put("transitions", counts(counts, lang));
      provinces.add(row);
    });
    tree.put("byProvince", provinces);
    List<Object> areas = new ArrayList<>();
    s.byRegencyCity().forEach((a, counts) -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("province", a.province());
      row.put("regencyCity", a.regencyCity());
      row.put("transitions", counts(counts, lang));
      areas.add(row);
    });
    tree.put("byRegencyCity", areas);
    List<Object> changed = new ArrayList<>();
    s.changedKim().forEach(c -> changed.add(change(c, lang)));
    tree.put("changedKim", changed);
    return tree;
  }

  private static Map<String, Object> ref(RuleSetRef ref) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("name", ref.name());
    out.put("version", ref.version());
    return out;
  }

  private static Map<String, Object> transition(Transition t, long n, Lang lang) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("from", t.from().name());
    row.put("to", t.to().name());
    row.put("label", t.label(lang));
    row.put("count", n);
    return row;
  }

  private static List<Object> counts(SortedMap<Transition, Long> counts, Lang lang) {
    List<Object> out = new ArrayList<>();
    counts.forEach((t, n) -> out.add(transition(t, n, lang)));
    return out;
  }

  private static List<Object> rules(SortedMap<RuleId, Long> rules) {
    List<Object> out = new ArrayList<>();
    rules.forEach((id, n) -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("ruleId", id.value());
      row.put("count", n);
      out.add(row);
    });
    return out;
  }

  private static Map<String, Object> change(KimChange c, Lang lang) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("kim", c.subject());
    row.put("province", c.area().province());
    row.put("regencyCity", c.area().regencyCity());
    row.put("from", c.transition().from().name());
    row.put("to", c.transition().to().name());
    row.put("label", c.transition().label(lang));
    List<Object> rules = new ArrayList<>();
    c.responsibleRules().forEach(id -> rules.add(id.value()));
    row.put("responsibleRules", rules);
    List<Object> findings = new ArrayList<>();
    c.changedFindings().forEach(f -> {
      Map<String, Object> finding = new LinkedHashMap<>();
      finding.put("ruleId", f.ruleId().value());
      outcome(finding, "before", f.before(), lang);
      outcome(finding, "after", f.after(), lang);
      findings.add(finding);
    });
    row.put("changedFindings", findings);
    return row;
  }

  private static void outcome(Map<String, Object> row, String name, Option<Outcome> outcome, Lang lang) {
    outcome.forEach(o -> {
      row.put(name, o.name());
      row.put(name + "Label", o.label(lang));
    });
  }
}
