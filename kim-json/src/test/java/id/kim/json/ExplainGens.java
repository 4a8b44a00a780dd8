package id.kim.json;

import static id.kim.json.Gens.DATE;
import static id.kim.json.Gens.TEXT;
import static id.kim.json.Gens.few;

import id.kim.rules.explain.Citation;
import id.kim.rules.explain.Decision;
import id.kim.rules.explain.Evidence;
import id.kim.rules.explain.Finding;
import id.kim.rules.explain.Message;
import id.kim.rules.explain.Outcome;
import id.kim.rules.explain.RuleId;
import id.kim.rules.explain.RuleSetRef;
import id.kim.rules.explain.Severity;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/** Local generators of the explanation types of kim-rules. */
final class ExplainGens {
  static final Gen<RuleId> RULE_ID = Generate.pick(java.util.List.of("PARTNER-LEGAL", "QUAL", "TERM", "MAP-ENTRY",
      "GRID", "X-Y9"))
      .zip(SourceDSL.integers().between(1, 99), (f, n) -> RuleId.of(f + "-" + n));
  static final Gen<RuleSetRef> RULE_SET = TEXT.zip(TEXT, RuleSetRef::of);
  static final Gen<Citation> CITATION = TEXT.zip(TEXT, TEXT.toOptionals(50),
      (s, q, gap) -> gap.map(g -> Citation.proposed(s, q, g)).orElseGet(() -> Citation.of(s, q)));
  static final Gen<Evidence> EVIDENCE = TEXT.zip(TEXT, Evidence::of);
  static final Gen<Message> MESSAGE = TEXT.zip(TEXT, few(TEXT), (b, k, args) -> Message.of(b, k, args.toArray()));
  static final Gen<Finding> FINDING = in ->
      Finding.builder().ruleId(RULE_ID.generate(in)).citation(CITATION.generate(in))
      .outcome(Generate.enumValues(Outcome.class).generate(in))
      .severity(Generate.enumValues(Severity.class).generate(in))
      .evidence(List.ofAll(few(EVIDENCE).generate(in))).message(MESSAGE.generate(in))
      .remedy(Option.ofOptional(MESSAGE.toOptionals(50).generate(in))).build();
  static final Gen<Decision> DECISION = in ->
      Decision.builder().question(MESSAGE.generate(in)).subject(TEXT.generate(in))
      .findings(List.ofAll(few(FINDING).generate(in))).ruleSet(RULE_SET.generate(in)).asOf(DATE.generate(in)).build();

  private ExplainGens() {}
}
