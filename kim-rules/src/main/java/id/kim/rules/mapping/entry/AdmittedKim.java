package id.kim.rules.mapping.entry;

import id.kim.core.agency.Dinas;
import id.kim.core.community.KimProfile;
import id.kim.core.community.KimRecord;
import id.kim.core.community.KimRef;
import id.kim.rules.explain.Decision;
import id.kim.rules.explain.Verdict;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A KIM admitted to a Dinas' mapping: "KIM yang telah memenuhi" the mapping-entry requirements (juknis
 * II.B.3, MAP-ENTRY-1..4) — its record, the deciding Dinas Kominfo Kabupaten/Kota, and the
 * {@code ELIGIBLE} mapping-entry decision about that record, for that Dinas, as of the decision's day.
 *
 * <p>There is no public constructor or builder: an admitted KIM is made only by
 * {@link MappingEntrants#decide} or {@link MappingEntrants#admit}, which decide MAP-ENTRY-1..4 themselves
 * on the record they admit. A decision about another record, another Dinas or another day, or a verdict
 * other than {@code ELIGIBLE}, can therefore never stand behind an admitted KIM. Immutable and thread-safe.
 */
public final class AdmittedKim {
  private final KimRecord record;
  private final Dinas dinas;
  private final Decision decision;

  AdmittedKim(KimRecord record, Dinas dinas, Decision decision) {
    if (decision.verdict() != Verdict.ELIGIBLE) {
      throw new IllegalStateException("MAP-ENTRY-1..4: only an ELIGIBLE mapping-entry decision admits a KIM, got "
          + decision.verdict());
    }
    this.record = record;
    this.dinas = dinas;
    this.decision = decision;
  }

  /** @return the record that entered the mapping */
  public KimRecord record() {
    return record;
  }

  /** @return its Tabel 3.1 profile, what the mapping reads */
  public KimProfile profile() {
    return record.profile();
  }

  /** @return the KIM's reference across the SDK */
  public KimRef ref() {
    return KimRef.from(record.profile());
  }

  /** @return the Dinas Kominfo Kabupaten/Kota that decided the entry */
  public Dinas dinas() {
    return dinas;
  }

  /** @return the day the entry was decided as of */
  public LocalDate asOf() {
    return decision.asOf();
  }

  /** @return the mapping-entry decision, always {@code ELIGIBLE} */
  public Decision decision() {
    return decision;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AdmittedKim a && record.equals(a.record) && dinas.equals(a.dinas)
        && decision.equals(a.decision);
  }

  @Override
  public int hashCode() {
    return Objects.hash(record, dinas, decision);
  }

  /** @return the KIM's name, the Dinas and the day — no personal data, no community number */
  @Override
  public String toString() {
    return "AdmittedKim[" + record.profile().name() + ", " + dinas.name() + ", asOf " + asOf() + "]";
  }
}
