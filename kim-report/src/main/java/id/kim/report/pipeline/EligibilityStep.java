package id.kim.report.pipeline;

import id.kim.core.agency.Dinas;
import id.kim.core.community.KimRecord;
import id.kim.core.region.RegionDirectory;
import id.kim.core.validation.MissingValueException;
import id.kim.core.validation.FieldViolation;
import id.kim.rules.eligibility.Eligibility;
import id.kim.rules.eligibility.EligibilityFacts;
import id.kim.rules.eligibility.Juknis2022;
import id.kim.rules.explain.Decision;
import id.kim.rules.mapping.entry.MappingEntrants;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.List;

/** The eligibility family behind the pipeline: mapping entry (MAP-ENTRY-1..4) and partnership (PARTNER-*, QUAL-*). */
public interface EligibilityStep {

  /** @return the record's violations, or the mapping-entry decision */
  Validation<Seq<FieldViolation>, Decision> mappingEntry(KimRecord record, Dinas dinas, LocalDate asOf);

  /**
   * @param dinas the deciding Dinas Kominfo Kabupaten/Kota
   * @param records the records of the data
   * @param asOf the as-of date
   * @return the records split by their mapping-entry decisions (MAP-ENTRY-1..4), as the mapping takes them;
   *     by default kim-rules' {@link MappingEntrants#decide}
   */
  default MappingEntrants mappingEntrants(Dinas dinas, List<KimRecord> records, LocalDate asOf) {
    return MappingEntrants.decide(dinas, records, asOf);
  }

  /** @return the record's violations, or the partnership decision */
  Validation<Seq<FieldViolation>, Decision> partnership(KimRecord record, Dinas dinas, LocalDate asOf);

  /**
   * The partnership and mapping-entry decisions of a record and a Dinas already validated (read through
   * {@code KimJson.readValid}, which refuses what {@code KimValidator} refuses): no second validation.
   *
   * @param record a valid record
   * @param dinas a valid deciding Dinas
   * @param asOf the as-of date
   * @return the mapping-entry decision; by default {@link #mappingEntry}'s, which validates again
   */
  default Decision mappingEntryOfValid(KimRecord record, Dinas dinas, LocalDate asOf) {
    return valid(mappingEntry(record, dinas, asOf));
  }

  /**
   * @param record a valid record
   * @param dinas a valid deciding Dinas
   * @param asOf the as-of date
   * @return the partnership decision, with no second validation (see {@link #mappingEntryOfValid})
   */
  default Decision partnershipOfValid(KimRecord record, Dinas dinas, LocalDate asOf) {
    return valid(partnership(record, dinas, asOf));
  }

  /**
   * @param answer an answer about a record said to be valid
   * @return its decision
   * @throws IllegalArgumentException naming the refused fields' paths (never their values) if it was not valid
   */
  private static Decision valid(Validation<Seq<FieldViolation>, Decision> answer) {
    if (answer.isInvalid()) {
      throw new IllegalArgumentException("the record is not valid: "
          + answer.getError().map(FieldViolation::path).mkString(", "));
    }
    return answer.get();
  }

  /**
   * @param regions the register of Kemendagri region codes, e.g. kim-regions' {@code RegionRegister.bundled()}
   * @return this family, its validation of a record also checking the region codes of the record and the Dinas
   *     against the register (REGION-CODE-2, -4): a code it refuses makes the record invalid data; this same
   *     family if it already checks against that register
   */
  default EligibilityStep checkingRegions(RegionDirectory regions) {
    MissingValueException.requireNonNull(regions, "regions");
    return this instanceof RegionCheckedEligibility r && r.checksAgainst(regions) ? this
        : new RegionCheckedEligibility(this, regions);
  }

  /** @return the juknis 2022 rule sets of {@code id.kim.rules.eligibility} */
  static EligibilityStep juknis2022() {
    return new EligibilityStep() {
      @Override
      public Validation<Seq<FieldViolation>, Decision> mappingEntry(KimRecord record, Dinas dinas, LocalDate asOf) {
        return Eligibility.mappingEntry(EligibilityFacts.of(record, dinas), asOf);
      }

      @Override
      public Validation<Seq<FieldViolation>, Decision> partnership(KimRecord record, Dinas dinas, LocalDate asOf) {
        return Eligibility.partnership(EligibilityFacts.of(record, dinas), asOf);
      }

      @Override
      public Decision mappingEntryOfValid(KimRecord record, Dinas dinas, LocalDate asOf) {
        return Eligibility.decide(Eligibility.MAPPING_ENTRY_QUESTION, Juknis2022.MAPPING_ENTRY,
            EligibilityFacts.of(record, dinas), asOf);
      }

      @Override
      public Decision partnershipOfValid(KimRecord record, Dinas dinas, LocalDate asOf) {
        return Eligibility.decide(Eligibility.PARTNERSHIP_QUESTION, Juknis2022.PARTNERSHIP,
            EligibilityFacts.of(record, dinas), asOf);
      }
    };
  }
}
