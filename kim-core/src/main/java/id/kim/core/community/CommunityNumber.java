package id.kim.core.community;

import id.kim.core.privacy.Mask;
import id.kim.core.region.RegencyCity;
import id.kim.core.validation.JuknisField;
import id.kim.core.validation.MissingValueException;
import id.kim.core.validation.constraints.CommunityNumberFormat;
import id.kim.core.validation.constraints.CommunityNumberFormatValidator;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The Nomor Induk Komunitas — the community registration number a KIM receives "setelah melakukan
 * registrasi ke Dinas Kominfo Kabupaten/Kota" (PROFILE-c) and must hold to partner
 * (PARTNER-LEGAL-2: "NIK (Nomor Induk Komunitas) yang dikeluarkan oleh Dinas Kabupaten/Kota").
 *
 * <p><b>Not</b> the Nomor Induk Kependudukan, the 16-digit population number on a KTP, which
 * everyday Indonesian also calls "NIK". This type is never called {@code nik}, knows nothing of
 * KTP numbers, and its constraint rejects any 16-digit value with a message that says why (RULES.md
 * GAP-12). The juknis gives no format, so the value is opaque: 1–40 letters, digits, {@code . / -}
 * or spaces. It is unique per issuing regency/city, so its identity is the pair (issuer, value).
 */
@Value.Immutable
public abstract class CommunityNumber {

  /** @return the number as issued, e.g. {@code "KIM/5101/0007"} */
  @JuknisField("PARTNER-LEGAL-2")
  @Value.Parameter
  @CommunityNumberFormat
  public abstract String value();

  /** @return the regency or city whose Dinas issued the number */
  @Value.Parameter
  @Valid
  public abstract RegencyCity issuedBy();

  /** @return the day of issue, when known */
  public abstract Optional<LocalDate> issuedOn();

  /**
   * @param text a text given as a Nomor Induk Komunitas
   * @return true if it has the shape of a population NIK (Nomor Induk Kependudukan, the 16-digit KTP
   *     number): exactly 16 ASCII digits once whitespace, dots, slashes and hyphens are ignored — a
   *     person's number given by mistake (RULES.md GAP-12), never a community's
   */
  public static boolean looksLikePopulationNik(String text) {
    MissingValueException.requireNonNull(text, "text");
    return CommunityNumberFormatValidator.looksLikePopulationNik(text);
  }

  /**
   * @param value the number as issued
   * @param issuedBy the issuing regency or city
   * @return the number
   */
  public static CommunityNumber of(String value, RegencyCity issuedBy) {
    return ImmutableCommunityNumber.of(value, issuedBy);
  }

  /**
   * @param issuedOn day of issue
   * @return this number with the day of issue
   */
  public CommunityNumber withIssuedOn(LocalDate issuedOn) {
    return ImmutableCommunityNumber.copyOf(this).withIssuedOn(issuedOn);
  }

  /**
   * @return the number as decisions, reports and logs print it: as issued, or sixteen stars when it
   *     has the shape of a population NIK ({@link Mask#communityNumber}) — such a value is a person's
   *     number and is never printed, whether or not the record was validated (RULES.md GAP-12)
   */
  public String printable() {
    return Mask.communityNumber(value());
  }

  /** @return e.g. {@code "KIM/5101/0007 (Kabupaten Jembrana)"}; a value in population-NIK shape masked */
  @Override
  public String toString() {
    return printable() + " (" + issuedBy().fullName() + ")";
  }
}
