package id.kim.rules.mapping.entry;

import id.kim.core.community.KimRecord;
import id.kim.core.community.KimRef;
import id.kim.core.i18n.Lang;
import id.kim.core.validation.FieldViolation;
import id.kim.core.validation.MissingValueException;
import id.kim.rules.explain.Decision;
import id.kim.rules.explain.Finding;
import id.kim.rules.explain.Outcome;
import id.kim.rules.explain.Severity;
import id.kim.rules.explain.Verdict;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.Objects;

/**
 * A record that did not enter the mapping (juknis II.B.3, MAP-ENTRY-1..4), listed apart with why: its
 * mapping-entry decision ({@code NOT_ELIGIBLE} or {@code INCOMPLETE}) and the requirements not satisfied,
 * not yet known or not evaluated — or, when the record breaks a kim-core constraint, its field violations
 * (no decision is made on invalid data). It is neither placed on the grid of Tabel 3.3 nor prioritised.
 * Made by {@link MappingEntrants}, or reloaded from storage by {@link #of}. Immutable and thread-safe.
 */
public final class NotAdmitted {
  /** The code of a record whose data are invalid: no decision was made. */
  public static final String INVALID = "INVALID";

  private final KimRecord record;
  private final Validation<Seq<FieldViolation>, Decision> answer;

  NotAdmitted(KimRecord record, Validation<Seq<FieldViolation>, Decision> answer) {
    if (answer.isValid() && answer.get().verdict() == Verdict.ELIGIBLE) {
      throw new IllegalStateException("MAP-ENTRY-1..4: an ELIGIBLE record is admitted, not listed apart");
    }
    this.record = record;
    this.answer = answer;
  }

  /**
   * Reloads a stored record left out (kim-json): a fresh one comes from {@link MappingEntrants}, which
   * decides MAP-ENTRY-1..4 itself.
   *
   * @param record the record left out
   * @param answer its field violations, or its mapping-entry decision — never {@code ELIGIBLE}
   * @return the record listed apart with why
   * @throws MissingValueException if an argument is null, naming it
   * @throws IllegalArgumentException if the decision is {@code ELIGIBLE} or has no violation to show: an
   *     eligible record is admitted (MAP-ENTRY-1..4), not listed apart
   */
  public static NotAdmitted of(KimRecord record, Validation<Seq<FieldViolation>, Decision> answer) {
    MissingValueException.requireNonNull(record, "record");
    MissingValueException.requireNonNull(answer, "answer");
    if (answer.isValid() && answer.get().verdict() == Verdict.ELIGIBLE) {
      throw new IllegalArgumentException("answer: '" + record.profile().name() + "' has an ELIGIBLE mapping-entry "
          + "decision as of " + answer.get().asOf() + "; an eligible record is admitted, not listed apart "
          + "(MAP-ENTRY-1..4)");
    }
    if (answer.isInvalid() && answer.getError().isEmpty()) {
      throw new IllegalArgumentException("answer: '" + record.profile().name() + "' is listed apart as invalid "
          + "data but no field violation is given (MAP-ENTRY-1..4)");
    }
    return new NotAdmitted(record, answer);
  }

  /** @return the record left out */
  public KimRecord record() {
    return record;
  }

  /** @return the KIM's reference across the SDK */
  public KimRef ref() {
    return KimRef.from(record.profile());
  }

  /** @return the record's field violations, or its mapping-entry decision (never ELIGIBLE) */
  public Validation<Seq<FieldViolation>, Decision> answer() {
    return answer;
  }

  /** @return the mapping-entry decision, none when the data are invalid */
  public Option<Decision> decision() {
    return answer.toOption();
  }

  /** @return the verdict, none when the data are invalid */
  public Option<Verdict> verdict() {
    return decision().map(Decision::verdict);
  }

  /** @return {@code NOT_ELIGIBLE}, {@code INCOMPLETE} or {@link #INVALID} */
  public String code() {
    return verdict().map(Verdict::name).getOrElse(INVALID);
  }

  /**
   * @param lang the language
   * @return "TIDAK LAYAK", "BELUM LENGKAP", or the word for invalid data
   */
  public String label(Lang lang) {
    return verdict().map(v -> v.label(lang)).getOrElse(() -> EntryTexts.word("invalid", lang));
  }

  /** @return the requirements not satisfied, not yet known or not evaluated, in the rule set's order */
  public Seq<Finding> reasons() {
    return decision().map(d -> d.findings().filter(f -> f.severity() == Severity.REQUIREMENT
        && f.outcome() != Outcome.SATISFIED)).getOrElse(List.empty());
  }

  /** @return the field violations of invalid data (empty when a decision was made) */
  public Seq<FieldViolation> violations() {
    return answer.isInvalid() ? answer.getError() : List.empty();
  }

  /**
   * @param lang the language
   * @return one line with the KIM and its verdict, then one line per reason with its remedy
   */
  public String explain(Lang lang) {
    StringBuilder out = new StringBuilder(record.profile().name()).append(": ").append(label(lang));
    violations().forEach(v -> out.append("\n  ").append(v.describe(lang)));
    reasons().forEach(f -> out.append("\n  ").append(f.summary(lang))
        .append(f.remedy().map(r -> "\n    -> " + r.render(lang)).getOrElse("")));
    return out.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NotAdmitted n && record.equals(n.record) && answer.equals(n.answer);
  }

  @Override
  public int hashCode() {
    return Objects.hash(record, answer);
  }

  /** @return the KIM's name and the code — no personal data, no community number */
  @Override
  public String toString() {
    return "NotAdmitted[" + record.profile().name() + ", " + code() + "]";
  }
}
