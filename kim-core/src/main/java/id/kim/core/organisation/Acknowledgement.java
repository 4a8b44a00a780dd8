package id.kim.core.organisation;

import id.kim.core.contact.PersonName;
import id.kim.core.document.DocumentRef;
import id.kim.core.document.IssuerTitle;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The village head's acknowledgement of the board (PARTNER-LEGAL-3: "Susunan Pengurus yang diketahui
 * oleh Kepala Desa/Lurah/atau sebutan lainnya") — the countersignature "mengetahui" on the board list.
 */
@Value.Immutable
public abstract class Acknowledgement {

  /** @return the title of the office that acknowledged */
  public abstract IssuerTitle byTitle();

  /** @return the name of the office holder, when recorded */
  public abstract Optional<@Valid PersonName> byName();

  /** @return the day of acknowledgement */
  public abstract LocalDate on();

  /** @return the document that carries it */
  public abstract Optional<@Valid DocumentRef> document();

  /**
   * @param byTitle the office
   * @param on the day
   * @return the acknowledgement
   */
  public static Acknowledgement of(IssuerTitle byTitle, LocalDate on) {
    return builder().byTitle(byTitle).on(on).build();
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Acknowledgement}. */
  public static final class Builder extends ImmutableAcknowledgement.Builder {}
}
