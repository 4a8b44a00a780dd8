package id.kim.testkit;

import id.kim.core.agency.Dinas;
import id.kim.core.community.KimRecord;
import id.kim.core.community.PartnershipPeriod;
import id.kim.core.region.RegencyCity;
import id.kim.core.time.Period;
import id.kim.core.validation.MissingValueException;
import java.time.LocalDate;
import java.util.List;

/** Partners on a day: {@link PartnerFixture}s, for kim-rules' {@code PartnerTrail}. */
public final class PartnerSamplers {
  private PartnerSamplers() {}

  /**
   * @param asOf the day of the designation
   * @return a record eligible to partner on {@code asOf} whose only partnership period (PROFILE-r) runs on
   *     that day — started up to 180 days before, ending up to a year after — with its issuing Dinas and an
   *     officer of it
   * @throws MissingValueException if {@code asOf} is null
   */
  public static Sampler<PartnerFixture> partnerFixture(LocalDate asOf) {
    MissingValueException.requireNonNull(asOf, "asOf");
    return d -> {
      KimRecord eligible = RecordSamplers.eligibleRecord(asOf).sample(d);
      RegencyCity issuer = eligible.profile().communityNumber().orElseThrow().issuedBy();
      Dinas dinas = AgencySamplers.of(issuer).sample(d);
      PartnershipPeriod period = PartnershipPeriod.of(Period.of(d.date(asOf.minusDays(180), asOf),
          d.date(asOf, asOf.plusYears(1))), d.pick(Vocabulary.PROGRAMMES));
      KimRecord record = eligible.withProfile(eligible.profile().withPartnershipPeriods(List.of(period)));
      return new PartnerFixture(record, dinas, AgencySamplers.officerOf(dinas).sample(d), period, asOf);
    };
  }
}
