package id.kim.rules.eligibility;

import id.kim.core.assessment.AssessedCriterion;
import id.kim.core.assessment.Assessment;
import id.kim.core.assessment.AssessmentResult;
import id.kim.core.community.KnownAbsence;
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
import java.util.Optional;
import java.util.StringJoiner;

/**
 * QUAL-6 — has media for dissemination "atau sarana lainnya yang dapat mendukung kegiatan diseminasi
 * informasi" (juknis II.B.5 f). At least one medium in the profile (PROFILE-l, channels MEDIA-1..7)
 * satisfies it; with none recorded, the officer's {@link AssessedCriterion#OTHER_DISSEMINATION_MEANS}
 * assessment decides. Without that assessment, a profile that records both the media and the other
 * means as none ({@link KnownAbsence#MEDIA}, {@link KnownAbsence#OTHER_DISSEMINATION_MEANS}, tercatat
 * tidak ada — Tabel 3.1 field l covers every means, face-to-face included) does not satisfy it;
 * otherwise it is unknown, naming what is not recorded.
 */
final class Qual6Media extends EligibilityRule {
  static final RuleId ID = RuleId.of("QUAL-6");
  static final Citation CITATION = Citation.of("II.B.5",
      "f. Memiliki media untuk diseminasi informasi atau sarana lainnya yang dapat mendukung kegiatan diseminasi "
          + "informasi.");

  private static final FindingKey MEDIA = Keys.plain("QUAL-6.media");
  private static final FindingKey OTHER_MEANS = Keys.plain("QUAL-6.otherMeans");
  private static final FindingKey NOT_MET = Keys.failing("QUAL-6.notMet");
  private static final FindingKey NOT_ASSESSED = Keys.failing("QUAL-6.notAssessed");
  private static final FindingKey RECORDED_AS_NONE = Keys.failing("QUAL-6.recordedAsNone");
  private static final FindingKey MEDIA_NONE_OTHER_NOT_RECORDED = Keys.failing("QUAL-6.otherMeansNotRecorded");
  private static final FindingKey OTHER_NONE_MEDIA_NOT_RECORDED = Keys.failing("QUAL-6.mediaNotRecorded");

  /** For each set of channels (bit i = MEDIA-(i+1)), their IDs in order, e.g. {@code "MEDIA-3, MEDIA-4"}. */
  private static final String[] CHANNEL_IDS = channelIds();

  Qual6Media() {
    super(ID, CITATION);
  }

  @Override
  public Finding evaluate(EligibilityFacts facts, LocalDate asOf) {
    // one bit per channel: each channel once, written in MEDIA-1..7 order
    int channels = 0;
    for (KimMedium medium : facts.profile().media()) {
      channels |= 1 << medium.channel().ordinal();
    }
    if (channels != 0) {
      String ids = CHANNEL_IDS[channels];
      int media = facts.profile().media().size();
      return satisfied(MEDIA, Array.of(Evidence.of("profile.media", media), Evidence.of("profile.channels", ids)),
          media, ids);
    }
    Evidence none = Evidence.of("profile.media", 0);
    Optional<Assessment> found = facts.record().latestAssessment(AssessedCriterion.OTHER_DISSEMINATION_MEANS, asOf);
    if (found.isEmpty()) {
      return withoutAssessment(facts, none);
    }
    Assessment a = found.get();
    Seq<Evidence> evidence = AssessedRequirement.evidence(a).prepend(none);
    return a.result() == AssessmentResult.MET
        ? satisfied(OTHER_MEANS, evidence, a.assessedOn())
        : notSatisfied(NOT_MET, evidence, a.assessedOn());
  }

  /** No medium and no applicable assessment: what is recorded as none decides, or it stays unknown. */
  private Finding withoutAssessment(EligibilityFacts facts, Evidence none) {
    boolean mediaNone = facts.profile().isRecordedAsNone(KnownAbsence.MEDIA);
    boolean otherNone = facts.profile().isRecordedAsNone(KnownAbsence.OTHER_DISSEMINATION_MEANS);
    Evidence notAssessed = Evidence.of("assessment.OTHER_DISSEMINATION_MEANS", "-");
    if (mediaNone && otherNone) {
      return notSatisfied(RECORDED_AS_NONE,
          List.of(none, Evidence.of("recordedAsNone", "media, otherDisseminationMeans")));
    }
    if (mediaNone) {
      return unknown(MEDIA_NONE_OTHER_NOT_RECORDED, List.of(none, notAssessed, Evidence.of("recordedAsNone", "media")));
    }
    if (otherNone) {
      return unknown(OTHER_NONE_MEDIA_NOT_RECORDED,
          List.of(none, Evidence.of("recordedAsNone", "otherDisseminationMeans")));
    }
    return unknown(NOT_ASSESSED, List.of(none, notAssessed));
  }

  private static String[] channelIds() {
    MediaChannel[] all = MediaChannel.values();
    String[] ids = new String[1 << all.length];
    for (int set = 1; set < ids.length; set++) {
      StringJoiner joined = new StringJoiner(", ");
      for (MediaChannel channel : all) {
        if ((set & (1 << channel.ordinal())) != 0) {
          joined.add(channel.ruleId());
        }
      }
      ids[set] = joined.toString();
    }
    return ids;
  }
}
