package id.kim.rules.mapping.grid;

import id.kim.core.agency.Officer;
import id.kim.core.community.KimRef;
import java.time.LocalDate;
import java.util.Comparator;
import org.immutables.value.Value;

/**
 * A Dinas officer's recorded judgement of one variable of one KIM — the levels of the grid are
 * "yang dinilai dimiliki KIM" (assessed, PRIORITY-1; GAP-15): who, when, what and why. An assessment
 * counts from its day on and prevails over figures; the latest one on or before the as-of date
 * counts. Two of the same day are ordered without regard to input order: {@link Level#LOW} prevails
 * (the careful reading), then the rationale, then the officer's name.
 *
 * <pre>{@code
 * GridAssessment.builder().kim(KimRef.from(profile)).variable(GridVariable.INTEREST).level(Level.HIGH)
 *     .assessedBy(officer).assessedOn(LocalDate.of(2026, 3, 10))
 *     .rationale("Aktif menyebarkan informasi vaksinasi di pasar").build();
 * }</pre>
 */
@Value.Immutable
public abstract class GridAssessment implements WithGridAssessment {
  /** Precedence of two assessments of one variable: later day, then LOW, then rationale, then officer. */
  static final Comparator<GridAssessment> PRECEDENCE = Comparator.comparing(GridAssessment::assessedOn)
      .thenComparing(a -> a.level() == Level.LOW)
      .thenComparing(GridAssessment::rationale)
      .thenComparing(a -> a.assessedBy().name().value());

  /** @return the KIM assessed */
  public abstract KimRef kim();

  /** @return the variable assessed */
  public abstract GridVariable variable();

  /** @return the level found */
  public abstract Level level();

  /** @return the officer who assessed */
  public abstract Officer assessedBy();

  /** @return the day of the assessment */
  public abstract LocalDate assessedOn();

  /** @return why — an assessment without reasons cannot be defended */
  public abstract String rationale();

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /** A rationale is required. */
  @Value.Check
  protected void check() {
    if (rationale().isBlank()) {
      throw new IllegalArgumentException("GridAssessment.rationale of " + variable() + " for " + kim()
          + " must not be blank: the levels are 'yang dinilai' and must be explained (PRIORITY-1, GAP-15)");
    }
  }

  @Override
  public String toString() {
    return "GridAssessment[" + kim() + " " + variable() + "=" + level() + " by " + assessedBy().name() + " on "
        + assessedOn() + "]";
  }

  /** Builds a {@link GridAssessment}. */
  public static final class Builder extends ImmutableGridAssessment.Builder {}
}
