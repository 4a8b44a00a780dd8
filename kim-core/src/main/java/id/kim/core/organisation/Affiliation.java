package id.kim.core.organisation;

import id.kim.core.contact.PersonName;
import id.kim.core.validation.MissingValueException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A known affiliation of a KIM or of one of its people with an organisation. An affiliation with a
 * political party or an NGO fails PARTNER-ADMIN-3/4 and, during a partnership, is the trigger TERM-2
 * ("Berafiliasi dengan partai politik/Lembaga Swadaya Masyarakat (LSM)").
 */
@Value.Immutable
public abstract class Affiliation {

  /** @return the organisation's name, e.g. {@code "Partai Contoh"} */
  @NotBlank(message = "{kim.text.blank}")
  @Size(max = 160, message = "{kim.text.tooLong}")
  public abstract String organisation();

  /** @return what kind of organisation it is */
  public abstract AffiliationKind kind();

  /** @return who holds the affiliation */
  public abstract AffiliationSubject subject();

  /** @return the person holding it, when the subject is a board member or member */
  public abstract Optional<@Valid PersonName> person();

  /** @return since when, when known */
  public abstract Optional<LocalDate> since();

  /** @return until when, if it has ended */
  public abstract Optional<LocalDate> until();

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @param date a day
   * @return true if the affiliation holds on that day (open-ended at both sides when dates are unknown)
   */
  public boolean isActiveOn(LocalDate date) {
    MissingValueException.requireNonNull(date, "date");
    Optional<LocalDate> from = since();
    Optional<LocalDate> to = until();
    return (from.isEmpty() || !from.get().isAfter(date)) && (to.isEmpty() || !to.get().isBefore(date));
  }

  /** @return true if a person is named exactly when the subject is a person */
  @AssertTrue(message = "{kim.affiliation.person}")
  public boolean isPersonConsistent() {
    return (subject() == AffiliationSubject.KIM) == person().isEmpty();
  }

  /** Builds an {@link Affiliation}. */
  public static final class Builder extends ImmutableAffiliation.Builder {}
}
