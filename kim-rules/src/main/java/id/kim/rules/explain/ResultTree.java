package id.kim.rules.explain;

import id.kim.core.i18n.Lang;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * JSON-ready trees (maps, lists, strings and booleans in a stable key order) of the explanation
 * types, so that any JSON library — or none — can store or send a result.
 */
public final class ResultTree {
  private ResultTree() {}

  /**
   * @param d a decision
   * @param lang language of the rendered messages
   * @return the tree
   */
  public static Map<String, Object> decision(Decision d, Lang lang) {
    Map<String, Object> tree = new LinkedHashMap<>();
    tree.put("question", d.question().render(lang));
    tree.put("subject", d.subject());
    tree.put("verdict", d.verdict().name());
    tree.put("verdictLabel", d.verdict().label(lang));
    tree.put("ruleSet", Map.of("name", d.ruleSet().name(), "version", d.ruleSet().version()));
    tree.put("asOf", d.asOf().toString());
    tree.put("lang", lang.name().toLowerCase(Locale.ROOT));
    List<Object> findings = new ArrayList<>();
    d.findings().forEach(f -> findings.add(finding(f, lang)));
    tree.put("findings", findings);
    return tree;
  }

  /**
   * @param f a finding
   * @param lang language of the rendered messages
   * @return the tree
   */
  public static Map<String, Object> finding(Finding f, Lang lang) {
    Map<String, Object> tree = new LinkedHashMap<>();
    tree.put("rule", f.ruleId().value());
    tree.put("outcome", f.outcome().name());
    tree.put("outcomeLabel", f.outcome().label(lang));
    tree.put("severity", f.severity().name());
    tree.put("message", f.message().render(lang));
    tree.put("messageKey", f.message().key());
    Map<String, Object> citation = new LinkedHashMap<>();
    citation.put("section", f.citation().section());
    citation.put("quote", f.citation().quote());
    citation.put("proposed", f.citation().proposed());
    f.citation().gap().forEach(g -> citation.put("gap", g));
    tree.put("citation", citation);
    Map<String, Object> evidence = new LinkedHashMap<>();
    f.evidence().forEach(e -> evidence.put(e.name(), e.value()));
    tree.put("evidence", evidence);
    f.remedy().forEach(r -> tree.put("remedy", r.render(lang)));
    return tree;
  }
}
