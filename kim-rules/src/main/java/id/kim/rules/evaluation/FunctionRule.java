package id.kim.rules.evaluation;

import id.kim.core.validation.MissingValueException;
import id.kim.rules.engine.Rule;
import id.kim.rules.explain.Citation;
import id.kim.rules.explain.Finding;
import id.kim.rules.explain.RuleId;
import java.time.LocalDate;
import java.util.function.BiFunction;

/** A rule made of its ID, its citation and a pure function; used for the small rules of this family. */
final class FunctionRule<F> implements Rule<F> {
  private final RuleId id;
  private final Citation citation;
  private final BiFunction<F, LocalDate, Finding> body;

  FunctionRule(RuleId id, Citation citation, BiFunction<F, LocalDate, Finding> body) {
    this.id = id;
    this.citation = citation;
    this.body = body;
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
  public Finding evaluate(F facts, LocalDate asOf) {
    if (facts == null || asOf == null) {
      throw new MissingValueException(facts == null ? "facts" : "asOf");
    }
    return body.apply(facts, asOf);
  }

  @Override
  public String toString() {
    return "Rule[" + id + "]";
  }
}
