package id.kim.rules.engine;

import id.kim.rules.explain.Citation;
import id.kim.rules.explain.Finding;
import id.kim.rules.explain.RuleId;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.LocalDate;

/**
 * One rule of the juknis as code: its ID, its citation, and a pure function from the facts and an
 * as-of date to exactly one {@link Finding}. Implementations read no clock, keep no state and never
 * return {@code null}; missing evidence is an {@code UNKNOWN} finding, not an exception.
 *
 * @param <F> the facts the rule reads
 */
public interface Rule<F> {

  /** @return the RULES.md ID */
  RuleId id();

  /** @return where the rule comes from */
  Citation citation();

  /**
   * @param facts the facts
   * @param asOf the date as of which documents, periods and assessments are judged
   * @return the finding, with this rule's ID and citation
   */
  Finding evaluate(F facts, LocalDate asOf);

  /**
   * Data-quality warnings beside the rule's finding — facts an officer should look at that never
   * change the decision (severity {@code WARNING}, usually with a {@linkplain Citation#proposed
   * proposed} citation). A rule set asks for them only when the rule itself was evaluated, not when
   * a {@link Gate} held it back.
   *
   * @param facts the facts
   * @param asOf the as-of date
   * @return the warnings, in a fixed order; none by default
   */
  default Seq<Finding> warnings(F facts, LocalDate asOf) {
    return List.empty();
  }
}
