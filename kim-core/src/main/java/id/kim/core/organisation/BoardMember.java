package id.kim.core.organisation;

import id.kim.core.validation.constraints.NotBlankWhenPresent;
import id.kim.core.contact.PersonName;
import id.kim.core.validation.MissingValueException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One member of the board of a KIM (pengurus). Board members must not be civil servants
 * (PARTNER-ADMIN-1) nor involved in crime (PARTNER-ADMIN-2); a board member becoming a civil servant
 * during a partnership is a termination trigger (TERM-3).
 */
@Value.Immutable
public abstract class BoardMember implements WithBoardMember {

  /** @return the person's name (personal data, masked when printed) */
  @Valid
  public abstract PersonName name();

  /** @return the role on the board */
  public abstract BoardRole role();

  /** @return the position's own title, e.g. {@code "Koordinator Penyebaran Informasi"} */
  public abstract Optional<@NotBlankWhenPresent @Size(max = 120, message = "{kim.text.tooLong}") String> title();

  /** @return since when the person is a civil servant (ASN), if they are one */
  public abstract Optional<LocalDate> civilServantSince();

  /**
   * @param name the person's name
   * @param role the role
   * @return the board member, not a civil servant
   */
  public static BoardMember of(PersonName name, BoardRole role) {
    return builder().name(name).role(role).build();
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

  /** Builds a {@link BoardMember}. */
  public static final class Builder extends ImmutableBoardMember.Builder {}
}
