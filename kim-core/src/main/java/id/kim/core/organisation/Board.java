package id.kim.core.organisation;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The board composition of a KIM (susunan pengurus): required to enter the mapping (MAP-ENTRY-4) and,
 * acknowledged by the village head, to partner (PARTNER-LEGAL-3).
 */
@Value.Immutable
public abstract class Board implements WithBoard {

  /** @return the board members; an empty list means no board has been formed */
  public abstract List<@Valid BoardMember> members();

  /** @return the village head's acknowledgement, once given */
  public abstract Optional<@Valid Acknowledgement> acknowledgement();

  /** @return the day the board was formed or last changed, when known */
  public abstract Optional<LocalDate> composedOn();

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the chair, if the board has one */
  public Optional<BoardMember> chair() {
    for (BoardMember m : members()) {
      if (m.role() == BoardRole.CHAIR) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /** Builds a {@link Board}. */
  public static final class Builder extends ImmutableBoard.Builder {}
}
