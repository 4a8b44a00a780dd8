package id.kim.core.document;

import id.kim.core.region.Village;
import id.kim.core.validation.MissingValueException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The decree of the village or ward head that establishes a KIM — "Surat Keputusan (SK) Kepala Desa/
 * Lurah/atau yang disebut dengan nama lain". Required to enter the mapping (MAP-ENTRY-3) and to
 * partner (PARTNER-LEGAL-1); its expiry or revocation ends a partnership (TERM-1: "Habis masa berlaku
 * Surat Keputusan … atau pencabutan Surat Keputusan").
 *
 * <p>Validity, as the SDK reads it (the juknis gives no period, RULES.md GAP-09): a decree is in force
 * from its issue day through its {@linkplain #validUntil() last valid day} inclusive, and no longer
 * from the day it is {@linkplain #revokedOn() revoked}. A decree without an expiry stays in force
 * until revoked; no validity period is ever inferred.
 */
@Value.Immutable
@ChronologicalDecree
public abstract class VillageDecree implements WithVillageDecree {

  /** @return the decree's number, e.g. {@code "141/12/KEP/2025"} */
  @NotBlank(message = "{kim.text.blank}")
  @Size(max = 80, message = "{kim.text.tooLong}")
  public abstract String number();

  /** @return the issuing office */
  public abstract IssuerTitle issuerTitle();

  /** @return the village whose head issued it (should be the KIM's seat, RULES.md GAP-09) */
  @Valid
  public abstract Village issuerVillage();

  /** @return the day of issue */
  public abstract LocalDate issuedOn();

  /** @return the last day the decree is valid, if it states one */
  public abstract Optional<LocalDate> validUntil();

  /** @return the day the village head revoked it, if revoked */
  public abstract Optional<LocalDate> revokedOn();

  /** @return the document */
  public abstract Optional<@Valid DocumentRef> document();

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @param date the as-of day
   * @return true if the decree is in force on that day: issued, not past its last valid day, not revoked
   */
  public boolean isInForceOn(LocalDate date) {
    MissingValueException.requireNonNull(date, "date");
    return !issuedOn().isAfter(date) && !isExpiredOn(date) && !isRevokedOn(date);
  }

  /**
   * @param date the as-of day
   * @return true if the decree has expired by that day (its last valid day is before it)
   */
  public boolean isExpiredOn(LocalDate date) {
    MissingValueException.requireNonNull(date, "date");
    Optional<LocalDate> until = validUntil();
    return until.isPresent() && date.isAfter(until.get());
  }

  /**
   * @param date the as-of day
   * @return true if the decree has been revoked on or before that day
   */
  public boolean isRevokedOn(LocalDate date) {
    MissingValueException.requireNonNull(date, "date");
    Optional<LocalDate> revoked = revokedOn();
    return revoked.isPresent() && !date.isBefore(revoked.get());
  }

  /** Builds a {@link VillageDecree}. */
  public static final class Builder extends ImmutableVillageDecree.Builder {}
}
