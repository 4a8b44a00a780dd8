package id.kim.report.pipeline;

import id.kim.core.community.KimRecord;
import id.kim.core.validation.FieldViolation;
import id.kim.core.validation.MissingValueException;
import id.kim.report.data.Dataset;
import id.kim.rules.explain.Decision;
import id.kim.rules.explain.Verdict;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who enters the mapping (juknis III.A, MAP-ENTRY-1..4): the mapping-entry decision of every record on the
 * as-of date. Only a KIM whose decision is {@code ELIGIBLE} is profiled, placed on the grid of Tabel 3.3 and
 * prioritised; the others — not eligible, incomplete, or with invalid data — stay out with their reasons.
 * Immutable and thread-safe once built.
 */
public final class MappingEntry {
  private final Map<KimRecord, Validation<Seq<FieldViolation>, Decision>> answers;

  private MappingEntry(Map<KimRecord, Validation<Seq<FieldViolation>, Decision>> answers) {
    this.answers = answers;
  }

  /**
   * @param data the inputs
   * @param step the eligibility family
   * @param asOf the as-of date
   * @return the mapping-entry decision of every record, in the data's order
   */
  public static MappingEntry of(Dataset data, EligibilityStep step, LocalDate asOf) {
    MissingValueException.requireNonNull(data, "data");
    MissingValueException.requireNonNull(step, "step");
    MissingValueException.requireNonNull(asOf, "asOf");
    Map<KimRecord, Validation<Seq<FieldViolation>, Decision>> answers = new LinkedHashMap<>();
    for (KimRecord r : data.records()) {
      answers.put(r, step.mappingEntry(r, data.dinas(), asOf));
    }
    return new MappingEntry(answers);
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
   * @return true if its mapping-entry decision is ELIGIBLE
   */
  public boolean entered(KimRecord record) {
    return answer(record).fold(v -> false, d -> d.verdict() == Verdict.ELIGIBLE);
  }

  /** @return the records that entered the mapping, in the data's order */
  public List<KimRecord> entered() {
    List<KimRecord> out = new ArrayList<>();
    answers.keySet().stream().filter(this::entered).forEach(out::add);
    return out;
  }
}
