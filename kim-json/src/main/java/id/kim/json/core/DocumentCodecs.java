package id.kim.json.core;

import id.kim.core.contact.PersonName;
import id.kim.core.document.AdministrativeDeclaration;
import id.kim.core.document.DissolutionNotice;
import id.kim.core.document.DocumentRef;
import id.kim.core.document.IssuerTitle;
import id.kim.core.document.VillageDecree;
import id.kim.core.region.Village;
import id.kim.json.Codec;
import id.kim.json.Field;
import id.kim.json.ObjectCodec;
import id.kim.json.Scalars;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * JSON of the documents: the SK Kepala Desa/Lurah (MAP-ENTRY-3, PARTNER-LEGAL-1), the surat pernyataan
 * (PARTNER-ADMIN-DECL) and a notice of dissolution (TERM-7).
 */
public final class DocumentCodecs {
  private static final Field<VillageDecree, String> NUMBER = Field.required("number", VillageDecree::number,
      Scalars.TEXT);
  private static final Field<VillageDecree, IssuerTitle> ISSUER_TITLE =
      Field.required("issuerTitle", VillageDecree::issuerTitle, Scalars.code(IssuerTitle.class));
  private static final Field<VillageDecree, Village> ISSUER_VILLAGE =
      Field.required("issuerVillage", VillageDecree::issuerVillage, RegionCodecs.VILLAGE);
  private static final Field<VillageDecree, LocalDate> ISSUED_ON = Field.required("issuedOn", VillageDecree::issuedOn,
      Scalars.DATE);
  private static final Field<VillageDecree, Optional<LocalDate>> VALID_UNTIL =
      Field.optional("validUntil", VillageDecree::validUntil, Scalars.DATE);
  private static final Field<VillageDecree, Optional<LocalDate>> REVOKED_ON =
      Field.optional("revokedOn", VillageDecree::revokedOn, Scalars.DATE);
  private static final Field<VillageDecree, Optional<DocumentRef>> DECREE_DOC =
      Field.optional("document", VillageDecree::document, ContactCodecs.DOCUMENT);
  /** The village head's decree. */
  public static final Codec<VillageDecree> DECREE = ObjectCodec.of("VillageDecree",
      List.of(NUMBER, ISSUER_TITLE, ISSUER_VILLAGE, ISSUED_ON, VALID_UNTIL, REVOKED_ON, DECREE_DOC),
      d -> VillageDecree.builder().number(d.get(NUMBER)).issuerTitle(d.get(ISSUER_TITLE))
          .issuerVillage(d.get(ISSUER_VILLAGE))
          .issuedOn(d.get(ISSUED_ON)).validUntil(d.get(VALID_UNTIL)).revokedOn(d.get(REVOKED_ON))
          .document(d.get(DECREE_DOC))
          .build());

  private static final Field<AdministrativeDeclaration, LocalDate> SIGNED_ON =
      Field.required("signedOn", AdministrativeDeclaration::signedOn, Scalars.DATE);
  private static final Field<AdministrativeDeclaration, List<PersonName>> SIGNATORIES =
      Field.array("signatories", AdministrativeDeclaration::signatories, ContactCodecs.PERSON_NAME);
  private static final Field<AdministrativeDeclaration, Boolean> NOT_ASN =
      Field.required("boardNotCivilServants", AdministrativeDeclaration::boardNotCivilServants, Scalars.BOOLEAN);
  private static final Field<AdministrativeDeclaration, Boolean> NOT_CRIME =
      Field.required("boardNotInvolvedInCrime", AdministrativeDeclaration::boardNotInvolvedInCrime, Scalars.BOOLEAN);
  private static final Field<AdministrativeDeclaration, Boolean> NO_PARTY =
      Field.required("noPoliticalPartyAffiliation", AdministrativeDeclaration::noPoliticalPartyAffiliation,
          Scalars.BOOLEAN);
  private static final Field<AdministrativeDeclaration, Boolean> NO_NGO =
      Field.required("noNgoAffiliation", AdministrativeDeclaration::noNgoAffiliation, Scalars.BOOLEAN);
  private static final Field<AdministrativeDeclaration, Optional<DocumentRef>> DECL_DOC =
      Field.optional("document", AdministrativeDeclaration::document, ContactCodecs.DOCUMENT);
  /** The signed statement letter; each of the four statements is required, {@code true} or {@code false}. */
  public static final Codec<AdministrativeDeclaration> DECLARATION = ObjectCodec.of("AdministrativeDeclaration",
      List.of(SIGNED_ON, SIGNATORIES, NOT_ASN, NOT_CRIME, NO_PARTY, NO_NGO, DECL_DOC),
      d -> AdministrativeDeclaration.builder().signedOn(d.get(SIGNED_ON)).signatories(d.get(SIGNATORIES))
          .boardNotCivilServants(d.get(NOT_ASN)).boardNotInvolvedInCrime(d.get(NOT_CRIME))
          .noPoliticalPartyAffiliation(d.get(NO_PARTY)).noNgoAffiliation(d.get(NO_NGO)).document(d.get(DECL_DOC))
          .build());

  private static final Field<DissolutionNotice, LocalDate> DISSOLVED_ON =
      Field.required("dissolvedOn", DissolutionNotice::dissolvedOn, Scalars.DATE);
  private static final Field<DissolutionNotice, Optional<DocumentRef>> DISSOLUTION_DOC =
      Field.optional("document", DissolutionNotice::document, ContactCodecs.DOCUMENT);
  private static final Field<DissolutionNotice, Optional<String>> DISSOLUTION_NOTE = Field.optional("note",
      DissolutionNotice::note, Scalars.TEXT);
  /** The KIM's notice that it dissolved itself (TERM-7). */
  public static final Codec<DissolutionNotice> DISSOLUTION = ObjectCodec.of("DissolutionNotice",
      List.of(DISSOLVED_ON, DISSOLUTION_DOC, DISSOLUTION_NOTE),
      d -> DissolutionNotice.builder().dissolvedOn(d.get(DISSOLVED_ON)).document(d.get(DISSOLUTION_DOC))
          .note(d.get(DISSOLUTION_NOTE))
          .build());

  private DocumentCodecs() {}
}
