package id.kim.report.pipeline;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.kim.core.i18n.Bundles;
import id.kim.core.i18n.Lang;
import id.kim.core.validation.MissingValueException;
import id.kim.json.KimJson;
import id.kim.report.Texts;
import id.kim.rules.evaluation.CollaborationEvaluation;
import id.kim.rules.explain.Evidence;
import id.kim.rules.explain.Finding;
import id.kim.rules.explain.Message;
import id.kim.rules.explain.Outcome;
import id.kim.rules.explain.RuleId;
import id.kim.rules.explain.Severity;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;

/**
 * The continuation recommendation for partners only: "Untuk menentukan kelanjutan kolaborasi" (juknis
 * V.B, MONITOR-PURPOSE) speaks of continuing a collaboration, so of a partner (mitra). Where no
 * lifecycle state is at hand (the {@code kim} command, the HTTP service), a partner is a KIM holding a
 * partnership period running on the as-of day (PROFILE-r, {@link Partners}), as in the HTML report. A
 * partner's evaluation is shown as it is; for any other KIM the measures and findings stay and the
 * recommendation gives way to a MONITOR-PURPOSE finding ({@code NOT_EVALUATED}) saying why — the same
 * texts as the report and kim-rules' {@code ContinuationAdvice}, which answers the same question from a
 * lifecycle state.
 *
 * <p>Immutable and thread-safe.
 */
public final class PartnerAdvice {
  private static final String EVALUATION_BUNDLE = "id.kim.rules.evaluation.Messages";

  private final CollaborationEvaluation evaluation;
  private final boolean partner;

  private PartnerAdvice(CollaborationEvaluation evaluation, boolean partner) {
    this.evaluation = evaluation;
    this.partner = partner;
  }

  /**
   * @param evaluation the evaluation of one KIM's dissemination
   * @param partner whether the KIM is a partner on the evaluation's as-of day ({@link Partners#of})
   * @return the advice
   */
  public static PartnerAdvice of(CollaborationEvaluation evaluation, boolean partner) {
    return new PartnerAdvice(MissingValueException.requireNonNull(evaluation, "evaluation"), partner);
  }

  /** @return the evaluation, measures and recommendation included */
  public CollaborationEvaluation evaluation() {
    return evaluation;
  }

  /** @return whether the KIM is a partner, so whether its recommendation is given */
  public boolean partner() {
    return partner;
  }

  /** @return why no recommendation is given to a KIM without a partnership period on the day */
  public Finding withheld() {
    LocalDate asOf = evaluation.asOf();
    return Finding.builder().ruleId(RuleId.of("MONITOR-PURPOSE")).citation(evaluation.citation())
        .outcome(Outcome.NOT_EVALUATED)
        .severity(Severity.REQUIREMENT).message(Message.of(Texts.BUNDLE, "report.recommendation.notPartner", asOf))
        .remedy(Option.some(Message.of(EVALUATION_BUNDLE, "MONITOR-PURPOSE.notPartner.remedy")))
        .evidence(List.of(Evidence.of("partnershipPeriod", "-"), Evidence.of("asOf", asOf))).build();
  }

  /**
   * @param lang the language
   * @return the evaluation's text; for a non-partner the recommendation line says why there is none
   */
  public String explain(Lang lang) {
    MissingValueException.requireNonNull(lang, "lang");
    String text = evaluation.explain(lang);
    if (partner) {
      return text;
    }
    String word = Bundles.format(EVALUATION_BUNDLE, "word.recommendation", lang);
    return text.replace(word + ": " + evaluation.recommendation().label(lang),
        word + ": - (" + withheld().summary(lang) + ")");
  }

  /**
   * @param lang the language of the texts
   * @return the evaluation's contract object with {@code partner}; for a non-partner without
   *     {@code recommendation} (and its label) and with {@code withheld}, the MONITOR-PURPOSE finding
   */
  public ObjectNode toJson(Lang lang) {
    MissingValueException.requireNonNull(lang, "lang");
    ObjectNode node = (ObjectNode) KimJson.tree(evaluation, lang);
    node.put("partner", partner);
    if (!partner) {
      node.remove("recommendation");
      node.remove("recommendationLabel");
      node.set("withheld", KimJson.tree(withheld(), lang));
    }
    return node;
  }

  @Override
  public String toString() {
    return "PartnerAdvice[" + evaluation.kim() + ", partner=" + partner + "]";
  }
}
