package id.kim.core.document;

import id.kim.core.contact.PersonName;
import id.kim.core.validation.MissingValueException;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The signed statement letter of the administrative requirements (surat pernyataan,
 * PARTNER-ADMIN-DECL): "Syarat administratif dinyatakan dengan membuat surat pernyataan yang
 * ditandatangani oleh pengurus KIM". Each flag is one statement of PARTNER-ADMIN-1..4 that the board
 * declared; evidence to the contrary opens a review (TERM-PROC-1), it does not change the letter.
 *
 * <p>The closing chapter of the juknis calls these requirements "legalitas" and the documents
 * "administratif"; the SDK follows section II.B.4, where these declarations are "syarat
 * administratif" (RULES.md GAP-01).
 */
@Value.Immutable
public abstract class AdministrativeDeclaration {

  /** @return the day the letter was signed */
  public abstract LocalDate signedOn();

  /** @return the board members who signed it (RULES.md GAP-08: at least the chair) */
  public abstract List<@Valid PersonName> signatories();

  /** @return PARTNER-ADMIN-1 declared: "Pengurus KIM bukan Aparatur Sipil Negara (ASN)" */
  public abstract boolean boardNotCivilServants();

  /** @return PARTNER-ADMIN-2 declared: "Pengurus KIM tidak terlibat tindakan kriminal/tersangkut kasus pidana" */
  public abstract boolean boardNotInvolvedInCrime();

  /** @return PARTNER-ADMIN-3 declared: "Tidak berafiliasi dengan Partai Politik tertentu" */
  public abstract boolean noPoliticalPartyAffiliation();

  /** @return PARTNER-ADMIN-4 declared: "Tidak berafiliasi dengan Lembaga Swadaya Masyarakat (LSM)" */
  public abstract boolean noNgoAffiliation();

  /** @return the signed document */
  public abstract Optional<@Valid DocumentRef> document();

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A letter that makes all four statements.
   *
   * @param signedOn day of signature
   * @param signatories who signed
   * @return the declaration
   */
  public static AdministrativeDeclaration ofAllStatements(LocalDate signedOn, List<PersonName> signatories) {
    return builder().signedOn(signedOn)
        .addAllSignatories(MissingValueException.requireNonNull(signatories, "signatories")).boardNotCivilServants(true)
        .boardNotInvolvedInCrime(true).noPoliticalPartyAffiliation(true).noNgoAffiliation(true).build();
  }

  /** Builds an {@link AdministrativeDeclaration}. */
  public static final class Builder extends ImmutableAdministrativeDeclaration.Builder {}
}
