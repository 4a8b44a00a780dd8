package id.kim.rules.eligibility;

import id.kim.core.assessment.AssessedCriterion;
import id.kim.core.assessment.Assessment;
import id.kim.core.assessment.AssessmentResult;
import id.kim.core.community.Frequency;
import id.kim.rules.explain.Citation;
import id.kim.rules.explain.Evidence;
import id.kim.rules.explain.Finding;
import id.kim.rules.explain.RuleId;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import java.util.Optional;

/**
 * QUAL-2 — regular activity (memiliki aktivitas, juknis II.B.5 b): "secara berkala melakukan
 * aktivitas komunitas, utamanya kegiatan diseminasi informasi ke masyarakat, atau kegiatan lainnya
 * yang sesuai dengan kekhususan komunitas". "Berkala" has no measure in the juknis and the activity
 * need not be dissemination (RULES.md GAP-07), so the officer's
 * {@link AssessedCriterion#REGULAR_ACTIVITY} assessment decides. The dissemination frequency of the
 * profile (PROFILE-p) is shown as evidence — a hint for the officer, never an automatic decision.
 */
final class Qual2RegularActivity extends EligibilityRule {
  static final RuleId ID = RuleId.of("QUAL-2");
  static final Citation CITATION = Citation.of("II.B.5",
      "b. Memiliki aktivitas, dalam hal ini secara berkala melakukan aktivitas komunitas");

  private static final FindingKey MET = Keys.plain("QUAL-2.met");
  private static final FindingKey NOT_MET = Keys.failing("QUAL-2.notMet");
  private static final FindingKey NOT_ASSESSED = Keys.failing("QUAL-2.notAssessed");

  Qual2RegularActivity() {
    super(ID, CITATION);
  }

  @Override
  public Finding evaluate(EligibilityFacts facts, LocalDate asOf) {
    Optional<Frequency> frequency = facts.profile().frequency();
    Evidence hint = Evidence.of("profile.frequency", frequency);
    Optional<Assessment> found = facts.record().latestAssessment(AssessedCriterion.REGULAR_ACTIVITY, asOf);
    if (found.isEmpty()) {
      return unknown(NOT_ASSESSED, List.of(hint, Evidence.of("assessment.REGULAR_ACTIVITY", "-")));
    }
    Assessment a = found.get();
    Seq<Evidence> evidence = AssessedRequirement.evidence(a).prepend(hint);
    return a.result() == AssessmentResult.MET
        ? satisfied(MET, evidence, a.assessedOn())
        : notSatisfied(NOT_MET, evidence, a.assessedOn());
  }
}
