package id.kim.rules.evaluation;

import id.kim.rules.explain.Message;

/** The message bundle of the evaluation family. */
final class EvaluationMessages {
  static final String BUNDLE = "id.kim.rules.evaluation.Messages";

  private EvaluationMessages() {}

  static Message of(String key, Object... args) {
    return Message.of(BUNDLE, key, args);
  }
}
