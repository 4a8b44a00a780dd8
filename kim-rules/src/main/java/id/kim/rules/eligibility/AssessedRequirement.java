package id.kim.rules.eligibility;

import id.kim.core.assessment.AssessedCriterion;
import id.kim.core.assessment.Assessment;
import id.kim.core.assessment.AssessmentResult;
import id.kim.rules.explain.Citation;
import id.kim.rules.explain.Evidence;
import id.kim.rules.explain.Finding;
import id.kim.rules.explain.RuleId;
import io.vavr.collection.Array;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A requirement that is a judgement, not data (RULES.md GAP-07): settled by the officer's recorded
 * {@link Assessment} of one criterion that applies on the as-of day — the latest made by then and
 * not expired ({@code KimRecord.latestAssessment}). Met → satisfied, not met → not satisfied, none
 * → unknown; never read as satisfied by default.
 *
 * <p>Used for MAP-ENTRY-1 (dibentuk oleh, dari, dan untuk masyarakat), QUAL-3 (rekam jejak dan
 * reputasi), QUAL-5 (pemahaman langsung) and QUAL-7 (sumber daya). Its keys are
 * {@code <ID>.met}, {@code <ID>.notMet}, {@code <ID>.notAssessed}, with remedies for the last two.
 */
public final class AssessedRequirement extends EligibilityRule {
  private final AssessedCriterion criterion;
  private final FindingKey met;
  private final FindingKey notMet;
  private final FindingKey notAssessed;

  /**
   * @param id the rule's ID
   * @param citation its source
   * @param criterion the criterion the officer assesses
   * @param bundle the message bundle holding its keys
   */
  public AssessedRequirement(RuleId id, Citation citation, AssessedCriterion criterion, String bundle) {
    super(id, citation);
    this.criterion = criterion;
    this.met = FindingKey.withoutRemedy(bundle, id.value() + ".met");
    this.notMet = FindingKey.of(bundle, id.value() + ".notMet");
    this.notAssessed = FindingKey.of(bundle, id.value() + ".notAssessed");
  }

  /** @return the criterion assessed */
  public AssessedCriterion criterion() {
    return criterion;
  }

  @Override
  public Finding evaluate(EligibilityFacts facts, LocalDate asOf) {
    Optional<Assessment> found = facts.record().latestAssessment(criterion, asOf);
    if (found.isEmpty()) {
      return unknown(notAssessed, Array.of(Evidence.of("assessment." + criterion.name(), "-")));
    }
    Assessment a = found.get();
    return a.result() == AssessmentResult.MET
        ? satisfied(met, evidence(a), a.assessedOn())
        : notSatisfied(notMet, evidence(a), a.assessedOn());
  }

  /**
   * @param a an assessment
   * @return its facts as evidence: criterion, result, day, expiry, the officer (masked), their Dinas
   *     and the length of the note (notes may name people, so they are never copied)
   */
  public static Seq<Evidence> evidence(Assessment a) {
    return Array.of(
        Evidence.of("assessment.criterion", a.criterion().name()),
        Evidence.of("assessment.result", a.result().name()),
        Evidence.of("assessment.on", a.assessedOn()),
        Evidence.of("assessment.validUntil", a.validUntil()),
        Evidence.of("assessment.by", a.assessedBy().name()),
        Evidence.of("assessment.dinas", a.assessedBy().dinas().name()),
        Evidence.ofFreeText("assessment.note", a.note()));
  }
}
