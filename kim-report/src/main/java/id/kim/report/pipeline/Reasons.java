package id.kim.report.pipeline;

import id.kim.core.i18n.Lang;
import id.kim.core.validation.FieldViolation;
import id.kim.report.Texts;
import id.kim.report.Reason;
import id.kim.rules.explain.Finding;

/** Turns findings and violations into the report's {@link Reason}s. */
final class Reasons {
  private Reasons() {}

  static Reason of(Finding f, Lang lang) {
    return Reason.builder().ruleId(f.ruleId().value()).outcome(f.outcome().name()).outcomeLabel(f.outcome().label(lang))
        .message(f.message().render(lang)).remedy(f.remedy().map(m -> m.render(lang)).toJavaOptional()).build();
  }

  /** @return the finding without its remedy unless it is an unmet requirement — for long tables */
  static Reason brief(Finding f, Lang lang) {
    Reason full = of(f, lang);
    return f.isFailure() ? full : Reason.builder().from(full).remedy(java.util.Optional.empty()).build();
  }

  static Reason of(FieldViolation v, Lang lang) {
    return Reason.builder().ruleId(v.ruleId().orElse(v.path())).outcome("INVALID").outcomeLabel(Texts.get(lang, "report.invalid"))
        .message(v.describe(lang)).build();
  }
}
