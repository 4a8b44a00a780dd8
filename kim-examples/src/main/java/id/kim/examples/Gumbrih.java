package id.kim.examples;

import id.kim.core.agency.Dinas;
import id.kim.core.agency.Officer;
import id.kim.core.assessment.AssessedCriterion;
import id.kim.core.assessment.Assessment;
import id.kim.core.assessment.AssessmentResult;
import id.kim.core.community.CommunityNumber;
import id.kim.core.community.Frequency;
import id.kim.core.community.FrequencyPeriod;
import id.kim.core.community.KimProfile;
import id.kim.core.community.KimRecord;
import id.kim.core.community.KimType;
import id.kim.core.community.TargetAudience;
import id.kim.core.contact.ContactPerson;
import id.kim.core.contact.ContactRole;
import id.kim.core.contact.PersonName;
import id.kim.core.contact.PhoneNumber;
import id.kim.core.document.AdministrativeDeclaration;
import id.kim.core.document.IssuerTitle;
import id.kim.core.document.VillageDecree;
import id.kim.core.media.KimMedium;
import id.kim.core.media.Platform;
import id.kim.core.organisation.Acknowledgement;
import id.kim.core.organisation.Board;
import id.kim.core.organisation.BoardMember;
import id.kim.core.organisation.BoardRole;
import id.kim.core.region.Address;
import id.kim.core.region.District;
import id.kim.core.region.Province;
import id.kim.core.region.RegencyCity;
import id.kim.core.region.RegencyCityKind;
import id.kim.core.region.RtRw;
import id.kim.core.region.Village;
import id.kim.core.region.VillageKind;
import java.time.LocalDate;
import java.util.List;

/**
 * The documents of KIM Gumbrih (Desa Gumbrih, Kecamatan Pekutatan, Kabupaten Jembrana) as its Dinas
 * records them, shared by the examples: the profile of Tabel 3.1, the SK Kepala Desa, the board
 * acknowledged by the Kepala Desa and the surat pernyataan (juknis II.B.4), and the officer's
 * assessments of the qualifications (II.B.5). The KIM's name is on the Jembrana list of RULES.md §5.3;
 * every person, number and address is invented.
 */
final class Gumbrih {
  static final RegencyCity JEMBRANA = RegencyCity.of("Jembrana", RegencyCityKind.KABUPATEN, Province.of("Bali"));
  static final Dinas DINAS = Dinas.regencyCity("Dinas Kominfo Kabupaten Jembrana", JEMBRANA);
  static final Officer OFFICER = Officer.of(PersonName.of("Bagus Santoso"), DINAS);
  static final Village DESA_GUMBRIH = Village.of("Gumbrih", VillageKind.DESA, District.of("Pekutatan"));
  static final PersonName CHAIR = PersonName.of("Siti Aminah");
  static final CommunityNumber NUMBER = CommunityNumber.of("KIM/5101/0007", JEMBRANA)
      .withIssuedOn(LocalDate.of(2025, 3, 1));

  private Gumbrih() {}

  /** @return the profile (Tabel 3.1): name, type, Nomor Induk Komunitas, contact, address, seat, media */
  static KimProfile profile() {
    return KimProfile.builder()
        .name("KIM Gumbrih").type(KimType.A)
        .communityNumber(NUMBER)
        .contactPerson(ContactPerson.of(CHAIR, ContactRole.CHAIR))
        .address(Address.builder().street("Jl. Raya Gumbrih").rtRw(RtRw.of("001", "002")).number("12").build())
        .seat(DESA_GUMBRIH)
        .whatsapp(PhoneNumber.of("0812-0000-0000"))
        .targetAudience(TargetAudience.builder().addVillage(DESA_GUMBRIH).coverage("warga Desa Gumbrih").build())
        .addMedia(KimMedium.of(Platform.INSTAGRAM, "@kim.gumbrih"))
        .addMedia(KimMedium.of(Platform.WHATSAPP_GROUP, "WAG KIM Gumbrih"))
        .frequency(Frequency.of(3, FrequencyPeriod.WEEKLY))
        .build();
  }

  /** @return the SK Kepala Desa Gumbrih 141/12/KEP/2025, issued 2025-01-15, in force until {@code validUntil} */
  static VillageDecree decree(LocalDate validUntil) {
    return VillageDecree.builder().number("141/12/KEP/2025").issuerTitle(IssuerTitle.KEPALA_DESA)
        .issuerVillage(DESA_GUMBRIH).issuedOn(LocalDate.of(2025, 1, 15)).validUntil(validUntil).build();
  }

  /** @return chair and secretary, acknowledged by the Kepala Desa on 2025-01-20 (PARTNER-LEGAL-3) */
  static Board board() {
    return Board.builder().addMembers(BoardMember.of(CHAIR, BoardRole.CHAIR),
            BoardMember.of(PersonName.of("Made Wirawan"), BoardRole.SECRETARY))
        .acknowledgement(Acknowledgement.of(IssuerTitle.KEPALA_DESA, LocalDate.of(2025, 1, 20)))
        .composedOn(LocalDate.of(2025, 1, 10)).build();
  }

  /** @return the surat pernyataan with the four statements of PARTNER-ADMIN-1..4, signed by the chair */
  static AdministrativeDeclaration letter() {
    return AdministrativeDeclaration.ofAllStatements(LocalDate.of(2025, 2, 1), List.of(CHAIR));
  }

  /** @return "met", assessed {@code on} that day, for every criterion a 2022 KIM needs (MAP-ENTRY-1, QUAL-1..7) */
  static List<Assessment> assessments(LocalDate on) {
    return List.of(AssessedCriterion.FORMED_BY_COMMUNITY, AssessedCriterion.COMMUNITY_RECOGNITION,
            AssessedCriterion.REGULAR_ACTIVITY, AssessedCriterion.TRACK_RECORD_AND_REPUTATION,
            AssessedCriterion.DIRECT_UNDERSTANDING, AssessedCriterion.RESOURCES).stream()
        .map(c -> Assessment.builder().criterion(c).result(AssessmentResult.MET).assessedBy(OFFICER).assessedOn(on)
            .build())
        .toList();
  }

  /** @return the whole record: profile, SK in force until {@code validUntil}, board, letter, assessments */
  static KimRecord record(LocalDate validUntil, LocalDate assessedOn) {
    return KimRecord.builder().profile(profile()).decree(decree(validUntil)).board(board()).declaration(letter())
        .addAllAssessments(assessments(assessedOn)).build();
  }
}
