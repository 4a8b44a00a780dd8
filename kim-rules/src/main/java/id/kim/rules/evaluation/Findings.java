package id.kim.rules.evaluation;

import id.kim.rules.explain.Citation;
import id.kim.rules.explain.Evidence;
import id.kim.rules.explain.Finding;
import id.kim.rules.explain.Message;
import id.kim.rules.explain.Outcome;
import id.kim.rules.explain.RuleId;
import id.kim.rules.explain.Severity;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

/** Builds the findings of this family. */
final class Findings {
  private Findings() {}

  static Finding of(RuleId id, Citation citation, Outcome outcome, Severity severity, Message message,
      Option<Message> remedy, Seq<Evidence> evidence) {
    return Finding.builder().ruleId(id).citation(citation).outcome(outcome).severity(severity)
        .message(message).remedy(outcome == Outcome.SATISFIED ? Option.none() : remedy).evidence(evidence).build();
  }
}
