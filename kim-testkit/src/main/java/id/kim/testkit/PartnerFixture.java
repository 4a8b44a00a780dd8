package id.kim.testkit;

import id.kim.core.agency.Dinas;
import id.kim.core.agency.Officer;
import id.kim.core.community.KimRecord;
import id.kim.core.community.PartnershipPeriod;
import id.kim.core.validation.MissingValueException;
import java.time.LocalDate;

/**
 * Everything a partner (mitra) needs on a day, as kim-testkit draws it: a record that meets every requirement
 * to partner on {@code asOf} (juknis II.B.4–5, see {@link RecordSamplers#eligibleRecord(LocalDate)}) and holds a
 * partnership period running on that day (PROFILE-r), the Dinas Kominfo Kabupaten/Kota that issued its Nomor
 * Induk Komunitas, and an officer of that Dinas.
 *
 * <p>kim-testkit depends on kim-core only, so it cannot run the lifecycle itself; kim-rules' {@code
 * id.kim.rules.lifecycle.PartnerTrail} turns a fixture into the partner state through the real lifecycle
 * events (T1 Register, T2 EnterMapping on an ELIGIBLE mapping-entry decision, T3 Categorise, T4 Designate on an
 * ELIGIBLE partnership decision):
 * <pre>{@code
 * qt().forAll(KimGens.partnerFixture(asOf)).checkAssert(f -> {
 *   LifecycleState partner = PartnerTrail.of(f.record(), f.dinas(), f.officer(), f.asOf()).get().state().get();
 *   // partner.status() == Status.PARTNER
 * });
 * }</pre>
 *
 * @param record the record: eligible to partner on {@code asOf}, with {@link #period()} in its profile
 * @param dinas the Dinas that issued the record's community number
 * @param officer an officer of that Dinas, who records the lifecycle steps
 * @param period the partnership period running on {@code asOf}
 * @param asOf the day of the designation
 */
public record PartnerFixture(KimRecord record, Dinas dinas, Officer officer, PartnershipPeriod period,
    LocalDate asOf) {

  /** Every component is required. */
  public PartnerFixture {
    MissingValueException.requireNonNull(record, "record");
    MissingValueException.requireNonNull(dinas, "dinas");
    MissingValueException.requireNonNull(officer, "officer");
    MissingValueException.requireNonNull(period, "period");
    MissingValueException.requireNonNull(asOf, "asOf");
  }

  /** @return the KIM's name and the day — no personal data */
  @Override
  public String toString() {
    return "PartnerFixture[" + record.profile().name() + ", " + dinas.name() + ", " + period.period() + ", asOf "
        + asOf + "]";
  }
}
