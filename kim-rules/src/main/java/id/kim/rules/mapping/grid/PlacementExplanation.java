package id.kim.rules.mapping.grid;

import id.kim.core.community.KimRef;
import id.kim.rules.explain.Citation;
import id.kim.rules.explain.Evidence;
import id.kim.rules.explain.Finding;
import id.kim.rules.explain.Message;
import id.kim.rules.explain.Outcome;
import id.kim.rules.explain.Severity;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The findings that explain a placement: the rule (GRID-1..4, GRID-VAR), the citation (the Tabel 3.3
 * row on an exact match, the PROPOSED mixed-case resolution otherwise), the levels with what decided
 * each and the numbers compared, and the policy in force.
 */
final class PlacementExplanation {
  /** The message bundle of the mapping family, for the findings of stage C. */
  static final String BUNDLE = "id.kim.rules.mapping.Messages";

  private PlacementExplanation() {}

  static Finding of(GridPlacement p) {
    GridCategory category = p.category();
    String key;
    Citation citation;
    Object detail;
    if (p.juknisExactMatch()) {
      key = "GRID.exact." + category.row();
      citation = category.citation();
      detail = "";
    } else if (p.decision().isDefined()) {
      key = "GRID.decided." + category.row();
      citation = MixedCasePolicy.CITATION;
      detail = p.decision().get().decidedBy().name().masked() + ", " + p.decision().get().decidedOn();
    } else if (category == GridCategory.UNCLASSIFIED) {
      key = "GRID.unclassified";
      citation = MixedCasePolicy.CITATION;
      detail = p.policy().mixedCase();
    } else {
      key = "GRID.mixed." + category.row();
      citation = MixedCasePolicy.CITATION;
      detail = p.policy().mixedCase();
    }
    Seq<Evidence> evidence = List.of(level(p.interest()), level(p.power()), level(p.influence()),
        Evidence.of("juknisExactMatch", p.juknisExactMatch()),
        Evidence.of("mixedCasePolicy", p.classification().appliedPolicy()),
        Evidence.of("policy", p.policy().code()));
    if (p.decision().isDefined()) {
      evidence = evidence.append(Evidence.of("decision", p.decision().get().category() + " by "
          + p.decision().get().decidedBy().name().masked() + " on " + p.decision().get().decidedOn()));
    }
    boolean unclassified = category == GridCategory.UNCLASSIFIED;
    return Finding.builder().ruleId(category.ruleId()).citation(citation)
        .outcome(unclassified ? Outcome.UNKNOWN : Outcome.SATISFIED)
        .evidence(evidence)
        .message(Message.of(BUNDLE, key, p.kim(), detail))
        .remedy(unclassified ? Option.of(Message.of(BUNDLE, "GRID.unclassified.remedy", p.kim())) : Option.none())
        .build();
  }

  static Finding noEvidence(KimRef kim, VariableLevel v, LocalDate asOf) {
    return Finding.builder().ruleId(GridVariable.GRID_VAR).citation(GridPlacer.LEVEL_CITATION)
        .outcome(Outcome.UNKNOWN).severity(Severity.WARNING)
        .evidence(List.of(Evidence.of("kim", kim), Evidence.of("variable", v.variable()), Evidence.of("asOf", asOf)))
        .message(Message.of(BUNDLE, "GRID-VAR.noEvidence." + v.variable(), kim, asOf))
        .remedy(Option.of(Message.of(BUNDLE, "GRID-VAR.noEvidence.remedy." + v.variable())))
        .build();
  }

  /** e.g. {@code power = HIGH (MEASURED: total 5000 > 1200; relative(p50,SUM); n=4)}. */
  private static Evidence level(VariableLevel v) {
    StringBuilder text = new StringBuilder().append(v.level()).append(" (").append(v.basis());
    v.assessment()
        .forEach(a -> text.append(": ").append(a.assessedBy().name().masked()).append(", ").append(a.assessedOn()));
    v.measurement().forEach(m -> text.append(v.basis() == LevelBasis.MEASURED ? ": " : "; figures: ")
        .append(m.hasEvidence() ? m.comparison() : "none").append("; ").append(m.policyCode())
        .append(m.populationSize() > 0 ? "; n=" + m.populationSize() : ""));
    if (!v.overlappingIssues().isEmpty()) {
      text.append("; priority issues: ").append(v.overlappingIssues().mkString(" | "));
    }
    return Evidence.of(v.variable().name().toLowerCase(Locale.ROOT), text.append(')').toString());
  }
}
