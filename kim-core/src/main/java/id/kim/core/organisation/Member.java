package id.kim.core.organisation;

import id.kim.core.contact.PersonName;
import id.kim.core.validation.MissingValueException;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An ordinary member of a KIM (anggota), not on the board. The juknis sets no member count (RULES.md
 * GAP-52); a member becoming a civil servant is a termination trigger in its literal reading (TERM-3,
 * GAP-03), although a member who already is one does not block partnership (PARTNER-ADMIN-1 names
 * the board only).
 */
@Value.Immutable
public abstract class Member implements WithMember {

  /** @return the person's name (personal data, masked when printed) */
  @Valid
  public abstract PersonName name();

  /** @return since when the person is a civil servant (ASN), if they are one */
  public abstract Optional<LocalDate> civilServantSince();

  /** @return the day the person joined, when known */
  public abstract Optional<LocalDate> joinedOn();

  /**
   * @param name the person's name
   * @return the member
   */
  public static Member of(PersonName name) {
    return builder().name(name).build();
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @param date a day
   * @return true if the person is a civil servant (ASN) on that day
   */
  public boolean isCivilServantOn(LocalDate date) {
    MissingValueException.requireNonNull(date, "date");
    Optional<LocalDate> since = civilServantSince();
    return since.isPresent() && !since.get().isAfter(date);
  }

  /** Builds a {@link Member}. */
  public static final class Builder extends ImmutableMember.Builder {}
}
