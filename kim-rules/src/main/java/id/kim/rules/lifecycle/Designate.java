package id.kim.rules.lifecycle;

import id.kim.core.agency.Officer;
import id.kim.core.community.PartnershipPeriod;
import id.kim.rules.explain.Decision;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * T4 — designation (penetapan) of a KIM as partner for a period and a programme or policy (PROFILE-r:
 * "Jangka waktu yang ditetapkan untuk bermitra dengan KIM untuk kegiatan diseminasi informasi mengenai
 * suatu program atau kebijakan"). It rests on an eligibility {@link Decision} (PARTNER-LEGAL-*,
 * PARTNER-ADMIN-*, QUAL-*) whose verdict must be {@code ELIGIBLE}, made no later than the designation
 * and no longer ago than the policy's freshness window — and, after a termination, made after it
 * (RULES.md GAP-38). A partner may be designated again for another programme (T4b, INV-4).
 */
@Value.Immutable
public abstract class Designate extends LifecycleEvent {

  Designate() {}

  /** @return the period (both ends inclusive) and the programme or policy */
  public abstract PartnershipPeriod period();

  /** @return the eligibility decision the designation rests on */
  public abstract Decision eligibility();

  @Override
  public final EventKind kind() {
    return EventKind.DESIGNATE;
  }

  /**
   * @param by the officer
   * @param on the day
   * @param period the period and programme
   * @param eligibility the eligibility decision
   * @return the event
   */
  public static Designate of(Officer by, LocalDate on, PartnershipPeriod period, Decision eligibility) {
    return builder().by(by).on(on).period(period).eligibility(eligibility).build();
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  String details() {
    return period().period() + " \"" + period().programmeOrPolicy() + "\", eligibility " + eligibility().verdict()
        + " as of " + eligibility().asOf();
  }

  @Override
  public final String toString() {
    return super.toString();
  }

  /** Builds a {@link Designate}. */
  public static final class Builder extends ImmutableDesignate.Builder {}
}
