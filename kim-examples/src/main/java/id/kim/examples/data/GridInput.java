package id.kim.examples.data;

import id.kim.core.contact.PersonName;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Dinas' assessment of one KIM's interest (ketertarikan), power (kekuatan) and influence (pengaruh)
 * — the input of mapping stage C (MAP-STAGE-C, GRID-VAR). Provisional shape until the mapping family
 * defines its own.
 */
@Value.Immutable
public abstract class GridInput {

  /** @return the KIM's name, as in Tabel 3.1 */
  public abstract String kim();

  /** @return interest (ketertarikan) */
  public abstract Level interest();

  /** @return power (kekuatan) */
  public abstract Level power();

  /** @return influence (pengaruh) */
  public abstract Level influence();

  /** @return the day of the assessment */
  public abstract LocalDate assessedOn();

  /** @return the officer who assessed (personal data, masked when printed) */
  public abstract Optional<PersonName> assessedBy();

  /** @return why */
  public abstract Optional<String> rationale();

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GridInput}. */
  public static final class Builder extends ImmutableGridInput.Builder {}
}
