package id.kim.testkit;

import id.kim.core.contact.PersonName;
import id.kim.core.document.AdministrativeDeclaration;
import id.kim.core.document.DissolutionNotice;
import id.kim.core.document.DocumentRef;
import id.kim.core.document.IssuerTitle;
import id.kim.core.document.VillageDecree;
import id.kim.core.region.Village;
import java.time.LocalDate;
import java.util.List;

/**
 * The documents a KIM presents: the SK Kepala Desa/Lurah (MAP-ENTRY-3, PARTNER-LEGAL-1) with
 * consistent dates (expiry and revocation never before issue, GAP-09), the signed surat
 * pernyataan (PARTNER-ADMIN-DECL), and the notice that a KIM dissolved itself (TERM-7).
 */
public final class DocumentSamplers {
  private static final List<String> DISSOLUTION_DOCUMENTS = List.of(
      "Berita acara rapat anggota pembubaran KIM no.", "Surat pengurus tentang pembubaran KIM no.",
      "arsip/pembubaran/surat");
  private static final List<String> DISSOLUTION_NOTES = List.of(
      "Disampaikan ketua KIM melalui surat kepada Dinas.", "Diketahui dari laporan Kepala Desa.",
      "Anggota KIM bergabung ke KIM desa tetangga.", "Dikonfirmasi saat verifikasi lapangan.");

  private DocumentSamplers() {}

  /** @return an archive reference or a link to a scan */
  public static Sampler<DocumentRef> documentRef() {
    return d -> DocumentRef.of(d.chance(50)
        ? "arsip/" + d.intBetween(2019, 2027) + "/SK-KIM-" + d.digits(3) + ".pdf"
        : "https://arsip.kominfo.example.id/dokumen/" + d.digits(6));
  }

  /** @return a decree of a real village's head, dates in order, sometimes expiring or revoked */
  public static Sampler<VillageDecree> villageDecree() {
    return d -> decreeFor(RegionSamplers.village().sample(d), TimeSamplers.EARLIEST, TimeSamplers.LATEST).sample(d);
  }

  /** @return a signed statement letter; each of the four statements is usually, not always, made */
  public static Sampler<AdministrativeDeclaration> declaration() {
    return d -> declarationBy(Sampler.listOf(ContactSamplers.personName(), 1, 3).sample(d),
        TimeSamplers.date().sample(d), d.chance(50)).sample(d);
  }

  /** @return a notice that a KIM dissolved itself (TERM-7), often with the minutes or letter, sometimes a note */
  public static Sampler<DissolutionNotice> dissolutionNotice() {
    return dissolutionBetween(TimeSamplers.EARLIEST, TimeSamplers.LATEST);
  }

  /**
   * @param from earliest day of dissolution
   * @param to latest day of dissolution
   * @return a dissolution taking effect in {@code [from, to]}
   */
  static Sampler<DissolutionNotice> dissolutionBetween(LocalDate from, LocalDate to) {
    return d -> DissolutionNotice.builder()
        .dissolvedOn(d.date(from, to))
        .document(Sampler.optional(dd -> DocumentRef.of(dd.pick(DISSOLUTION_DOCUMENTS) + " " + dd.digits(3)), 70)
            .sample(d))
        .note(Sampler.optional(dd -> dd.pick(DISSOLUTION_NOTES), 50).sample(d))
        .build();
  }

  /**
   * @param village the issuing village (the KIM's seat)
   * @param from earliest issue day
   * @param to latest issue day
   * @return a decree issued in {@code [from, to]}, expiry and revocation (if any) on or after issue
   */
  static Sampler<VillageDecree> decreeFor(Village village, LocalDate from, LocalDate to) {
    return d -> {
      LocalDate issued = d.date(from, to);
      return base(village, issued).sample(d)
          .withValidUntil(Sampler.optional(dd -> issued.plusDays(dd.between(0, 5 * 366)), 50).sample(d))
          .withRevokedOn(Sampler.optional(dd -> issued.plusDays(dd.between(0, 3 * 366)), 15).sample(d));
    };
  }

  /**
   * @param village the issuing village
   * @param asOf the as-of day
   * @return a decree in force on {@code asOf}: issued by then, not expired, not revoked
   */
  static Sampler<VillageDecree> decreeInForce(Village village, LocalDate asOf) {
    return d -> {
      LocalDate issued = d.date(asOf.minusYears(5), asOf);
      return base(village, issued).sample(d)
          .withValidUntil(Sampler.optional(dd -> asOf.plusDays(dd.between(0, 5 * 366)), 50).sample(d));
    };
  }

  /**
   * @param signatories who signed
   * @param signedOn day of signature
   * @param allStatements whether all four statements are made
   * @return the letter
   */
  static Sampler<AdministrativeDeclaration> declarationBy(List<PersonName> signatories, LocalDate signedOn,
      boolean allStatements) {
    return d -> AdministrativeDeclaration.builder()
        .signedOn(signedOn)
        .addAllSignatories(signatories)
        .boardNotCivilServants(allStatements || d.chance(80))
        .boardNotInvolvedInCrime(allStatements || d.chance(80))
        .noPoliticalPartyAffiliation(allStatements || d.chance(80))
        .noNgoAffiliation(allStatements || d.chance(80))
        .document(Sampler.optional(documentRef(), 60).sample(d))
        .build();
  }

  private static Sampler<VillageDecree> base(Village village, LocalDate issued) {
    return d -> VillageDecree.builder()
        .number(number(village, issued).sample(d))
        .issuerTitle(titleFor(village))
        .issuerVillage(village)
        .issuedOn(issued)
        .document(Sampler.optional(documentRef(), 60).sample(d))
        .build();
  }

  private static Sampler<String> number(Village village, LocalDate issued) {
    return d -> switch (d.intBetween(0, 2)) {
      case 0 -> "141/" + d.intBetween(1, 99) + "/KEP/" + issued.getYear();
      case 1 -> "188.45/" + d.digits(3) + "/" + village.name() + "/" + issued.getYear();
      default -> "Nomor " + d.intBetween(1, 40) + " Tahun " + issued.getYear();
    };
  }

  /**
   * @param village a village
   * @return the office of its head: Lurah for a kelurahan, Kepala Desa for a desa …
   */
  static IssuerTitle titleFor(Village village) {
    return switch (village.kind()) {
      case KELURAHAN -> IssuerTitle.LURAH;
      case DESA -> IssuerTitle.KEPALA_DESA;
      case KAMPUNG -> IssuerTitle.KEPALA_KAMPUNG;
      case OTHER_LOCAL_NAME -> IssuerTitle.OTHER_LOCAL_NAME;
    };
  }
}
