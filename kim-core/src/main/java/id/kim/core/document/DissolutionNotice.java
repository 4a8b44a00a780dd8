package id.kim.core.document;

import id.kim.core.validation.MissingValueException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A KIM's notice that it has dissolved itself — "Membubarkan diri", the seventh ground on which the
 * regency/city Dinas may end a partnership (TERM-7, juknis II.B.6). The juknis names no form for it;
 * the SDK records the day the dissolution takes effect and, when there is one, the document that shows
 * it (e.g. the minutes of the members' meeting or a letter of the board).
 *
 * <p>For a partner the notice is an indication that opens a review (TERM-PROC-1); for a KIM that is
 * not a partner it closes the record (RULES.md §3 T9, INV-7).
 */
@Value.Immutable
public abstract class DissolutionNotice {

  /** @return the day the KIM is dissolved (the dissolution holds from this day on) */
  @Value.Parameter
  public abstract LocalDate dissolvedOn();

  /** @return the document that shows the dissolution, when the Dinas has one */
  public abstract Optional<@Valid DocumentRef> document();

  /**
   * @return the Dinas' note on how it learnt of the dissolution; not blank when present (a pattern, not
   *     {@code @NotBlank}, so that an absent note is valid)
   */
  public abstract Optional<
      @Pattern(regexp = "(?s).*\\S.*", message = "{kim.text.blank}")
      @Size(max = 2000, message = "{kim.text.tooLong}") String> note();

  /**
   * @param dissolvedOn the day the dissolution takes effect
   * @return the notice, without document or note
   */
  public static DissolutionNotice of(LocalDate dissolvedOn) {
    return ImmutableDissolutionNotice.of(dissolvedOn);
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @param date a day
   * @return true if the KIM is dissolved on that day (on or after {@link #dissolvedOn()})
   * @throws MissingValueException if {@code date} is null
   */
  public boolean isEffectiveOn(LocalDate date) {
    MissingValueException.requireNonNull(date, "date");
    return !dissolvedOn().isAfter(date);
  }

  @Override
  public String toString() {
    return "DissolutionNotice[" + dissolvedOn() + document().map(d -> ", " + d).orElse("") + "]";
  }

  /** Builds a {@link DissolutionNotice}. */
  public static final class Builder extends ImmutableDissolutionNotice.Builder {}
}
