package id.kim.rules.mapping;

import static id.kim.rules.mapping.MappingFixtures.BANJAR_TENGAH;
import static id.kim.rules.mapping.MappingFixtures.OBSERVED;
import static id.kim.rules.mapping.MappingFixtures.OFFICER;
import static id.kim.rules.mapping.MappingFixtures.YEHEMBANG;

import id.kim.core.community.GovernmentAffair;
import id.kim.core.community.KimProfile;
import id.kim.core.community.KimRef;
import id.kim.core.community.ProfileIssue;
import id.kim.core.media.KimMedium;
import id.kim.core.media.Platform;
import id.kim.core.metric.ReachMetric;
import id.kim.core.metric.ReachObservation;
import id.kim.core.metric.ResponseMetric;
import id.kim.core.metric.ResponseObservation;
import id.kim.core.region.Village;
import id.kim.rules.mapping.grid.GridAssessment;
import id.kim.rules.mapping.grid.GridVariable;
import id.kim.rules.mapping.grid.Level;
import id.kim.rules.mapping.issue.IssueDossier;
import id.kim.rules.mapping.issue.IssueDuration;
import id.kim.rules.mapping.issue.IssueSource;
import id.kim.rules.mapping.issue.PublicIssue;
import id.kim.rules.mapping.issue.UnderstandingLevel;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The worked example of docs/mapping.md: Dinas Kominfo Kabupaten Jembrana maps six KIM as of
 * 31 March 2026 — one for each row of Tabel 3.3 plus two whose power and influence differ — with
 * the juknis' own issue of Tabel 3.2 and one local issue.
 */
public final class WorkedExample {
  public static final KimProfile INDONESIA_BISA = kim("Indonesia Bisa", "KIM/5101/0001", BANJAR_TENGAH,
      GovernmentAffair.HEALTH,
      Platform.INSTAGRAM, ReachMetric.FOLLOWERS, 5200, ResponseMetric.LIKES, 840, "Vaksinasi Covid-19");
  public static final KimProfile RADIO = kim("KIM Radio Jembrana", "KIM/5101/0002", BANJAR_TENGAH,
      GovernmentAffair.COMMUNICATION_AND_INFORMATICS, Platform.COMMUNITY_RADIO, ReachMetric.OTHER, 4000,
      ResponseMetric.COMMENTS, 610, "Literasi digital");
  public static final KimProfile GUMBRIH = kim("KIM Gumbrih", "KIM/5101/0003", YEHEMBANG, GovernmentAffair.AGRICULTURE,
      Platform.FACEBOOK, ReachMetric.FOLLOWERS, 300, ResponseMetric.LIKES, 45, "Harga gabah");
  public static final KimProfile MAKATA = kim("KIM Makata", "KIM/5101/0004", BANJAR_TENGAH, GovernmentAffair.CULTURE,
      Platform.INSTAGRAM, ReachMetric.FOLLOWERS, 150, ResponseMetric.LIKES, 20, null);
  public static final KimProfile PAHLAWAN = kim("KIM Pahlawan", null, BANJAR_TENGAH, GovernmentAffair.HEALTH,
      Platform.WHATSAPP_GROUP, ReachMetric.GROUP_MEMBERS, 3500, ResponseMetric.LIKES, 30, "Demam berdarah")
      .withAddress(Optional.empty());
  public static final KimProfile BENIH = kim("KIM Benih Kehidupan", "KIM/5101/0006", BANJAR_TENGAH,
      GovernmentAffair.YOUTH_AND_SPORTS,
      Platform.YOUTUBE, ReachMetric.SUBSCRIBERS, 200, ResponseMetric.LIKES, 700, "Pekan olahraga pelajar");

  /** Tabel 3.2, row 1, as printed in the juknis, marked a priority issue by the Dinas. */
  public static final PublicIssue PROKES = PublicIssue.builder()
      .title("Penegakkan protokol kesehatan di lingkungan pasar & pusat perbelanjaan")
      .field(GovernmentAffair.HEALTH)
      .addSources(IssueSource.MASS_MEDIA_NEWS, IssueSource.SOCIAL_MEDIA_CONVERSATION, IssueSource.OPINION_POLL,
          IssueSource.PUBLIC_COMPLAINT)
      .addRecordedKims(KimRef.from(INDONESIA_BISA))
      .priority(true)
      .build();

  /** A local issue of one district, with part of its dossier. */
  public static final PublicIssue PUPUK = PublicIssue.builder()
      .title("Sosialisasi pupuk bersubsidi")
      .field(GovernmentAffair.AGRICULTURE)
      .addSources(IssueSource.PUBLIC_COMPLAINT, IssueSource.OTHER)
      .addOtherSources("Forum warga subak")
      .addDistricts(MappingFixtures.MENDOYO)
      .dossier(IssueDossier.builder()
          .duration(IssueDuration.of(LocalDate.of(2026, 2, 1)).withExposedOn(LocalDate.of(2026, 2, 20)))
          .understanding(UnderstandingLevel.PARTIAL)
          .build())
      .build();

  private WorkedExample() {}

  /** @return the input: six profiles, two issues, the interest assessments of five KIM (not KIM Makata) */
  public static MappingInput input() {
    return MappingInput.builder()
        .dinas(MappingFixtures.DINAS)
        .addProfiles(INDONESIA_BISA, RADIO, GUMBRIH, MAKATA, PAHLAWAN, BENIH)
        .addIssues(PROKES, PUPUK)
        .addAssessments(
            interest(INDONESIA_BISA, Level.HIGH, "Aktif mengampanyekan protokol kesehatan di Pasar Umum Negara"),
            interest(RADIO, Level.LOW, "Belum berminat pada program Dinas"),
            interest(GUMBRIH, Level.HIGH, "Meminta pendampingan penyuluhan pertanian"),
            interest(PAHLAWAN, Level.HIGH, "Mengusulkan diri sebagai mitra sosialisasi kesehatan"),
            interest(BENIH, Level.LOW, "Fokus pada kegiatan olahraga pemuda"))
        .build();
  }

  /** @return the as-of date */
  public static LocalDate asOf() {
    return MappingFixtures.AS_OF;
  }

  private static GridAssessment interest(KimProfile kim, Level level, String why) {
    return GridAssessment.builder().kim(KimRef.from(kim)).variable(GridVariable.INTEREST).level(level)
        .assessedBy(OFFICER).assessedOn(LocalDate.of(2026, 3, 10)).rationale(why).build();
  }

  private static KimProfile kim(
      String name,
      String number,
      Village seat,
      GovernmentAffair field,
      Platform platform,
      ReachMetric reachMetric,
      long reach,
      ResponseMetric responseMetric,
      long responses,
      String issue) {
    KimMedium medium = KimMedium.of(platform, name);
    return MappingFixtures.complete(name, number, seat)
        .media(List.of(medium))
        .fieldsOfActivity(List.of(field))
        .publicIssues(issue == null ? List.of() : List.of(ProfileIssue.of(issue, field)))
        .addReach(ReachObservation.of(medium, reachMetric, reach, OBSERVED))
        .addResponse(ResponseObservation.of(medium, responseMetric, responses, OBSERVED))
        .build();
  }
}
