package id.kim.testkit;

import static id.kim.testkit.BadText.rule;

import id.kim.core.community.KimProfile;
import id.kim.core.contact.PhoneNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Single defects of a Tabel 3.1 profile: every constraint of every field a–t, each inside an
 * otherwise valid profile, with the PROFILE rule the finding cites.
 */
final class ProfileDefects {
  private ProfileDefects() {}

  static List<Defect<KimProfile>> profile() {
    Sampler<KimProfile> host = ProfileSamplers.profile();
    List<Defect<KimProfile>> out = new ArrayList<>();
    for (Defect<KimProfile> d : BadText.textDefects("KimProfile", "name", 150, host, KimProfile::withName)) {
      out.add(Defect.<KimProfile>builder().from(d).ruleId(rule("PROFILE-a")).build());
    }
    out.addAll(Defect.allWithin(CommunityDefects.communityNumber(), "KimProfile", "communityNumber", rule("PROFILE-c"),
        host,
        KimProfile::withCommunityNumber));
    out.addAll(Defect.allWithin(ContactDefects.contactPerson(), "KimProfile", "contactPerson", rule("PROFILE-d"), host,
        KimProfile::withContactPerson));
    out.addAll(Defect.allWithin(RegionDefects.address(), "KimProfile", "address", rule("PROFILE-e"), host,
        KimProfile::withAddress));
    out.addAll(Defect.allWithin(RegionDefects.village(), "KimProfile", "seat", rule("PROFILE-f"), host,
        KimProfile::withSeat));
    out.addAll(seatDefects());
    out.addAll(Defect.allWithin(ContactDefects.phoneNumber(), "KimProfile", "fixedLine", rule("PROFILE-i"), host,
        KimProfile::withFixedLine));
    out.addAll(Defect.allWithin(ContactDefects.phoneNumber(), "KimProfile", "whatsapp", rule("PROFILE-i"), host,
        KimProfile::withWhatsapp));
    out.add(Defect.<KimProfile>builder().type("KimProfile").path("whatsapp")
        .problem("a landline or short number, not reachable via WhatsApp")
        .messageKey("kim.phone.notMobile").ruleId(rule("PROFILE-i"))
        .sampler(d -> host.sample(d).withWhatsapp(d.chance(80) ? ContactSamplers.fixedLine().sample(d)
            : PhoneNumber.of("08" + d.intBetween(11, 99) + d.digits(4))))
        .build());
    out.addAll(Defect.allWithin(ContactDefects.emailAddress(), "KimProfile", "email", rule("PROFILE-j"), host,
        KimProfile::withEmail));
    out.addAll(Defect.allWithin(CommunityDefects.targetAudience(), "KimProfile", "targetAudience", rule("PROFILE-k"),
        host,
        KimProfile::withTargetAudience));
    out.addAll(first(MediaDefects.medium(), "media[0]", "PROFILE-l", host, (p, m) ->
        p.withMedia(replaceFirst(p.media(), m))));
    out.addAll(first(CommunityDefects.profileIssue(), "publicIssues[0]", "PROFILE-n", host,
        (p, i) -> p.withPublicIssues(replaceFirst(p.publicIssues(), i))));
    out.addAll(Defect.allWithin(CommunityDefects.frequency(), "KimProfile", "frequency", rule("PROFILE-p"), host,
        KimProfile::withFrequency));
    out.addAll(first(CommunityDefects.partnershipPeriod(), "partnershipPeriods[0]", "PROFILE-r", host,
        (p, x) -> p.withPartnershipPeriods(replaceFirst(p.partnershipPeriods(), x))));
    out.addAll(first(MediaDefects.reachObservation(), "reach[0]", "PROFILE-s", host, (p, x) ->
        p.withReach(replaceFirst(p.reach(), x))));
    out.addAll(first(MediaDefects.responseObservation(), "responses[0]", "PROFILE-t", host,
        (p, x) -> p.withResponses(replaceFirst(p.responses(), x))));
    out.addAll(AbsenceDefects.profile(host));
    return List.copyOf(out);
  }

  /** A seat above the village with a bad kecamatan or kabupaten/kota, and a seat at two levels (MAP-ENTRY-2). */
  private static List<Defect<KimProfile>> seatDefects() {
    Sampler<KimProfile> above = ProfileSamplers.profileSeatedAboveVillage();
    List<Defect<KimProfile>> out = new ArrayList<>();
    out.addAll(Defect.allWithin(RegionDefects.district(), "KimProfile", "districtSeat", rule("PROFILE-g"), above,
        (p, x) -> p.withRegencyCitySeat(Optional.empty()).withDistrictSeat(x)));
    out.addAll(Defect.allWithin(RegionDefects.regencyCity(), "KimProfile", "regencyCitySeat", rule("PROFILE-h"), above,
        (p, x) -> p.withDistrictSeat(Optional.empty()).withRegencyCitySeat(x)));
    out.add(Defect.<KimProfile>builder().type("KimProfile").path("seatAtOneLevel")
        .problem("a seat at two levels: a kelurahan/desa and also a kecamatan or kabupaten/kota")
        .messageKey("kim.seat.oneLevel").ruleId(rule("MAP-ENTRY-2"))
        .sampler(d -> {
          KimProfile p = above.sample(d);
          return d.chance(50) ? p.withSeat(RegionSamplers.village().sample(d))
              : p.withDistrictSeat(RegionSamplers.district().sample(d))
                  .withRegencyCitySeat(RegionSamplers.regencyCity().sample(d));
        })
        .build());
    return out;
  }

  private static <T> List<Defect<KimProfile>> first(List<Defect<T>> defects, String attribute, String rule,
      Sampler<KimProfile> host, BiFunction<KimProfile, T, KimProfile> put) {
    return Defect.allWithin(defects, "KimProfile", attribute, rule(rule), host, put);
  }

  /**
   * @param items a list
   * @param first the new first element
   * @param <T> element type
   * @return the list with its first element replaced, or {@code [first]} if it was empty
   */
  static <T> List<T> replaceFirst(List<T> items, T first) {
    List<T> out = new ArrayList<>(items);
    if (out.isEmpty()) {
      out.add(first);
    } else {
      out.set(0, first);
    }
    return out;
  }
}
