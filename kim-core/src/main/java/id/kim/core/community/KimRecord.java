package id.kim.core.community;

import id.kim.core.assessment.AssessedCriterion;
import id.kim.core.assessment.Assessment;
import id.kim.core.assessment.AssessmentResult;
import id.kim.core.document.AdministrativeDeclaration;
import id.kim.core.document.DissolutionNotice;
import id.kim.core.document.VillageDecree;
import id.kim.core.organisation.Affiliation;
import id.kim.core.organisation.Board;
import id.kim.core.organisation.Member;
import id.kim.core.validation.JuknisField;
import id.kim.core.validation.MissingValueException;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Everything a Dinas holds about one KIM — the facts every rule reads: the Tabel 3.1 profile, the
 * documents (SK Kepala Desa/Lurah, surat pernyataan, a notice of dissolution), the board and members,
 * known affiliations, the officers' assessments, and where the group came from under PM Kominfo
 * 8/2019.
 *
 * <p>Nothing here is a conclusion: whether the KIM may enter the mapping or partner is decided by
 * the rule sets of {@code kim-rules}, as of a date.
 *
 * <p>An absent document means "not presented" (belum tercatat). What the Dinas knows does not exist
 * — no SK, no board, no statement letter, or, after its own check, no affiliation, criminal case or
 * ASN status — it records in {@link #recordedAsNone()} (tercatat tidak ada): the rules then decide
 * {@code NOT_SATISFIED} with the remedy instead of {@code UNKNOWN}. {@link #isRecordedAsNone} answers
 * for the profile's facts too.
 */
@Value.Immutable
@ConsistentAbsence
public abstract class KimRecord implements WithKimRecord, WithoutKimRecord {

  /** @return the Tabel 3.1 profile */
  @Valid
  public abstract KimProfile profile();

  /** @return the SK of the village or ward head, if presented (MAP-ENTRY-3, PARTNER-LEGAL-1) */
  @JuknisField("MAP-ENTRY-3")
  public abstract Optional<@Valid VillageDecree> decree();

  /** @return the board composition, if presented (MAP-ENTRY-4, PARTNER-LEGAL-3) */
  @JuknisField("MAP-ENTRY-4")
  public abstract Optional<@Valid Board> board();

  /** @return the ordinary members, as far as recorded (TERM-3) */
  @JuknisField("TERM-3")
  public abstract List<@Valid Member> members();

  /** @return the signed statement letter, if presented (PARTNER-ADMIN-DECL) */
  @JuknisField("PARTNER-ADMIN-DECL")
  public abstract Optional<@Valid AdministrativeDeclaration> declaration();

  /** @return known affiliations of the KIM and its people (PARTNER-ADMIN-3/4, TERM-2) */
  @JuknisField("PARTNER-ADMIN-3")
  public abstract List<@Valid Affiliation> affiliations();

  /** @return the officers' recorded judgements (QUAL-*, MAP-ENTRY-1) */
  public abstract List<@Valid Assessment> assessments();

  /** @return the KIM's notice that it dissolved itself, if it has (TERM-7 "Membubarkan diri") */
  @JuknisField("TERM-7")
  public abstract Optional<@Valid DissolutionNotice> dissolution();

  /**
   * @return the PM Kominfo 8/2019 category the group came from, for migrated or converted records (LEGACY-RULE-b..d)
   */
  public abstract Optional<LegacyStakeholderCategory> legacyOrigin();

  /**
   * @return the facts of documents and checks recorded as none (tercatat tidak ada), from
   *     {@link KnownAbsence#DECREE} to {@link KnownAbsence#CIVIL_SERVANTS}; the Tabel 3.1 facts belong
   *     to {@link KimProfile#recordedAsNone()}
   */
  public abstract Set<@AbsenceOn(profile = false, message = "{kim.absence.profileFactOnRecord}") KnownAbsence>
      recordedAsNone();

  /**
   * @param fact any fact, of the profile or of the record
   * @return true if the Dinas recorded that the KIM has none of it (tercatat tidak ada), on the profile
   *     for a Tabel 3.1 fact, on this record otherwise
   */
  public boolean isRecordedAsNone(KnownAbsence fact) {
    MissingValueException.requireNonNull(fact, "fact");
    return fact.isProfileFact() ? profile().isRecordedAsNone(fact) : recordedAsNone().contains(fact);
  }

  private static final Comparator<Assessment> PRECEDENCE = Comparator
      .comparing(Assessment::assessedOn)
      .thenComparing(a -> a.result() == AssessmentResult.NOT_MET)
      .thenComparing(a -> a.validUntil().orElse(LocalDate.MAX))
      .thenComparing(a -> a.note().orElse(""))
      .thenComparing(a -> a.assessedBy().name().value());

  /**
   * @param profile the profile
   * @return a record with only a profile
   */
  public static KimRecord of(KimProfile profile) {
    return builder().profile(profile).build();
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The assessment that counts for a criterion on a day: the latest one made by that day and not
   * expired. Two assessments of the same day are ordered so that the answer never depends on the
   * order of {@link #assessments()}: {@code NOT_MET} prevails over {@code MET} (the careful
   * reading), then the later expiry, then the note and the officer's name.
   *
   * @param criterion the criterion
   * @param asOf the as-of day
   * @return the applicable assessment, if any
   */
  public Optional<Assessment> latestAssessment(AssessedCriterion criterion, LocalDate asOf) {
    MissingValueException.requireNonNull(criterion, "criterion");
    MissingValueException.requireNonNull(asOf, "asOf");
    Assessment best = null;
    List<Assessment> all = assessments(); // random-access (Immutables): by index, without an iterator
    for (int i = 0; i < all.size(); i++) {
      Assessment a = all.get(i);
      if (a.criterion() == criterion && a.isApplicableOn(asOf) && (best == null || PRECEDENCE.compare(a, best) > 0)) {
        best = a;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Builds a {@link KimRecord}; only {@code profile} is required. */
  public static final class Builder extends ImmutableKimRecord.Builder {}

}
