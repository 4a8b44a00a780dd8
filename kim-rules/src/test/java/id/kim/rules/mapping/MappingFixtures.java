package id.kim.rules.mapping;

import id.kim.core.agency.Dinas;
import id.kim.core.agency.Officer;
import id.kim.core.community.CommunityNumber;
import id.kim.core.community.Frequency;
import id.kim.core.community.FrequencyPeriod;
import id.kim.core.community.GovernmentAffair;
import id.kim.core.community.KimProfile;
import id.kim.core.community.KimRef;
import id.kim.core.community.KimType;
import id.kim.core.community.ProfileIssue;
import id.kim.core.community.TargetAudience;
import id.kim.core.contact.ContactPerson;
import id.kim.core.contact.ContactRole;
import id.kim.core.contact.EmailAddress;
import id.kim.core.contact.PersonName;
import id.kim.core.contact.PhoneNumber;
import id.kim.core.media.ContentType;
import id.kim.core.media.KimMedium;
import id.kim.core.media.Platform;
import id.kim.core.metric.ReachMetric;
import id.kim.core.metric.ReachObservation;
import id.kim.core.metric.ResponseMetric;
import id.kim.core.metric.ResponseObservation;
import id.kim.core.region.Address;
import id.kim.core.region.District;
import id.kim.core.region.Province;
import id.kim.core.region.RegencyCity;
import id.kim.core.region.RegencyCityKind;
import id.kim.core.region.RtRw;
import id.kim.core.region.Village;
import id.kim.core.region.VillageKind;
import id.kim.rules.mapping.grid.GridAssessment;
import id.kim.rules.mapping.grid.GridVariable;
import id.kim.rules.mapping.grid.Level;
import id.kim.rules.mapping.issue.IssueSource;
import id.kim.rules.mapping.issue.PublicIssue;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Shared test data: a regency Dinas (Kabupaten Jembrana, the seat of the KIM names of RULES.md §5.3)
 * and builders of complete profiles, and the juknis' own example issue of Tabel 3.2.
 */
public final class MappingFixtures {
  public static final LocalDate AS_OF = LocalDate.of(2026, 3, 31);
  public static final LocalDate OBSERVED = LocalDate.of(2026, 3, 1);
  public static final Province BALI = Province.of("Bali");
  public static final RegencyCity JEMBRANA = RegencyCity.of("Jembrana", RegencyCityKind.KABUPATEN, BALI);
  public static final RegencyCity BULELENG = RegencyCity.of("Buleleng", RegencyCityKind.KABUPATEN, BALI);
  public static final Dinas DINAS = Dinas.regencyCity("Dinas Kominfo Kabupaten Jembrana", JEMBRANA);
  public static final Dinas PROVINCIAL = Dinas.provincial("Dinas Kominfo Provinsi Bali", BALI);
  public static final District NEGARA = District.of("Negara");
  public static final District MENDOYO = District.of("Mendoyo");
  public static final Village BANJAR_TENGAH = Village.of("Banjar Tengah", VillageKind.KELURAHAN, NEGARA);
  public static final Village BALER_BALE_AGUNG = Village.of("Baler Bale Agung", VillageKind.KELURAHAN, NEGARA);
  public static final Village YEHEMBANG = Village.of("Yehembang", VillageKind.DESA, MENDOYO);
  public static final Officer OFFICER = Officer.of(PersonName.of("Siti Aminah"), DINAS);

  /** The strategic issue of Tabel 3.2, verbatim. */
  public static final String PROKES = "Penegakkan protokol kesehatan di lingkungan pasar & pusat perbelanjaan";

  private MappingFixtures() {}

  /**
   * @param name PROFILE-a
   * @param number PROFILE-c, or null for a KIM not yet registered
   * @param seat PROFILE-f/g
   * @return a profile with every field a–t that applies filled, no figures yet
   */
  public static KimProfile.Builder complete(String name, String number, Village seat) {
    KimProfile.Builder b =
        KimProfile.builder()
            .name(name)
            .type(KimType.A)
            .contactPerson(ContactPerson.of(PersonName.of("Made Wirawan"), ContactRole.CHAIR))
            .address(
                Address.builder()
                    .street("Jl. Ngurah Rai")
                    .rtRw(RtRw.of("003", "001"))
                    .number("12")
                    .build())
            .seat(seat)
            .whatsapp(PhoneNumber.of("081200000000"))
            .email(EmailAddress.of("kim@desa.id"))
            .targetAudience(
                TargetAudience.builder()
                    .addVillage(seat)
                    .socioEconomicStatus("pedagang dan warga")
                    .build())
            .addMedia(
                KimMedium.of(
                    Platform.INSTAGRAM, "@" + name.toLowerCase(Locale.ROOT).replace(' ', '.')))
            .addFieldsOfActivity(GovernmentAffair.HEALTH)
            .addPublicIssue(ProfileIssue.of("Vaksinasi Covid-19", GovernmentAffair.HEALTH))
            .frequency(Frequency.of(3, FrequencyPeriod.WEEKLY))
            .addContentType(ContentType.PHOTO);
    if (number != null) {
      b.communityNumber(CommunityNumber.of(number, JEMBRANA));
    }
    return b;
  }

  /**
   * @param name PROFILE-a
   * @param number PROFILE-c
   * @param followers Instagram followers observed on {@link #OBSERVED}
   * @param likes Instagram likes observed on {@link #OBSERVED}
   * @return a complete profile with those figures
   */
  public static KimProfile kim(String name, String number, long followers, long likes) {
    KimMedium ig =
        KimMedium.of(Platform.INSTAGRAM, "@" + name.toLowerCase(Locale.ROOT).replace(' ', '.'));
    return complete(name, number, BANJAR_TENGAH)
        .addReach(ReachObservation.of(ig, ReachMetric.FOLLOWERS, followers, OBSERVED))
        .addResponse(ResponseObservation.of(ig, ResponseMetric.LIKES, likes, OBSERVED))
        .build();
  }

  /**
   * @param profile a profile
   * @param variable the variable
   * @param level the level
   * @return an assessment by {@link #OFFICER} on 2026-03-10
   */
  public static GridAssessment assess(KimProfile profile, GridVariable variable, Level level) {
    return GridAssessment.builder().kim(KimRef.from(profile)).variable(variable).level(level).assessedBy(OFFICER)
        .assessedOn(LocalDate.of(2026, 3, 10)).rationale("Penilaian rapat pemetaan Maret 2026").build();
  }

  /**
   * @param named the KIM the Dinas wrote in column Nama KIM
   * @return the example row of Tabel 3.2: the issue, Bidang Kesehatan, four sources
   */
  public static PublicIssue prokes(KimProfile named) {
    return PublicIssue.builder().title(PROKES).field(GovernmentAffair.HEALTH)
        .addSources(IssueSource.MASS_MEDIA_NEWS, IssueSource.SOCIAL_MEDIA_CONVERSATION, IssueSource.OPINION_POLL,
            IssueSource.PUBLIC_COMPLAINT)
        .addRecordedKim(KimRef.from(named)).build();
  }
}
