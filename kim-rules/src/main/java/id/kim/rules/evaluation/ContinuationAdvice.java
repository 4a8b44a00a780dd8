package id.kim.rules.evaluation;

import id.kim.core.community.KimRef;
import id.kim.core.i18n.Lang;
import id.kim.core.validation.MissingValueException;
import id.kim.rules.explain.Evidence;
import id.kim.rules.explain.Finding;
import id.kim.rules.explain.Message;
import id.kim.rules.explain.Outcome;
import id.kim.rules.explain.ResultTree;
import id.kim.rules.explain.Severity;
import id.kim.rules.lifecycle.LifecycleState;
import id.kim.rules.lifecycle.Status;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The evaluation of one KIM's dissemination with the continuation recommendation given only where the
 * juknis asks for one: "Untuk menentukan kelanjutan kolaborasi" (V.B, MONITOR-PURPOSE) — the continuation of
 * a collaboration, so of a partner (mitra). For a KIM whose lifecycle state on the day is
 * {@link Status#PARTNER} (or {@link Status#UNDER_REVIEW}: a partner whose partnership is being reviewed,
 * TERM-PROC-1) the recommendation is {@link #recommendation()}; for any other KIM there is none, and
 * {@link #withheld()} is a MONITOR-PURPOSE finding saying why. The measures of Tabel 5.1 (MEASURE-1..3) and
 * every finding of the {@link #evaluation()} are there either way.
 *
 * <p>Made only by {@link ContinuationEvaluator#advise}. Immutable and thread-safe.
 */
public final class ContinuationAdvice {
  private final CollaborationEvaluation evaluation;
  private final Status status;
  private final Option<Finding> withheld;

  private ContinuationAdvice(CollaborationEvaluation evaluation, Status status) {
    this.evaluation = evaluation;
    this.status = status;
    this.withheld = status.isPartner() ? Option.none() : Option.some(notPartner(evaluation.kim(), status,
        evaluation.asOf()));
  }

  static ContinuationAdvice of(CollaborationEvaluation evaluation, LifecycleState state) {
    MissingValueException.requireNonNull(evaluation, "evaluation");
    MissingValueException.requireNonNull(state, "state");
    return new ContinuationAdvice(evaluation, state.status());
  }

  private static Finding notPartner(KimRef kim, Status status, LocalDate asOf) {
    return Findings.of(MonitorRules.PURPOSE, MonitorRules.PURPOSE_CITATION, Outcome.NOT_EVALUATED,
        Severity.REQUIREMENT,
        Message.of(EvaluationMessages.BUNDLE, "MONITOR-PURPOSE.notPartner", kim.name(), status.label(Lang.ID),
            status.label(Lang.EN), asOf),
        Option.some(Message.of(EvaluationMessages.BUNDLE, "MONITOR-PURPOSE.notPartner.remedy")),
        List.of(Evidence.of("status", status.name()), Evidence.of("asOf", asOf)));
  }

  /** @return the measures and findings of the period, for a partner or not */
  public CollaborationEvaluation evaluation() {
    return evaluation;
  }

  /** @return the KIM's lifecycle state on the day of the evaluation */
  public Status status() {
    return status;
  }

  /** @return true for a partner (PARTNER or UNDER_REVIEW) */
  public boolean isPartner() {
    return status.isPartner();
  }

  /** @return the recommendation on continuing the collaboration — for a partner only */
  public Option<Recommendation> recommendation() {
    return isPartner() ? Option.some(evaluation.recommendation()) : Option.none();
  }

  /** @return why no recommendation is given: a MONITOR-PURPOSE finding (NOT_EVALUATED), for a non-partner only */
  public Option<Finding> withheld() {
    return withheld;
  }

  /**
   * @param lang the language
   * @return the evaluation's text, whose recommendation line is replaced by the reason for a non-partner
   */
  public String explain(Lang lang) {
    String text = evaluation.explain(lang);
    if (isPartner()) {
      return text;
    }
    String line = EvaluationText.word("recommendation", lang) + ": " + evaluation.recommendation().label(lang);
    return text.replace(line, EvaluationText.word("recommendation", lang) + ": - (" + withheld.get().summary(lang)
        + ")");
  }

  /**
   * @param lang the language of the messages
   * @return the evaluation's tree with {@code status}; for a non-partner without {@code recommendation} and
   *     {@code recommendationLabel}, and with {@code withheld}, the MONITOR-PURPOSE finding
   */
  public Map<String, Object> toTree(Lang lang) {
    Map<String, Object> tree = new LinkedHashMap<>(evaluation.toTree(lang));
    tree.put("status", status.name());
    if (!isPartner()) {
      tree.remove("recommendation");
      tree.remove("recommendationLabel");
      tree.put("withheld", ResultTree.finding(withheld.get(), lang));
    }
    return tree;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ContinuationAdvice a && evaluation.equals(a.evaluation) && status == a.status;
  }

  @Override
  public int hashCode() {
    return Objects.hash(evaluation, status);
  }

  @Override
  public String toString() {
    return "ContinuationAdvice[" + evaluation.kim().name() + ", " + status + ", "
        + recommendation().map(Recommendation::name).getOrElse("no recommendation (not a partner)") + "]";
  }
}
