package id.kim.report.data;

import id.kim.core.region.RegionDirectory;
import id.kim.regions.RegionRegister;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The files one run of the pipeline reads: the Dinas, the Tabel 3.1 profiles (CSV) and the JSON of
 * the documents, board, declaration and assessments of each KIM; for the mapping the Dinas'
 * assessments of interest, power and influence ({@code GridAssessment}), its public issues (Tabel
 * 3.2, {@code PublicIssue}), its category decisions ({@code CategoryDecision}) and its mapping policy;
 * a year of monitoring ({@code MonitoringRecord}: Tabel 5.2, Tabel 5.3, follower counts, tallies,
 * surveys); and the national table. All JSON is the contract of {@code docs/json.md}. The Kemendagri region
 * codes (kode wilayah) of the records are checked against a register, by default kim-regions' published
 * register ({@link #regions()}).
 */
@Value.Immutable
public abstract class Inputs {
  /** The as-of date of the bundled sample: the day its data describe (no clock is read). */
  public static final LocalDate SAMPLE_AS_OF = LocalDate.of(2026, 1, 15);
  private static final String SAMPLE = "/id/kim/report/sample/jembrana/";

  /** @return the Dinas (JSON, {@code Dinas}) */
  public abstract Input dinas();

  /** @return Tabel 3.1 as CSV, if given */
  public abstract Optional<Input> profiles();

  /** @return a JSON array of {@code KimRecord}: complete records, or supplements naming a profile of the CSV */
  public abstract Optional<Input> records();

  /** @return a JSON array of {@code GridAssessment} (GRID-VAR) */
  public abstract Optional<Input> grid();

  /** @return a JSON array of {@code PublicIssue} (Tabel 3.2) */
  public abstract Optional<Input> issues();

  /** @return a JSON array of {@code CategoryDecision} (GAP-14, MANUAL policy) */
  public abstract Optional<Input> decisions();

  /** @return a {@code MappingPolicy} (JSON); the standard policy when absent */
  public abstract Optional<Input> mappingPolicy();

  /** @return a JSON array of {@code MonitoringRecord}, one per KIM */
  public abstract Optional<Input> monitoring();

  /** @return registered KIM per province (CSV) */
  public abstract Optional<Input> national();

  /**
   * The register the region codes of the data are checked against (REGION-CODE-2, -4): when the Tabel 3.1
   * import fills names from codes and codes from names, when the Dinas is read, and when each record is
   * validated for a decision. By default kim-regions' published register ({@link RegionRegister#bundled()});
   * a Dinas' own table ({@code RegionDirectory.of(map)}); empty to check codes against no register (their
   * level and nesting, REGION-CODE-1 and -3, are still checked).
   *
   * @return the register, or empty for none
   */
  @Value.Default
  public Optional<RegionDirectory> regions() {
    return Optional.of(RegionRegister.bundled());
  }

  /** @return true if these are the bundled sample files */
  @Value.Default
  public boolean isSample() {
    return false;
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @return the bundled sample: Kabupaten Jembrana (Bali, 51.01) with its real kecamatan and kelurahan/desa and
   *     their Kemendagri codes, fictional KIM and people, and the national table of 2023
   */
  public static Inputs sample() {
    return builder().dinas(Input.bundled(SAMPLE + "dinas.json")).profiles(Input.bundled(SAMPLE + "tabel-3-1.csv"))
        .records(Input.bundled(SAMPLE + "records.json")).grid(Input.bundled(SAMPLE + "grid-assessments.json"))
        .issues(Input.bundled(SAMPLE + "issues-2025.json")).monitoring(Input.bundled(SAMPLE + "monitoring-2025.json"))
        .national(Input.bundled("/id/kim/report/sample/national-2023.csv")).isSample(true).build();
  }

  /** Builds {@link Inputs}. */
  public static final class Builder extends ImmutableInputs.Builder {}
}
