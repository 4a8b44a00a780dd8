package id.kim.core.monitoring;

import id.kim.core.media.KimMedium;
import id.kim.core.validation.JuknisField;
import id.kim.core.validation.PlausibleCounts;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A count of people reached or taking part, dated to one day: the attendance of a face-to-face event
 * on the event day, the people who joined its discussion, or the visitors of the KIM's website over a
 * reporting span, dated to the span's last day (PROPOSED: a dated count, so that tallies over adjacent
 * periods add up exactly; RULES.md GAP-44 — the juknis gives no instrument).
 */
@Value.Immutable
public abstract class AudienceTally implements WithAudienceTally {

  /** @return what is counted */
  @Value.Parameter
  public abstract TallyKind kind();

  /** @return the count */
  @Value.Parameter
  @PositiveOrZero(message = "{kim.count.negative}")
  @JuknisField("GAP-44")
  @Max(value = PlausibleCounts.AUDIENCE_TALLY, message = "{kim.count.tooLarge}")
  public abstract long count();

  /** @return the day the count belongs to */
  @Value.Parameter
  public abstract LocalDate on();

  /** @return the medium counted, e.g. the KIM's website, when there is one */
  public abstract Optional<@Valid KimMedium> medium();

  /** @return what the count is about, e.g. "Sosialisasi Adminduk di Balai Desa" */
  public abstract Optional<@Pattern(regexp = "(?s).*\\S.*", message = "{kim.text.blank}") @Size(
      max = 200, message = "{kim.text.tooLong}") String> note();

  /**
   * @param kind what is counted
   * @param count the count
   * @param on the day it belongs to
   * @return the tally, without medium or note (add them with {@code withMedium}, {@code withNote})
   */
  public static AudienceTally of(TallyKind kind, long count, LocalDate on) {
    return ImmutableAudienceTally.of(kind, count, on);
  }
}
