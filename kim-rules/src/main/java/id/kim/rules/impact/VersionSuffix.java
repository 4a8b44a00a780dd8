package id.kim.rules.impact;

import id.kim.rules.evaluation.ContinuationPolicy;
import id.kim.rules.explain.RuleId;
import id.kim.rules.mapping.MappingPolicy;
import id.kim.rules.mapping.grid.LevelPolicy;
import id.kim.rules.mapping.priority.PriorityPolicy;
import id.kim.rules.termination.TriggerPolicy;
import io.vavr.collection.Set;
import java.util.ArrayList;
import java.util.List;

/**
 * What a {@link Variant} appends to its base version: the eligibility policy's own suffix
 * ({@code asn=…}), then the termination, mapping and evaluation settings that differ
 * ({@code termination.asn=…}, {@code mapping.mixedCase=…}, {@code evaluation=…}), the removed rules
 * ({@code without=QUAL-3+QUAL-5}) and the name ({@code variant=…}); nothing for the baseline.
 */
final class VersionSuffix {
  private VersionSuffix() {}

  static String of(Variant v) {
    if (v.equals(Variant.baseline())) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    String eligibility = v.eligibility().versionSuffix();
    if (!eligibility.isEmpty()) {
      parts.add(eligibility.substring(1));
    }
    termination(v.termination(), parts);
    mapping(v.mapping(), parts);
    if (!v.evaluation().equals(ContinuationPolicy.standard())) {
      parts.add("evaluation=" + v.evaluation().name());
    }
    if (!v.removedRules().isEmpty()) {
      parts.add("without=" + v.removedRules().map(RuleId::value).mkString("+"));
    }
    parts.add("variant=" + v.name());
    return "+" + String.join(",", parts);
  }

  private static void termination(TriggerPolicy t, List<String> parts) {
    TriggerPolicy d = TriggerPolicy.standard();
    if (t.asn() != d.asn()) {
      parts.add("termination.asn=" + t.asn().name());
    }
    if (!t.affiliationScope().equals(d.affiliationScope())) {
      parts.add("termination.affiliation=" + subjects(t.affiliationScope()));
    }
    if (!t.unlawfulActivityScope().equals(d.unlawfulActivityScope())) {
      parts.add("termination.unlawfulActivity=" + subjects(t.unlawfulActivityScope()));
    }
  }

  private static String subjects(Set<? extends Enum<?>> subjects) {
    return subjects.map(Enum::name).toSortedSet().mkString("+");
  }

  private static void mapping(MappingPolicy m, List<String> parts) {
    LevelPolicy level = m.level();
    LevelPolicy dl = LevelPolicy.standard();
    if (level.mixedCase() != dl.mixedCase()) {
      parts.add("mapping.mixedCase=" + level.mixedCase().name());
    }
    if (level.interest() != dl.interest()) {
      parts.add("mapping.interest=" + level.interest().name());
    }
    if (!level.power().equals(dl.power())) {
      parts.add("mapping.power=" + level.power().code());
    }
    if (!level.influence().equals(dl.influence())) {
      parts.add("mapping.influence=" + level.influence().code());
    }
    if (!m.priority().equals(PriorityPolicy.standard())) {
      parts.add("mapping.priority=" + m.priority().code());
    }
    if (m.report().includeAll()) {
      parts.add("mapping.includeAll=true");
    }
    if (m.provincialMappingAllowed()) {
      parts.add("mapping.provincialMapping=true");
    }
  }
}
