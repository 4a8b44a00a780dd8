package id.kim.core.agency;

import id.kim.core.contact.PersonName;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An officer of a Dinas who records an assessment, reports an indication or decides a lifecycle
 * step — the "who" of every audit entry. The name is personal data and prints masked.
 */
@Value.Immutable
public abstract class Officer {

  /** @return the officer's name */
  @Valid
  public abstract PersonName name();

  /** @return the officer's position (jabatan), e.g. {@code "Kepala Bidang IKP"} */
  public abstract Optional<@Size(max = 120, message = "{kim.text.tooLong}") String> position();

  /** @return the Dinas the officer works for */
  @Valid
  public abstract Dinas dinas();

  /**
   * @param name the officer's name
   * @param dinas the officer's Dinas
   * @return the officer, without a position
   */
  public static Officer of(PersonName name, Dinas dinas) {
    return ImmutableOfficer.builder().name(name).dinas(dinas).build();
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Officer}. */
  public static final class Builder extends ImmutableOfficer.Builder {}
}
