package id.kim.testkit;

import id.kim.core.community.CommunityNumber;
import id.kim.core.community.Frequency;
import id.kim.core.community.FrequencyPeriod;
import id.kim.core.community.GovernmentAffair;
import id.kim.core.community.KimProfile;
import id.kim.core.community.KimType;
import id.kim.core.community.PartnershipPeriod;
import id.kim.core.community.ProfileIssue;
import id.kim.core.community.TargetAudience;
import id.kim.core.contact.ContactPerson;
import id.kim.core.contact.ContactRole;
import id.kim.core.contact.PersonName;
import id.kim.core.media.ContentType;
import id.kim.core.media.KimMedium;
import id.kim.core.region.Village;
import id.kim.testkit.RegionTable.Regency;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The Tabel 3.1 profile of a KIM (PROFILE-a..t) and its parts. A generated profile is consistent:
 * community number issued by the seat's kabupaten/kota, fixed line with its area code, target
 * audience around the seat, issues within the fields of activity, reach and response figures of
 * the KIM's own media.
 */
public final class ProfileSamplers {
  private ProfileSamplers() {}

  /** @return a Nomor Induk Komunitas such as {@code KIM/5101/0007} — never 16 digits (GAP-12) */
  public static Sampler<CommunityNumber> communityNumber() {
    return d ->
        numberIssuedBy(RegionSamplers.regency().sample(d), TimeSamplers.EARLIEST, TimeSamplers.LATEST).sample(d);
  }

  /** @return a dissemination frequency, e.g. 3 per week (PROFILE-p) */
  public static Sampler<Frequency> frequency() {
    return d -> Frequency.of(d.intBetween(0, 30), d.pick(FrequencyPeriod.class));
  }

  /** @return a public issue within its field, e.g. "Vaksinasi Covid-19" (PROFILE-n) */
  public static Sampler<ProfileIssue> profileIssue() {
    return d -> issueIn(d.pick(Vocabulary.AFFAIRS_WITH_ISSUES)).sample(d);
  }

  /** @return a partnership period for a programme or policy (PROFILE-r) */
  public static Sampler<PartnershipPeriod> partnershipPeriod() {
    return d -> PartnershipPeriod.of(TimeSamplers.period().sample(d), d.pick(Vocabulary.PROGRAMMES));
  }

  /** @return a target audience of one to four villages of one kabupaten/kota (PROFILE-k) */
  public static Sampler<TargetAudience> targetAudience() {
    return d -> audienceAround(Community.any().sample(d), false).sample(d);
  }

  /** @return a profile with any subset of fields a–t filled, as mapping records them (MAP-A-1) */
  public static Sampler<KimProfile> profile() {
    return d -> profileOf(Community.any().sample(d), ContactSamplers.personName().sample(d), false,
        TimeSamplers.EARLIEST, TimeSamplers.LATEST).sample(d);
  }

  /**
   * A profile as {@link #profile()} whose seat is recorded above the village, as some Dinas registers
   * hold them (MAP-ENTRY-2): half the time at kecamatan level (the KIM's kecamatan, field h recorded
   * or not, GAP-22), else at kabupaten/kota level. Kept apart from {@link #profile()}, whose KIM are
   * all seated in a village or not yet placed.
   *
   * @return a profile with {@code districtSeat} or {@code regencyCitySeat} and no village seat
   */
  public static Sampler<KimProfile> profileSeatedAboveVillage() {
    return d -> {
      Community c = Community.any().sample(d);
      KimProfile p = profileOf(c, ContactSamplers.personName().sample(d), false, TimeSamplers.EARLIEST,
          TimeSamplers.LATEST).sample(d).withSeat(Optional.empty());
      return d.chance(50) ? p.withDistrictSeat(c.seat().district()) : p.withRegencyCitySeat(c.regency().value());
    };
  }

  /** @return a profile with only its name, the least a census records */
  public static Sampler<KimProfile> minimalProfile() {
    return d -> KimProfile.builder().name(Community.any().sample(d).name()).build();
  }

  /** @return a profile with every field a–t filled and every list non-empty */
  public static Sampler<KimProfile> completeProfile() {
    return d -> profileOf(Community.any().sample(d), ContactSamplers.personName().sample(d), true,
        TimeSamplers.EARLIEST, TimeSamplers.LATEST).sample(d);
  }

  /**
   * @param c the community
   * @param contact the chair's or contact person's name
   * @param complete whether every field is filled
   * @param from earliest day for the community number's issue
   * @param to latest day for the community number's issue
   * @return the profile
   */
  static Sampler<KimProfile> profileOf(Community c, PersonName contact, boolean complete, LocalDate from,
      LocalDate to) {
    return d -> {
      Regency regency = c.regency();
      List<KimMedium> media = Sampler.listOf(MediaSamplers.mediumOf(c.name()), complete ? 1 : 0, 4).sample(d);
      List<GovernmentAffair> fields = distinct(Sampler.listOf(dd -> dd.pick(Vocabulary.AFFAIRS_WITH_ISSUES), complete
          ? 1 : 0, 3).sample(d));
      KimProfile.Builder b = KimProfile.builder().name(c.name());
      b.type(Sampler.optional(dd -> dd.pick(KimType.class), pct(complete, 85)).sample(d));
      b.communityNumber(Sampler.optional(numberIssuedBy(regency, from, to), pct(complete, 70)).sample(d));
      b.contactPerson(Sampler.optional(dd -> ContactPerson.of(contact, dd.chance(75) ? ContactRole.CHAIR
          : ContactRole.CONTACT_PERSON), pct(complete, 80)).sample(d));
      b.address(Sampler.optional(RegionSamplers.address(), pct(complete, 75)).sample(d));
      b.seat(Sampler.optional(Sampler.constant(c.seat()), pct(complete, 85)).sample(d));
      b.fixedLine(Sampler.optional(ContactSamplers.fixedLineIn(regency), pct(complete, 30)).sample(d));
      b.whatsapp(Sampler.optional(ContactSamplers.mobileNumber(), pct(complete, 80)).sample(d));
      b.email(Sampler.optional(dd -> dd.chance(50) ? ContactSamplers.emailOf(contact).sample(dd)
          : ContactSamplers.emailOf(Vocabulary.slug(c.name())).sample(dd), pct(complete, 60)).sample(d));
      b.targetAudience(Sampler.optional(audienceAround(c, complete), pct(complete, 60)).sample(d));
      b.media(media);
      b.fieldsOfActivity(fields);
      if (!fields.isEmpty()) {
        b.publicIssues(Sampler.listOf(dd -> issueIn(dd.pick(fields)).sample(dd), complete ? 1 : 0, 3).sample(d));
      }
      b.frequency(Sampler.optional(frequency(), pct(complete, 60)).sample(d));
      b.contentTypes(Sampler.listOf(dd -> dd.pick(ContentType.class), complete ? 1 : 0, 3).sample(d));
      b.partnershipPeriods(Sampler.listOf(partnershipPeriod(), complete ? 1 : 0, 2).sample(d));
      if (!media.isEmpty()) {
        b.reach(Sampler.listOf(dd -> MediaSamplers.reachOf(dd.pick(media)).sample(dd), complete ? 1 : 0, 3).sample(d));
        b.responses(Sampler.listOf(dd -> MediaSamplers.responseOf(dd.pick(media)).sample(dd), complete ? 1 : 0, 2)
            .sample(d));
      }
      return b.build();
    };
  }

  static Sampler<CommunityNumber> numberIssuedBy(Regency regency, LocalDate from, LocalDate to) {
    return d -> {
      LocalDate issued = d.date(from, to);
      String value = switch (d.intBetween(0, 3)) {
        case 0 -> "KIM/" + regency.codeDigits() + "/" + d.digits(4);
        case 1 -> regency.codeDigits() + ".KIM." + d.digits(3);
        case 2 -> d.digits(3) + "/KIM-" + regency.shortCode() + "/" + issued.getYear();
        default -> "KIM-" + regency.shortCode() + "-" + d.digits(4);
      };
      CommunityNumber number = CommunityNumber.of(value, regency.value());
      return d.chance(70) ? number.withIssuedOn(issued) : number;
    };
  }

  static Sampler<TargetAudience> audienceAround(Community c, boolean complete) {
    return d -> {
      Set<Village> villages = new LinkedHashSet<>();
      villages.add(c.seat());
      int more = d.intBetween(0, 3);
      for (int i = 0; i < more; i++) {
        villages.add(RegionSamplers.placeIn(c.regency()).sample(d).toVillage(c.withRegency()));
      }
      return TargetAudience.builder()
          .villages(d.chance(pct(complete, 90)) ? villages : Set.of())
          .coverage(Sampler.optional(dd -> "warga " + c.seat().localKindName().orElse(c.seat().kind().label()) + " "
              + c.place().village() + " dan sekitarnya", pct(complete, 60)).sample(d))
          .socioEconomicStatus(Sampler.optional(dd -> dd.pick(Vocabulary.SOCIO_ECONOMIC), pct(complete, 60)).sample(d))
          .build();
    };
  }

  static Sampler<ProfileIssue> issueIn(GovernmentAffair field) {
    return d -> d.chance(85) ? ProfileIssue.of(d.pick(Vocabulary.issuesOf(field)), field)
        : ProfileIssue.of(d.pick(Vocabulary.issuesOf(field)));
  }

  private static int pct(boolean complete, int percent) {
    return complete ? 100 : percent;
  }

  /** @return the items without repeats, first occurrences in order (a handful: no hash set needed) */
  private static <T> List<T> distinct(List<T> items) {
    List<T> out = new ArrayList<>(items.size());
    for (T item : items) {
      if (!out.contains(item)) {
        out.add(item);
      }
    }
    return out;
  }
}
