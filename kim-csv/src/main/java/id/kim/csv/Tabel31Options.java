package id.kim.csv;

import id.kim.core.agency.Dinas;
import id.kim.core.region.VillageKind;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How to read a Tabel 3.1 file: for which Dinas (its regency/city fills column h when the file has
 * none — PROFILE-h, GAP-22 — and issues the Nomor Induk Komunitas), the date of the strength and
 * influence figures when the file has no "Tanggal Pendataan" column, and the kind of village unit
 * when a cell does not say (GAP-24).
 */
@Value.Immutable
public abstract class Tabel31Options {

  /** @return the Dinas whose table it is */
  public abstract Dinas dinas();

  /** @return the day the PROFILE-s/t figures were observed, when the file does not say per row */
  public abstract Optional<LocalDate> observedOn();

  /**
   * @return the kind of a village written without "Desa"/"Kelurahan" under a "Kelurahan/Desa"
   *     header; by default {@code DESA} in a kabupaten and {@code KELURAHAN} in a kota (PROPOSED,
   *     GAP-24), {@code DESA} for a provincial Dinas
   */
  public abstract Optional<VillageKind> villageKindWhenUnstated();

  /** @return the largest record in bytes before it is reported as too long; bounds memory */
  @Value.Default
  public int maxRecordBytes() {
    return 1 << 20;
  }

  /**
   * @param dinas the Dinas whose table it is
   * @return default options
   */
  public static Tabel31Options forDinas(Dinas dinas) {
    return ImmutableTabel31Options.builder().dinas(dinas).build();
  }

  /**
   * @param date the day of the PROFILE-s/t figures
   * @return these options with that date
   */
  public Tabel31Options withObservedOn(LocalDate date) {
    return ImmutableTabel31Options.copyOf(this).withObservedOn(date);
  }

  /**
   * @param kind the kind of unstated village units
   * @return these options with that kind
   */
  public Tabel31Options withVillageKindWhenUnstated(VillageKind kind) {
    return ImmutableTabel31Options.copyOf(this).withVillageKindWhenUnstated(kind);
  }

  /**
   * @param bytes the record limit
   * @return these options with that limit
   */
  public Tabel31Options withMaxRecordBytes(int bytes) {
    return ImmutableTabel31Options.copyOf(this).withMaxRecordBytes(bytes);
  }
}
