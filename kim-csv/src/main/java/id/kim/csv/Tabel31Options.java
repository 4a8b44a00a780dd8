package id.kim.csv;

import id.kim.core.agency.Dinas;
import id.kim.core.region.RegionDirectory;
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

  /**
   * @return the register of Kemendagri region codes to check the code columns against and to fill names
   *     from codes and codes from names (REGION-CODE-2..4), e.g. kim-regions' {@code RegionRegister.bundled()}
   *     or a Dinas' own table ({@link RegionDirectory#of}); without one, codes are read and carried, and
   *     checked only for their form and nesting (REGION-CODE-1, REGION-CODE-3)
   */
  public abstract Optional<RegionDirectory> regionDirectory();

  /**
   * @return the longest record, in characters once decoded (about bytes for Indonesian text), before
   *     it is reported as too long ({@code csv.tooLong}); bounds memory (default 1 MiB)
   */
  @Value.Default
  public int maxRecordBytes() {
    return 1 << 20;
  }

  /**
   * @return how many threads read cells and validate profiles while the caller's thread splits the
   *     file (rows still come in file order); by default the number of processors, at most 4; 1 reads
   *     everything on the caller's thread
   */
  @Value.Default
  public int parallelism() {
    return Math.min(4, Runtime.getRuntime().availableProcessors());
  }

  @Value.Check
  void check() {
    if (parallelism() < 1) {
      throw new IllegalArgumentException("parallelism must be at least 1, not " + parallelism());
    }
    if (maxRecordBytes() < 1) {
      throw new IllegalArgumentException("maxRecordBytes must be at least 1, not " + maxRecordBytes());
    }
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
   * @param directory the register of region codes
   * @return these options checking and completing codes and names against it
   */
  public Tabel31Options withRegionDirectory(RegionDirectory directory) {
    return ImmutableTabel31Options.copyOf(this).withRegionDirectory(directory);
  }

  /**
   * @param threads the number of threads that read cells and validate (1: none besides the caller's)
   * @return these options with that parallelism
   */
  public Tabel31Options withParallelism(int threads) {
    return ImmutableTabel31Options.copyOf(this).withParallelism(threads);
  }

  /**
   * @param bytes the record limit
   * @return these options with that limit
   */
  public Tabel31Options withMaxRecordBytes(int bytes) {
    return ImmutableTabel31Options.copyOf(this).withMaxRecordBytes(bytes);
  }
}
