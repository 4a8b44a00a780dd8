package id.kim.rules.lifecycle;

import id.kim.core.agency.Officer;
import id.kim.core.validation.MissingValueException;
import id.kim.rules.eligibility.Eligibility;
import id.kim.rules.explain.Decision;
import id.kim.rules.mapping.entry.AdmittedKim;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * T2 — the KIM enters the Dinas' mapping (pemetaan): profiled per Tabel 3.1 and its public issues
 * identified (MAP-STAGE-A/B). "Kelompok masyarakat yang ingin menjadi KIM dan bermitra dengan Dinas
 * Kominfo harus masuk didalam pemetaan" (II.B.3) — and only a group that meets MAP-ENTRY-1..4 enters it.
 * The event therefore rests on a mapping-entry {@link Decision} ({@link Eligibility#MAPPING_ENTRY_QUESTION},
 * e.g. {@link Eligibility#mappingEntry}) about this KIM, whose verdict must be {@code ELIGIBLE}, made no
 * later than the event and no longer ago than the policy's freshness window — as {@link Designate} rests on
 * the partnership decision. The easy path is {@link #of(Officer, LocalDate, AdmittedKim)}, with a KIM
 * admitted by {@code MappingEntrants}. Named so as not to clash with {@code java.util.Map}.
 */
@Value.Immutable
public abstract class EnterMapping extends LifecycleEvent {

  EnterMapping() {}

  /** @return the mapping-entry decision (MAP-ENTRY-1..4) the entry rests on */
  public abstract Decision mappingEntry();

  @Override
  public final EventKind kind() {
    return EventKind.ENTER_MAPPING;
  }

  /**
   * @param by the officer
   * @param on the day
   * @param mappingEntry the mapping-entry decision about this KIM (MAP-ENTRY-1..4)
   * @return the event
   */
  public static EnterMapping of(Officer by, LocalDate on, Decision mappingEntry) {
    return builder().by(by).on(on).mappingEntry(mappingEntry).build();
  }

  /**
   * @param by the officer
   * @param on the day
   * @param admitted the KIM admitted to the mapping, whose {@code ELIGIBLE} decision the entry rests on
   * @return the event
   * @throws MissingValueException if {@code admitted} is null
   */
  public static EnterMapping of(Officer by, LocalDate on, AdmittedKim admitted) {
    return of(by, on, MissingValueException.requireNonNull(admitted, "admitted").decision());
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  String details() {
    return "mapping entry " + mappingEntry().verdict() + " as of " + mappingEntry().asOf();
  }

  @Override
  public final String toString() {
    return super.toString();
  }

  /** Builds an {@link EnterMapping}. */
  public static final class Builder extends ImmutableEnterMapping.Builder {}
}
