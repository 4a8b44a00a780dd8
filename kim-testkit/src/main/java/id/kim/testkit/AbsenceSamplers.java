package id.kim.testkit;

import id.kim.core.community.KimProfile;
import id.kim.core.community.KimRecord;
import id.kim.core.community.KnownAbsence;
import id.kim.core.organisation.AffiliationKind;
import id.kim.core.organisation.Board;
import id.kim.core.organisation.BoardMember;
import id.kim.core.organisation.Member;
import id.kim.core.validation.MissingValueException;
import java.util.EnumSet;
import java.util.Set;

/**
 * Facts recorded as none (tercatat tidak ada, {@link KnownAbsence}) for property tests: which facts a
 * record can record as none without contradicting a value it holds, and samplers that record a random
 * subset of them. The samplers of {@link RecordSamplers} and {@link ProfileSamplers} are unchanged (the
 * same seed gives the same values); these draw the record first, then the facts.
 */
public final class AbsenceSamplers {
  private AbsenceSamplers() {}

  /**
   * @param record a record
   * @return every fact the record (and its profile) may record as none: those whose value is empty
   *     (no number, no medium, no decree, no board or acknowledgement, no letter, no open affiliation
   *     with a party or NGO, nobody with an ASN status) and those with no value in the record at all
   *     (other means of dissemination, criminal cases)
   */
  public static Set<KnownAbsence> consistentWith(KimRecord record) {
    MissingValueException.requireNonNull(record, "record");
    Set<KnownAbsence> out = consistentWith(record.profile());
    add(out, KnownAbsence.DECREE, record.decree().isEmpty());
    add(out, KnownAbsence.BOARD, record.board().isEmpty());
    add(out, KnownAbsence.BOARD_ACKNOWLEDGEMENT, record.board().flatMap(Board::acknowledgement).isEmpty());
    add(out, KnownAbsence.DECLARATION, record.declaration().isEmpty());
    add(out, KnownAbsence.AFFILIATIONS, record.affiliations().stream()
        .noneMatch(a -> a.kind() != AffiliationKind.OTHER && a.until().isEmpty()));
    out.add(KnownAbsence.CRIMINAL_CASES);
    boolean boardAsn = record.board().map(b -> b.members().stream().anyMatch(AbsenceSamplers::asn)).orElse(false);
    add(out, KnownAbsence.CIVIL_SERVANTS, !boardAsn && record.members().stream().noneMatch(AbsenceSamplers::asn));
    return out;
  }

  /**
   * @param profile a profile
   * @return the Tabel 3.1 facts it may record as none: the number if absent, the media if none are
   *     listed, and the other means of dissemination
   */
  public static Set<KnownAbsence> consistentWith(KimProfile profile) {
    MissingValueException.requireNonNull(profile, "profile");
    Set<KnownAbsence> out = EnumSet.of(KnownAbsence.OTHER_DISSEMINATION_MEANS);
    add(out, KnownAbsence.COMMUNITY_NUMBER, profile.communityNumber().isEmpty());
    add(out, KnownAbsence.MEDIA, profile.media().isEmpty());
    return out;
  }

  /**
   * @return records of {@link RecordSamplers#record()}, each consistent fact recorded as none with
   *     probability one half, on the profile or on the record where it belongs
   */
  public static Sampler<KimRecord> recordWithAbsences() {
    Sampler<KimRecord> records = RecordSamplers.record();
    return d -> withSomeOf(records.sample(d), d);
  }

  /**
   * @return profiles of {@link ProfileSamplers#profile()}, each Tabel 3.1 fact it may record as none
   *     recorded so with probability one half
   */
  public static Sampler<KimProfile> profileWithAbsences() {
    Sampler<KimProfile> profiles = ProfileSamplers.profile();
    return d -> {
      KimProfile p = profiles.sample(d);
      Set<KnownAbsence> none = EnumSet.noneOf(KnownAbsence.class);
      for (KnownAbsence fact : consistentWith(p)) {
        if (d.chance(50)) {
          none.add(fact);
        }
      }
      return p.withRecordedAsNone(none);
    };
  }

  /**
   * @param record a record
   * @param d the draw
   * @return the record with a random subset of {@link #consistentWith(KimRecord)} recorded as none
   */
  static KimRecord withSomeOf(KimRecord record, Draw d) {
    Set<KnownAbsence> onProfile = EnumSet.noneOf(KnownAbsence.class);
    Set<KnownAbsence> onRecord = EnumSet.noneOf(KnownAbsence.class);
    for (KnownAbsence fact : consistentWith(record)) {
      if (d.chance(50)) {
        (fact.isProfileFact() ? onProfile : onRecord).add(fact);
      }
    }
    return record.withProfile(record.profile().withRecordedAsNone(onProfile)).withRecordedAsNone(onRecord);
  }

  private static void add(Set<KnownAbsence> out, KnownAbsence fact, boolean consistent) {
    if (consistent) {
      out.add(fact);
    }
  }

  private static boolean asn(BoardMember m) {
    return m.civilServantSince().isPresent();
  }

  private static boolean asn(Member m) {
    return m.civilServantSince().isPresent();
  }
}
