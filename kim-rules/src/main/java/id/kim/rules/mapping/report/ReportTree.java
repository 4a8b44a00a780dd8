package id.kim.rules.mapping.report;

import id.kim.core.community.KimRef;
import id.kim.core.i18n.Lang;
import id.kim.rules.explain.Finding;
import id.kim.rules.explain.ResultTree;
import id.kim.rules.mapping.entry.NotAdmitted;
import id.kim.rules.mapping.grid.GridPlacement;
import id.kim.rules.mapping.grid.VariableLevel;
import id.kim.rules.mapping.issue.IssueLink;
import id.kim.rules.mapping.issue.IssueMatrixRow;
import id.kim.rules.mapping.profiling.FieldStatus;
import id.kim.rules.mapping.profiling.ProfileCompleteness;
import id.kim.rules.mapping.profiling.ProfileField;
import io.vavr.collection.Seq;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Renders a {@link MappingReport} as a JSON-ready tree: {@code java.util} maps (keys in a stable
 * order), lists, strings, numbers and booleans. Codes (enum names, rule IDs) are language-neutral;
 * labels and messages are in the requested language.
 */
final class ReportTree {
  private ReportTree() {}

  static Map<String, Object> render(MappingReport r, Lang lang) {
    Map<String, Object> tree = new LinkedHashMap<>();
    tree.put("report", MappingReport.REPORT_1.value());
    tree.put("dinas", r.dinas().name());
    tree.put("dinasLevel", r.dinas().level().name());
    tree.put("asOf", r.asOf().toString());
    tree.put("lang", lang.name().toLowerCase(Locale.ROOT));
    tree.put("scope", r.options().code());
    Map<String, Object> policies = new LinkedHashMap<>();
    policies.put("level", r.grid().policy().code());
    policies.put("power", r.grid().policy().power().describe(lang));
    policies.put("influence", r.grid().policy().influence().describe(lang));
    policies.put("interest", r.grid().policy().interest().name());
    policies.put("mixedCase", r.grid().policy().mixedCase().name());
    policies.put("priority", r.ranking().policy().code());
    tree.put("policies", policies);
    tree.put("censusSize", r.census().size());
    tree.put("matrix", list(r.rows(), row -> row(row, lang)));
    tree.put("issues", list(r.issues().rows(), row -> issue(row, lang)));
    tree.put("completeness", list(r.completeness(), c -> completeness(c, lang)));
    tree.put("notes", list(r.notes(), f -> ResultTree.finding(f, lang)));
    if (!r.notAdmitted().isEmpty()) {
      tree.put("notAdmitted", list(r.notAdmitted(), n -> notAdmitted(n, lang)));
    }
    return tree;
  }

  /** @return a record left out: its KIM, the verdict code and label, the failing findings or the violations */
  private static Map<String, Object> notAdmitted(NotAdmitted n, Lang lang) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kim", kim(n.ref()));
    m.put("verdict", n.code());
    m.put("verdictLabel", n.label(lang));
    m.put("reasons", list(n.reasons(), f -> ResultTree.finding(f, lang)));
    m.put("violations", list(n.violations(), v -> v.describe(lang)));
    return m;
  }

  private static Map<String, Object> row(MappingReportRow row, Lang lang) {
    GridPlacement p = row.decision().placement();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("rank", row.rank());
    m.put("kim", kim(row.kim()));
    m.put("interest", level(p.interest(), lang));
    m.put("power", level(p.power(), lang));
    m.put("influence", level(p.influence(), lang));
    Map<String, Object> category = new LinkedHashMap<>();
    category.put("row", row.category().row());
    category.put("rule", row.category().ruleId().value());
    category.put("code", row.category().name());
    category.put("label", row.category().label(lang));
    m.put("category", category);
    m.put("juknisExactMatch", row.juknisExactMatch());
    row.appliedPolicy().forEach(policy -> m.put("mixedCasePolicy", policy.name()));
    p.decision().forEach(d -> m.put("decision", ordered("category", d.category().name(),
        "decidedOn", d.decidedOn().toString(), "decidedBy", d.decidedBy().name().masked(), "rationale",
        d.rationale())));
    m.put("approaches", list(row.approaches(), a -> ordered("code", a.name(), "label", a.label(lang))));
    m.put("prioritised", row.prioritised());
    m.put("involved", row.involved());
    m.put("placement", ResultTree.finding(p.finding(), lang));
    m.put("priority", list(row.decision().findings(), f -> ResultTree.finding(f, lang)));
    return m;
  }

  private static Map<String, Object> level(VariableLevel v, Lang lang) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("level", v.level().name());
    m.put("label", v.level().label(lang));
    m.put("basis", v.basis().name());
    v.assessment().forEach(a -> {
      Map<String, Object> assessment = new LinkedHashMap<>();
      assessment.put("by", a.assessedBy().name().masked());
      assessment.put("on", a.assessedOn().toString());
      assessment.put("rationale", a.rationale());
      m.put("assessment", assessment);
    });
    v.measurement().forEach(t -> {
      Map<String, Object> measurement = new LinkedHashMap<>();
      measurement.put("hasEvidence", t.hasEvidence());
      measurement.put("high", t.high());
      measurement.put("total", t.figures().total());
      measurement.put("compared", t.metric().map(Enum::name).getOrElse("total"));
      measurement.put("figure", t.figure());
      t.cutoff().forEach(c -> measurement.put("cutoff", c));
      measurement.put("strict", t.strict());
      measurement.put("policy", t.policyCode());
      measurement.put("populationSize", t.populationSize());
      t.figures().latestObservation().forEach(d -> measurement.put("latestObservation", d.toString()));
      m.put("measurement", measurement);
    });
    v.suggestion().forEach(s -> m.put("suggestion", s.name()));
    if (!v.overlappingIssues().isEmpty()) {
      m.put("overlappingIssues", v.overlappingIssues().toJavaList());
    }
    return m;
  }

  private static Map<String, Object> issue(IssueMatrixRow row, Lang lang) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("no", row.number());
    m.put("title", row.issue().title());
    m.put("field", row.issue().field().name());
    m.put("fieldLabel", lang == Lang.ID ? row.issue().field().indonesianName() : row.issue().field().englishName());
    m.put("sources", list(io.vavr.collection.List.ofAll(row.issue().sources()), s ->
        ordered("rule", s.ruleId(), "label", s.label(lang))));
    m.put("otherSources", new ArrayList<>(row.issue().otherSources()));
    m.put("priority", row.issue().priority());
    m.put("crisisIndicated", row.issue().crisisIndicated());
    m.put("phase", row.phase().name());
    m.put("links", list(row.links(), l -> link(l, lang)));
    m.put("missingAspects", list(row.issue().dossier().missingAspects(), a -> a.ruleId().value()));
    return m;
  }

  private static Map<String, Object> link(IssueLink l, Lang lang) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kim", kim(l.kim()));
    m.put("reasons", list(l.reasons(), Enum::name));
    m.put("explanation", ResultTree.finding(l.explanation(), lang));
    return m;
  }

  private static Map<String, Object> completeness(ProfileCompleteness c, Lang lang) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kim", kim(c.kim()));
    m.put("complete", c.isComplete());
    m.put("meetsAddressRule", c.meetsAddressRule());
    m.put("missing", list(c.fields(FieldStatus.MISSING), f -> field(f, lang)));
    m.put("partial", list(c.fields(FieldStatus.PARTIAL), f -> field(f, lang)));
    m.put("findings", list(c.findings(), (Finding f) -> ResultTree.finding(f, lang)));
    return m;
  }

  private static Map<String, Object> field(ProfileField f, Lang lang) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("rule", f.ruleId().value());
    m.put("label", f.label(lang));
    m.put("requirement", f.requirement().name());
    return m;
  }

  private static Map<String, Object> kim(KimRef k) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", k.name());
    k.communityNumber().ifPresent(n -> m.put("number", n.printable()));
    m.put("registered", k.isRegistered());
    return m;
  }

  private static Map<String, Object> ordered(Object... keysAndValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return m;
  }

  private static <T> List<Object> list(Seq<T> items, Function<T, Object> f) {
    List<Object> out = new ArrayList<>();
    items.forEach(i -> out.add(f.apply(i)));
    return out;
  }
}
