package id.kim.rules.region;

import id.kim.core.validation.FieldViolation;
import id.kim.rules.engine.Rule;
import id.kim.rules.explain.Citation;
import id.kim.rules.explain.Evidence;
import id.kim.rules.explain.Finding;
import id.kim.rules.explain.Message;
import id.kim.rules.explain.Outcome;
import id.kim.rules.explain.RuleId;
import id.kim.rules.explain.Severity;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;

/**
 * One of REGION-CODE-1..4: satisfied when no field violates it, not satisfied with each field's path
 * and rejected value as evidence, not evaluated when it needs a register and none was supplied.
 * Region codes do not change with the day: {@code asOf} is not read.
 */
final class RegionCodeRule implements Rule<RegionCodeFacts> {
  static final String BUNDLE = "id.kim.rules.region.Messages";

  private final RuleId id;
  private final Citation citation;
  private final boolean needsRegister;

  RegionCodeRule(String id, Citation citation, boolean needsRegister) {
    this.id = RuleId.of(id);
    this.citation = citation;
    this.needsRegister = needsRegister;
  }

  @Override
  public RuleId id() {
    return id;
  }

  @Override
  public Citation citation() {
    return citation;
  }

  @Override
  public Finding evaluate(RegionCodeFacts facts, LocalDate asOf) {
    if (needsRegister && facts.directory().isEmpty()) {
      return finding(Outcome.NOT_EVALUATED, List.empty(), message("noRegister"), Option.none());
    }
    Seq<FieldViolation> found = facts.violationsOf(id.value());
    if (found.isEmpty()) {
      return finding(Outcome.SATISFIED, List.empty(), message("satisfied"), Option.none());
    }
    Seq<Evidence> evidence = found.zipWithIndex().map(t -> Evidence.of(
        found.count(v -> v.path().equals(t._1.path())) > 1 ? t._1.path() + "[" + (t._2 + 1) + "]" : t._1.path(),
        t._1.rejectedValue()));
    return finding(Outcome.NOT_SATISFIED, evidence, message("violated", found.map(FieldViolation::path).mkString(", ")),
        Option.some(message("violated.remedy")));
  }

  private Message message(String key, Object... args) {
    return Message.of(BUNDLE, id.value() + "." + key, args);
  }

  private Finding finding(Outcome outcome, Seq<Evidence> evidence, Message message, Option<Message> remedy) {
    return Finding.of(id, citation, outcome, Severity.REQUIREMENT, evidence, message, remedy);
  }

  @Override
  public String toString() {
    return id + " (" + citation + ")";
  }
}
