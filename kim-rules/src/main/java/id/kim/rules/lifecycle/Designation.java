package id.kim.rules.lifecycle;

import id.kim.core.agency.Officer;
import id.kim.core.community.PartnershipPeriod;
import id.kim.rules.explain.Decision;
import java.time.LocalDate;
import java.util.Comparator;
import org.immutables.value.Value;

/**
 * A designation in force: the KIM is partner of the Dinas for a period and a programme or policy
 * (PROFILE-r), on an eligibility decision, by an officer, since a day. A period is over once its last
 * day lies before the as-of day; a period whose last day is the as-of day is still running.
 */
@Value.Immutable
public abstract class Designation {

  /** Total order: by first day, last day, programme, then the day of designation. */
  static final Comparator<Designation> ORDER = Comparator
      .comparing((Designation d) -> d.period().period().start())
      .thenComparing(d -> d.period().period().end())
      .thenComparing(d -> d.period().programmeOrPolicy())
      .thenComparing(Designation::designatedOn);

  /** @return the period and programme or policy */
  public abstract PartnershipPeriod period();

  /** @return the eligibility decision it rests on */
  public abstract Decision eligibility();

  /** @return the designating officer */
  public abstract Officer designatedBy();

  /** @return the day of designation */
  public abstract LocalDate designatedOn();

  /**
   * @param date the as-of day
   * @return true if the period's last day is before that day
   */
  public boolean isOverOn(LocalDate date) {
    return period().period().end().isBefore(date);
  }

  static Designation of(Designate event) {
    return ImmutableDesignation.builder().period(event.period()).eligibility(event.eligibility())
        .designatedBy(event.by()).designatedOn(event.on()).build();
  }

  /**
   * @return a builder — the SDK makes a designation only in {@link Lifecycle#apply} (T4); the builder is public to
   * reload a
   *     stored one (kim-json), and a stored history is trustworthy only through {@link AuditTrail#replay()}
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String toString() {
    return period().period() + " \"" + period().programmeOrPolicy() + "\" (designated " + designatedOn() + ")";
  }

  /** Builds a {@link Designation}. */
  public static final class Builder extends ImmutableDesignation.Builder {}
}
