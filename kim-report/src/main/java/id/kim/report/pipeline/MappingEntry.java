package id.kim.report.pipeline;

import id.kim.core.community.KimRecord;
import id.kim.core.validation.FieldViolation;
import id.kim.core.validation.MissingValueException;
import id.kim.report.data.Dataset;
import id.kim.rules.explain.Decision;
import id.kim.rules.explain.Verdict;
import id.kim.rules.mapping.entry.AdmittedKim;
import id.kim.rules.mapping.entry.MappingEntrants;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who enters the mapping (juknis II.B.3, MAP-ENTRY-1..4): the records of the data split by kim-rules'
 * {@link MappingEntrants} on the as-of date. Only a KIM admitted on its {@code ELIGIBLE} decision is profiled,
 * placed on the grid of Tabel 3.3 and prioritised; the others — not eligible, incomplete, or with invalid
 * data (a region code the data's register refuses included) — stay out with their reasons. Immutable and
 * thread-safe once built.
 */
public final class MappingEntry {
  private final MappingEntrants entrants;
  private final Map<KimRecord, Validation<Seq<FieldViolation>, Decision>> answers = new HashMap<>();

  private MappingEntry(MappingEntrants entrants, Dataset data, EligibilityStep step, LocalDate asOf) {
    this.entrants = entrants;
    entrants.admitted().forEach(a -> answers.put(a.record(), Validation.valid(a.decision())));
    entrants.notAdmitted().forEach(n -> answers.put(n.record(), n.answer()));
    // a record the step kept from kim-rules' entrants (its region codes refused by the register) is answered alone
    data.records().forEach(r -> answers.computeIfAbsent(r, x -> step.mappingEntry(x, data.dinas(), asOf)));
  }

  /**
   * @param data the inputs, of a regency/city Dinas
   * @param step the eligibility family; it also checks the records' region codes against the data's register
   *     ({@link Dataset#regions()}, {@link EligibilityStep#checkingRegions})
   * @param asOf the as-of date
   * @return the mapping-entry decision of every record, in the data's order
   * @throws IllegalArgumentException if the data's Dinas is provincial: it decides no entry (MAP-RULE-a)
   */
  public static MappingEntry of(Dataset data, EligibilityStep step, LocalDate asOf) {
    MissingValueException.requireNonNull(data, "data");
    MissingValueException.requireNonNull(step, "step");
    MissingValueException.requireNonNull(asOf, "asOf");
    EligibilityStep checking = data.regions().map(step::checkingRegions).orElse(step);
    return new MappingEntry(checking.mappingEntrants(data.dinas(), data.records(), asOf), data, checking, asOf);
  }

  /** @return the records split by their mapping-entry decisions, as kim-rules' mapping takes them */
  public MappingEntrants entrants() {
    return entrants;
  }

  /**
   * @param record a record of the data
   * @return its violations, or its mapping-entry decision
   */
  public Validation<Seq<FieldViolation>, Decision> answer(KimRecord record) {
    Validation<Seq<FieldViolation>, Decision> a = answers.get(MissingValueException.requireNonNull(record, "record"));
    if (a == null) {
      throw new IllegalArgumentException("record not in the data: " + record.profile().name());
    }
    return a;
  }

  /**
   * @param record a record of the data
   * @return true if it was admitted on its ELIGIBLE mapping-entry decision
   */
  public boolean entered(KimRecord record) {
    return answer(record).fold(v -> false, d -> d.verdict() == Verdict.ELIGIBLE);
  }

  /** @return the records that entered the mapping, in the data's order */
  public List<KimRecord> entered() {
    return entrants.admitted().map(AdmittedKim::record).toJavaList();
  }
}
