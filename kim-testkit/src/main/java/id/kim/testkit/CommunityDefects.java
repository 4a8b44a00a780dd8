package id.kim.testkit;

import static id.kim.testkit.BadText.citing;
import static id.kim.testkit.BadText.defect;
import static id.kim.testkit.BadText.noRule;
import static id.kim.testkit.BadText.rule;

import id.kim.core.community.CommunityNumber;
import id.kim.core.community.Frequency;
import id.kim.core.community.PartnershipPeriod;
import id.kim.core.community.ProfileIssue;
import id.kim.core.community.TargetAudience;
import id.kim.core.region.RegencyCity;
import id.kim.core.region.Village;
import id.kim.core.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Single defects of the parts of a profile: community number (GAP-12), frequency, periods, issues, audience. */
final class CommunityDefects {
  private CommunityDefects() {}

  static List<Defect<CommunityNumber>> communityNumber() {
    Sampler<CommunityNumber> host = ProfileSamplers.communityNumber();
    List<Defect<CommunityNumber>> out = new ArrayList<>();
    out.add(Defect.<CommunityNumber>builder().type("CommunityNumber").path("value")
        .problem("not a plausible registration number")
        .messageKey("kim.communityNumber.invalid").ruleId(rule("PARTNER-LEGAL-2"))
        .sampler(d -> reissue(host.sample(d), switch (d.intBetween(0, 6)) {
          case 0 -> "#KIM-" + d.digits(4);
          case 1 -> " KIM/" + d.digits(4);
          case 2 -> "KIM/" + d.digits(4) + " ";
          case 3 -> "KIM_" + d.digits(4) + "_" + d.digits(4);
          case 4 -> "KIM/" + d.digits(4) + "/" + "X".repeat(37);
          case 5 -> "";
          default -> "KIM:" + d.digits(4);
        })).build());
    out.add(Defect.<CommunityNumber>builder().type("CommunityNumber").path("value")
        .problem("16 digits: the shape of a population NIK (KTP), not a Nomor Induk Komunitas")
        .messageKey("kim.communityNumber.looksLikePopulationNik").ruleId(rule("PARTNER-LEGAL-2"))
        .sampler(d -> {
          String nik = d.intBetween(1, 9) + d.digits(15);
          String sep = d.pick(List.of("", " ", ".", "-"));
          return reissue(host.sample(d), sep.isEmpty() ? nik
              : String.join(sep, nik.substring(0, 4), nik.substring(4, 8), nik.substring(8, 12), nik.substring(12)));
        }).build());
    out.addAll(Defect.allWithin(RegionDefects.regencyCity(), "CommunityNumber", "issuedBy", noRule(), host,
        (c, r) -> reissue(c, r)));
    return List.copyOf(out);
  }

  static List<Defect<Frequency>> frequency() {
    Sampler<Frequency> host = ProfileSamplers.frequency();
    return citing(List.of(
        defect("Frequency", "count", "a negative count", "kim.count.negative", d ->
            Frequency.of(-d.intBetween(1, 1000), host.sample(d).period())),
        defect("Frequency", "count", "more than 10000 per period", "kim.count.tooLarge",
            d -> Frequency.of(d.intBetween(10_001, 10_000_000), host.sample(d).period()))), "PROFILE-p");
  }

  static List<Defect<Period>> period() {
    return List.of(defect("Period", "end", "ends before it starts", "kim.period.endBeforeStart", d -> {
      Period p = TimeSamplers.period().sample(d);
      return Period.of(p.start(), p.start().minusDays(d.between(1, 366)));
    }));
  }

  static List<Defect<PartnershipPeriod>> partnershipPeriod() {
    Sampler<PartnershipPeriod> host = ProfileSamplers.partnershipPeriod();
    List<Defect<PartnershipPeriod>> out = new ArrayList<>(Defect.allWithin(period(), "PartnershipPeriod", "period",
        noRule(), host,
        (x, p) -> PartnershipPeriod.of(p, x.programmeOrPolicy())));
    out.addAll(BadText.textDefects("PartnershipPeriod", "programmeOrPolicy", 200, host, (x, s) ->
        PartnershipPeriod.of(x.period(), s)));
    return List.copyOf(out);
  }

  static List<Defect<ProfileIssue>> profileIssue() {
    return BadText.textDefects("ProfileIssue", "title", 200, ProfileSamplers.profileIssue(),
        (x, s) -> x.field().map(f -> ProfileIssue.of(s, f)).orElseGet(() -> ProfileIssue.of(s)));
  }

  static List<Defect<TargetAudience>> targetAudience() {
    Sampler<TargetAudience> host = ProfileSamplers.targetAudience();
    List<Defect<TargetAudience>> out = new ArrayList<>();
    out.addAll(BadText.textDefects("TargetAudience", "coverage", 300, host,
        (t, s) -> TargetAudience.builder().from(t).coverage(s).build()));
    out.addAll(BadText.textDefects("TargetAudience", "socioEconomicStatus", 300, host,
        (t, s) -> TargetAudience.builder().from(t).socioEconomicStatus(s).build()));
    out.addAll(Defect.allWithin(RegionDefects.village(), "TargetAudience", "villages[]", noRule(), host, (t, v) -> {
      Set<Village> villages = new LinkedHashSet<>(t.villages());
      villages.remove(v); // an equal village (codes are outside equality) gives way to the defective one
      villages.add(v);
      return TargetAudience.builder().from(t).villages(villages).build();
    }));
    return List.copyOf(out);
  }

  private static CommunityNumber reissue(CommunityNumber number, String value) {
    CommunityNumber copy = CommunityNumber.of(value, number.issuedBy());
    return number.issuedOn().map(copy::withIssuedOn).orElse(copy);
  }

  private static CommunityNumber reissue(CommunityNumber number, RegencyCity issuer) {
    CommunityNumber copy = CommunityNumber.of(number.value(), issuer);
    return number.issuedOn().map(copy::withIssuedOn).orElse(copy);
  }
}
