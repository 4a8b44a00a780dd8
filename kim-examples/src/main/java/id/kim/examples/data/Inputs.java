package id.kim.examples.data;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The files one run of the pipeline reads: the Dinas, the Tabel 3.1 profiles (CSV) and the JSON of
 * the documents, board, declaration and assessments of each KIM, the grid assessments (interest,
 * power, influence), a year of monitoring logs and social-media posts, and the national table.
 */
@Value.Immutable
public abstract class Inputs {
  /** The as-of date of the bundled sample: the day its data describe (no clock is read). */
  public static final LocalDate SAMPLE_AS_OF = LocalDate.of(2026, 1, 15);
  private static final String SAMPLE = "/sample/sukamaju/";

  /** @return the Dinas (JSON, {@code Dinas}) */
  public abstract Input dinas();

  /** @return Tabel 3.1 as CSV, if given */
  public abstract Optional<Input> profiles();

  /** @return a JSON array of {@code KimRecord}: complete records, or supplements naming a profile of the CSV */
  public abstract Optional<Input> records();

  /** @return grid assessments (JSON) */
  public abstract Optional<Input> grid();

  /** @return Tabel 5.2 monitoring logs (JSON) */
  public abstract Optional<Input> monitoring();

  /** @return Tabel 5.3 social-media accounts and posts (JSON) */
  public abstract Optional<Input> social();

  /** @return audience surveys (JSON) */
  public abstract Optional<Input> surveys();

  /** @return registered KIM per province (CSV) */
  public abstract Optional<Input> national();

  /** @return true if these are the bundled sample files */
  @Value.Default
  public boolean isSample() {
    return false;
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the bundled sample: the fictional Kabupaten Sukamaju and the national table of 2023 */
  public static Inputs sample() {
    return builder().dinas(Input.bundled(SAMPLE + "dinas.json")).profiles(Input.bundled(SAMPLE + "tabel-3-1.csv"))
        .records(Input.bundled(SAMPLE + "records.json")).grid(Input.bundled(SAMPLE + "grid-assessments.json"))
        .monitoring(Input.bundled(SAMPLE + "monitoring-2025.json")).social(Input.bundled(SAMPLE + "social-2025.json"))
        .surveys(Input.bundled(SAMPLE + "surveys-2025.json")).national(Input.bundled("/sample/national-2023.csv"))
        .isSample(true).build();
  }

  /** Builds {@link Inputs}. */
  public static final class Builder extends ImmutableInputs.Builder {}
}
