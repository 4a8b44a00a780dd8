package id.kim.rules.eligibility;

import id.kim.core.assessment.AssessedCriterion;
import id.kim.core.assessment.Assessment;
import id.kim.core.assessment.AssessmentResult;
import id.kim.core.media.KimMedium;
import id.kim.core.media.MediaChannel;
import id.kim.rules.explain.Citation;
import id.kim.rules.explain.Evidence;
import id.kim.rules.explain.Finding;
import id.kim.rules.explain.RuleId;
import io.vavr.collection.Array;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * QUAL-6 — has media for dissemination "atau sarana lainnya yang dapat mendukung kegiatan diseminasi
 * informasi" (juknis II.B.5 f). At least one medium in the profile (PROFILE-l, channels MEDIA-1..7)
 * satisfies it; with none recorded, the officer's {@link AssessedCriterion#OTHER_DISSEMINATION_MEANS}
 * assessment decides, and without that it is unknown.
 */
final class Qual6Media extends EligibilityRule {
  static final RuleId ID = RuleId.of("QUAL-6");
  static final Citation CITATION = Citation.of("II.B.5",
      "f. Memiliki media untuk diseminasi informasi atau sarana lainnya yang dapat mendukung kegiatan diseminasi informasi.");

  private static final FindingKey MEDIA = Keys.plain("QUAL-6.media");
  private static final FindingKey OTHER_MEANS = Keys.plain("QUAL-6.otherMeans");
  private static final FindingKey NOT_MET = Keys.failing("QUAL-6.notMet");
  private static final FindingKey NOT_ASSESSED = Keys.failing("QUAL-6.notAssessed");

  Qual6Media() {
    super(ID, CITATION);
  }

  @Override
  public Finding evaluate(EligibilityFacts facts, LocalDate asOf) {
    // an EnumSet holds each channel once and iterates in MEDIA-1..7 order: distinct and sorted
    EnumSet<MediaChannel> channels = EnumSet.noneOf(MediaChannel.class);
    for (KimMedium medium : facts.profile().media()) {
      channels.add(medium.channel());
    }
    if (!channels.isEmpty()) {
      StringJoiner ids = new StringJoiner(", ");
      for (MediaChannel channel : channels) {
        ids.add(channel.ruleId());
      }
      return satisfied(MEDIA, Array.of(Evidence.of("profile.media", facts.profile().media().size()),
          Evidence.of("profile.channels", ids.toString())), facts.profile().media().size(), ids.toString());
    }
    Evidence none = Evidence.of("profile.media", 0);
    Optional<Assessment> found = facts.record().latestAssessment(AssessedCriterion.OTHER_DISSEMINATION_MEANS, asOf);
    if (found.isEmpty()) {
      return unknown(NOT_ASSESSED, List.of(none, Evidence.of("assessment.OTHER_DISSEMINATION_MEANS", "-")));
    }
    Assessment a = found.get();
    Seq<Evidence> evidence = AssessedRequirement.evidence(a).prepend(none);
    return a.result() == AssessmentResult.MET
        ? satisfied(OTHER_MEANS, evidence, a.assessedOn())
        : notSatisfied(NOT_MET, evidence, a.assessedOn());
  }
}
