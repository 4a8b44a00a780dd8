package id.kim.report.pipeline;

import id.kim.core.i18n.Lang;
import id.kim.core.validation.FieldViolation;
import id.kim.report.Reason;
import id.kim.report.Texts;
import id.kim.rules.explain.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns findings and violations into the report's {@link Reason}s, with the outcome in words that fit the
 * rule family: a requirement is "Tidak terpenuhi", a termination ground that the data show is "Terindikasi"
 * (an indication to review, not a proven ground: TERM-PROC-1..2), a ground the data cannot show is a sentence
 * saying what is missing. The same item repeated in a row inside a message (e.g. one activity logged three
 * times) is written once with its count.
 */
final class Reasons {
  private Reasons() {}

  static Reason of(Finding f, Lang lang) {
    return Reason.builder().ruleId(f.ruleId().value()).outcome(f.outcome().name()).outcomeLabel(f.outcome().label(lang))
        .message(foldRepeats(f.message().render(lang), lang)).remedy(f.remedy().map(m -> m.render(lang))
            .toJavaOptional())
        .build();
  }

  /**
   * @return a termination ground the data indicate (TERM-1..7): "Terindikasi" / "Indicated"; without the remedy
   *     the section's introduction says once (review for a partner, TERM-PROC-1..2)
   */
  static Reason indicated(Finding f, Lang lang) {
    return Reason.builder().from(of(f, lang)).remedy(Optional.empty()).outcome("INDICATED").outcomeLabel(Texts.get(lang,
        "report.ground.indicated"))
        .build();
  }

  /** @return a termination ground the data cannot show: what data is missing, in a sentence */
  static Reason unknownGround(Finding f, Lang lang) {
    return Reason.builder().from(of(f, lang)).outcomeLabel(Texts.get(lang, "report.ground.unknown"))
        .remedy(Optional.empty()).build();
  }

  /** @return the finding without its remedy unless it is an unmet requirement — for long tables */
  static Reason brief(Finding f, Lang lang) {
    Reason full = of(f, lang);
    return f.isFailure() ? full : Reason.builder().from(full).remedy(Optional.empty()).build();
  }

  static Reason of(FieldViolation v, Lang lang) {
    return Reason.builder().ruleId(v.ruleId().orElse(v.path())).outcome("INVALID")
        .outcomeLabel(Texts.get(lang, "report.invalid")).message(v.describe(lang)).build();
  }

  /**
   * @param message a message whose list items are separated by "; "
   * @param lang the language
   * @return the message with each run of the same item written once, e.g. "Berbagi tautan (3×)"
   */
  static String foldRepeats(String message, Lang lang) {
    int colon = message.indexOf(": ");
    int semicolon = message.indexOf("; ");
    if (semicolon < 0) {
      return message;
    }
    String head = colon >= 0 && colon < semicolon ? message.substring(0, colon + 2) : "";
    String list = message.substring(head.length());
    String end = list.endsWith(".") ? "." : "";
    String[] items = list.substring(0, list.length() - end.length()).split("; ", -1);
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < items.length) {
      int j = i;
      while (j + 1 < items.length && items[j + 1].strip().equals(items[i].strip())) {
        j++;
      }
      int run = j - i + 1;
      out.add(run > 1 ? Texts.get(lang, "report.repeated", items[i].strip(), run) : items[i]);
      i = j + 1;
    }
    return head + String.join("; ", out) + end;
  }
}
