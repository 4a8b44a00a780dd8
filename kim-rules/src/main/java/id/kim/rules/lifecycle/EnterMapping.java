package id.kim.rules.lifecycle;

import id.kim.core.agency.Officer;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * T2 — the KIM enters the Dinas' mapping (pemetaan): profiled per Tabel 3.1 and its public issues
 * identified (MAP-STAGE-A/B). "Kelompok masyarakat yang ingin menjadi KIM dan bermitra dengan Dinas
 * Kominfo harus masuk didalam pemetaan" (II.B.3). Named so as not to clash with {@code java.util.Map}.
 */
@Value.Immutable
public abstract class EnterMapping extends LifecycleEvent {

  EnterMapping() {}

  @Override
  public final EventKind kind() {
    return EventKind.ENTER_MAPPING;
  }

  /**
   * @param by the officer
   * @param on the day
   * @return the event
   */
  public static EnterMapping of(Officer by, LocalDate on) {
    return builder().by(by).on(on).build();
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public final String toString() {
    return super.toString();
  }

  /** Builds an {@link EnterMapping}. */
  public static final class Builder extends ImmutableEnterMapping.Builder {}
}
