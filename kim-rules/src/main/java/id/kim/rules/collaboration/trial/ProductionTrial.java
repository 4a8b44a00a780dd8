package id.kim.rules.collaboration.trial;

import id.kim.core.agency.Officer;
import id.kim.core.time.Period;
import id.kim.rules.collaboration.CanonicalOrder;
import java.time.LocalDate;
import java.util.Comparator;
import org.immutables.value.Value;

/**
 * MODEL-B-VAL-3 — "Pemantauan komunitas pemberdayaan masyarakat yang konsisten berkomitmen dalam
 * produksi konten sesuai dengan yang dijadwalkan untuk periode tertentu (misal selama 2 bulan)": over
 * a trial period, how many contents were scheduled and how many were produced. The community is
 * consistent when it produced at least what was scheduled. The 2 months are an example
 * ({@link ValidationPolicy#exampleTrialMonths()}), never checked (GAP-27).
 */
@Value.Immutable
public abstract non-sealed class ProductionTrial implements ValidationEntry {

  /**
   * Precedence among entries of the same step: the later day; on the same day an inconsistent trial
   * prevails over a consistent one; then the period, the counts and the officer.
   */
  static final Comparator<ProductionTrial> PRECEDENCE = Comparator
      .comparing(ProductionTrial::on)
      .thenComparing(ProductionTrial::isConsistent, Comparator.reverseOrder())
      .thenComparing(t -> t.trialPeriod().start())
      .thenComparing(t -> t.trialPeriod().end())
      .thenComparingInt(ProductionTrial::scheduled)
      .thenComparingInt(ProductionTrial::produced)
      .thenComparing(ProductionTrial::by, CanonicalOrder.OFFICER);

  /** @return the day the trial's result was recorded */
  @Override
  public abstract LocalDate on();

  @Override
  public abstract Officer by();

  /** @return the trial period (periode tertentu), both days inclusive */
  public abstract Period trialPeriod();

  /** @return the number of contents scheduled in the period; at least 1 */
  public abstract int scheduled();

  /** @return the number of contents produced as scheduled; at least 0 */
  public abstract int produced();

  /**
   * @param on the day the result was recorded
   * @param by the officer
   * @param trialPeriod the trial period
   * @param scheduled contents scheduled
   * @param produced contents produced
   * @return the entry
   */
  public static ProductionTrial of(LocalDate on, Officer by, Period trialPeriod, int scheduled, int produced) {
    return ImmutableProductionTrial.builder().on(on).by(by).trialPeriod(trialPeriod).scheduled(scheduled)
        .produced(produced).build();
  }

  /** @return true if the community produced at least what was scheduled (konsisten) */
  public boolean isConsistent() {
    return produced() >= scheduled();
  }

  @Override
  public final ValidationStep step() {
    return ValidationStep.B_MONITOR_PRODUCTION;
  }

  @Override
  public String toString() {
    return "ProductionTrial[" + on() + ", " + trialPeriod() + ", " + produced() + "/" + scheduled() + "]";
  }
}
