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
import org.immutables.value.Value;

/**
 * Everything a Dinas holds about one KIM — the facts every rule reads: the Tabel 3.1 profile, the
 * documents (SK Kepala Desa/Lurah, surat pernyataan, a notice of dissolution), the board and members,
 * known affiliations, the officers' assessments, and where the group came from under PM Kominfo
 * 8/2019.
 *
 * <p>Nothing here is a conclusion: whether the KIM may enter the mapping or partner is decided by
 * the rule sets of {@code kim-rules}, as of a date.
 */
@Value.Immutable
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

  /** @return the PM Kominfo 8/2019 category the group came from, for migrated or converted records (LEGACY-RULE-b..d) */
  public abstract Optional<LegacyStakeholderCategory> legacyOrigin();

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
