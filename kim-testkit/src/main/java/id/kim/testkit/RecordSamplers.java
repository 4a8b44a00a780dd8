package id.kim.testkit;

import id.kim.core.agency.Officer;
import id.kim.core.assessment.AssessedCriterion;
import id.kim.core.assessment.Assessment;
import id.kim.core.assessment.AssessmentResult;
import id.kim.core.community.KimRecord;
import id.kim.core.community.LegacyStakeholderCategory;
import id.kim.core.contact.PersonName;
import id.kim.core.document.DissolutionNotice;
import id.kim.core.document.VillageDecree;
import id.kim.core.organisation.AffiliationKind;
import id.kim.core.organisation.Board;
import id.kim.core.organisation.BoardMember;
import id.kim.core.region.RegencyCity;
import id.kim.core.validation.MissingValueException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything a Dinas holds about one KIM ({@link KimRecord}): any consistent record, or a record
 * that satisfies every documentary requirement of the juknis on a given day.
 */
public final class RecordSamplers {
  private RecordSamplers() {}

  /**
   * @return a consistent record with any subset of documents: decree of the seat's village head,
   *     board whose chair is the profile's contact, members, a declaration signed by the chair not
   *     before the board was composed, affiliations of any kind,
   *     assessments by officers of the seat's Dinas, sometimes a PM Kominfo 8/2019 origin, sometimes
   *     a notice that the KIM dissolved itself (TERM-7) after its decree
   */
  public static Sampler<KimRecord> record() {
    return recordOf(Community.any());
  }

  /**
   * A record of one Dinas' register: what {@link #record()} generates for a KIM seated in that
   * regency/city — seat drawn among its villages (each equally likely), community number issued by
   * it, assessing officers of its Dinas. Seeding one sampler per regency/city lets a caller generate
   * a regency's register on its own, e.g. to process a country regency by regency.
   *
   * @param regencyCity one of {@link RegionSamplers#regencyCities()}
   * @return consistent records seated in that regency/city
   * @throws IllegalArgumentException if it is not a regency/city of kim-testkit's region table
   */
  public static Sampler<KimRecord> recordIn(RegencyCity regencyCity) {
    if (regencyCity == null) {
      throw new MissingValueException("regencyCity");
    }
    return recordOf(Community.in(RegionTable.regencyOf(regencyCity)));
  }

  private static Sampler<KimRecord> recordOf(Sampler<Community> communities) {
    return d -> {
      Community c = communities.sample(d);
      PersonName chair = ContactSamplers.personName().sample(d);
      LocalDate from = TimeSamplers.EARLIEST;
      LocalDate to = TimeSamplers.LATEST;
      Officer officer =
          AgencySamplers.officerOf(AgencySamplers.of(c.regency()).sample(d)).sample(d);
      Optional<VillageDecree> decree =
          Sampler.optional(DocumentSamplers.decreeFor(c.seat(), from, to), 70).sample(d);
      Optional<Board> board =
          Sampler.optional(OrganisationSamplers.boardWithChair(chair, from, to, 70, true), 75)
              .sample(d);
      LocalDate signedFrom = board.flatMap(Board::composedOn).orElse(from);
      return KimRecord.builder()
          .profile(ProfileSamplers.profileOf(c, chair, false, from, to).sample(d))
          .decree(decree)
          .board(board)
          .members(Sampler.listOf(OrganisationSamplers.memberOf(from, to, true), 0, 5).sample(d))
          .declaration(
              Sampler.optional(
                      dd ->
                          DocumentSamplers.declarationBy(
                                  List.of(chair), dd.date(signedFrom, to), dd.chance(50))
                              .sample(dd),
                      60)
                  .sample(d))
          .affiliations(Sampler.listOf(OrganisationSamplers.affiliation(), 0, 2).sample(d))
          .assessments(
              Sampler.listOf(
                      dd ->
                          AssessmentSamplers.assessmentBy(
                                  officer,
                                  dd.pick(AssessedCriterion.class),
                                  dd.pick(AssessmentResult.class),
                                  from,
                                  to)
                              .sample(dd),
                      0,
                      6)
                  .sample(d))
          .legacyOrigin(
              Sampler.optional(dd -> dd.pick(LegacyStakeholderCategory.class), 15).sample(d))
          .dissolution(Sampler.optional(dissolutionAfter(decree), 10).sample(d))
          .build();
    };
  }

  private static LocalDate latest(LocalDate day, Optional<LocalDate> other) {
    return other.filter(o -> o.isAfter(day)).orElse(day);
  }

  /** @return a dissolution after the decree was issued (or anywhere in the window without one) */
  private static Sampler<DissolutionNotice> dissolutionAfter(Optional<VillageDecree> decree) {
    return DocumentSamplers.dissolutionBetween(decree.map(VillageDecree::issuedOn).orElse(TimeSamplers.EARLIEST),
        TimeSamplers.LATEST);
  }

  /**
   * @param asOf the day on which the record must satisfy the documents
   * @return a record that, on {@code asOf}, has: a complete profile (community number, seat,
   *     address, WhatsApp, media, a target audience with at least one village …); a decree of the
   *     seat's village head in force; a board with one chair and no civil servants, acknowledged
   *     after it was composed; members who are not civil servants; a declaration signed by the chair
   *     with all four statements, after the board was composed; no party or NGO affiliation; and a MET assessment
   * applicable on {@code asOf}
   *     for every {@link AssessedCriterion} except {@link AssessedCriterion#REPUTATION_DECLINE};
   *     never dissolved (TERM-7) and never of PM Kominfo 8/2019 origin
   */
  public static Sampler<KimRecord> eligibleRecord(LocalDate asOf) {
    if (asOf == null) {
      throw new MissingValueException("asOf");
    }
    return d -> {
      Community c = Community.any().sample(d);
      PersonName chair = ContactSamplers.personName().sample(d);
      VillageDecree decree = DocumentSamplers.decreeInForce(c.seat(), asOf).sample(d);
      Board board = OrganisationSamplers.boardWithChair(chair, decree.issuedOn(), asOf, 100, false).sample(d);
      List<PersonName> signatories = new ArrayList<>(List.of(chair));
      board.members().stream().skip(1).limit(d.intBetween(0, 2)).map(BoardMember::name).forEach(signatories::add);
      Officer officer = AgencySamplers.officerOf(AgencySamplers.of(c.regency()).sample(d)).sample(d);
      List<Assessment> assessments = new ArrayList<>();
      for (AssessedCriterion criterion : AssessedCriterion.values()) {
        if (criterion != AssessedCriterion.REPUTATION_DECLINE) {
          assessments.add(AssessmentSamplers.metOn(officer, criterion, asOf).sample(d));
        }
      }
      return KimRecord.builder()
          .profile(ProfileSamplers.profileOf(c, chair, true, decree.issuedOn(), asOf).sample(d))
          .decree(decree)
          .board(board)
          .members(Sampler.listOf(OrganisationSamplers.memberOf(decree.issuedOn(), asOf, false), 0, 5).sample(d))
          .declaration(DocumentSamplers.declarationBy(signatories,
              d.date(latest(asOf.minusYears(2), board.composedOn()), asOf), true)
              .sample(d))
          .affiliations(Sampler.listOf(OrganisationSamplers.affiliationOf(AffiliationKind.OTHER), 0, 1).sample(d))
          .assessments(assessments)
          .legacyOrigin(Optional.empty())
          .dissolution(Optional.empty())
          .build();
    };
  }
}
