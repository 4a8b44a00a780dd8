package id.kim.rules.eligibility;

import static id.kim.core.validation.MissingValueException.requireNonNull;

import id.kim.core.validation.FieldViolation;
import id.kim.core.validation.KimValidator;
import id.kim.rules.engine.RuleSet;
import id.kim.rules.explain.Decision;
import id.kim.rules.explain.Message;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;

/**
 * The questions a Dinas asks about a community, answered as of a date:
 * <ul>
 *   <li>{@link #mappingEntry} — "may this community enter our mapping?" (syarat masuk pemetaan,
 *       juknis II.B.3);</li>
 *   <li>{@link #partnership} — "may we partner with this KIM?" (syarat bermitra and kualifikasi,
 *       II.B.4–5).</li>
 * </ul>
 * Each first checks the facts with {@link KimValidator}: a record that breaks a kim-core constraint
 * (a 16-digit "Nomor Induk Komunitas", a decree that expires before it is issued …) is answered
 * with every {@link FieldViolation}, never with a decision built on bad data. A valid record gets a
 * {@link Decision}: one finding per rule (plus warnings), the verdict they imply, the rule set and
 * version, and the as-of date.
 *
 * <p>Pure: the answer depends only on the rule set, the facts and {@code asOf}; no clock is read.
 * Callers that validated their data already (a batch over a whole register) can skip the second
 * validation with {@link #decide}.
 */
public final class Eligibility {
  /** "Kelayakan masuk pemetaan KIM". */
  public static final Message MAPPING_ENTRY_QUESTION = Message.of(Keys.BUNDLE, "question.mappingEntry");
  /** "Kelayakan bermitra dengan Dinas Kominfo". */
  public static final Message PARTNERSHIP_QUESTION = Message.of(Keys.BUNDLE, "question.partnership");

  private Eligibility() {}

  /**
   * @param facts the community's record and the deciding Dinas
   * @param asOf the day as of which documents and assessments are judged
   * @return the violations of the facts, or the decision under {@link Juknis2022#MAPPING_ENTRY}
   */
  public static Validation<Seq<FieldViolation>, Decision> mappingEntry(EligibilityFacts facts, LocalDate asOf) {
    return mappingEntry(facts, asOf, Juknis2022.MAPPING_ENTRY);
  }

  /**
   * @param facts the community's record and the deciding Dinas
   * @param asOf the as-of day
   * @param rules a region's own mapping-entry rule set
   * @return the violations of the facts, or the decision under {@code rules}
   */
  public static Validation<Seq<FieldViolation>, Decision> mappingEntry(EligibilityFacts facts, LocalDate asOf,
      RuleSet<EligibilityFacts> rules) {
    return validated(MAPPING_ENTRY_QUESTION, rules, facts, asOf);
  }

  /**
   * @param facts the community's record and the deciding Dinas
   * @param asOf the as-of day
   * @return the violations of the facts, or the decision under {@link Juknis2022#PARTNERSHIP}
   */
  public static Validation<Seq<FieldViolation>, Decision> partnership(EligibilityFacts facts, LocalDate asOf) {
    return partnership(facts, asOf, Juknis2022.PARTNERSHIP);
  }

  /**
   * @param facts the community's record and the deciding Dinas
   * @param asOf the as-of day
   * @param rules a region's own partnership rule set, e.g. {@code Juknis2022.partnership(policy)}
   * @return the violations of the facts, or the decision under {@code rules}
   */
  public static Validation<Seq<FieldViolation>, Decision> partnership(EligibilityFacts facts, LocalDate asOf,
      RuleSet<EligibilityFacts> rules) {
    return validated(PARTNERSHIP_QUESTION, rules, facts, asOf);
  }

  /**
   * Validates the facts, then decides.
   *
   * @param question the question answered
   * @param rules the rule set
   * @param facts the facts
   * @param asOf the as-of day
   * @return the violations of the facts, or the decision
   */
  public static Validation<Seq<FieldViolation>, Decision> validated(Message question,
      RuleSet<EligibilityFacts> rules, EligibilityFacts facts, LocalDate asOf) {
    requireNonNull(question, "question");
    requireNonNull(rules, "rules");
    requireNonNull(facts, "facts");
    requireNonNull(asOf, "asOf");
    return KimValidator.standard().validate(facts).map(valid -> decide(question, rules, valid, asOf));
  }

  /**
   * Decides without validating the facts first — for facts already validated.
   *
   * @param question the question answered
   * @param rules the rule set
   * @param facts valid facts
   * @param asOf the as-of day
   * @return the decision
   */
  public static Decision decide(Message question, RuleSet<EligibilityFacts> rules, EligibilityFacts facts,
      LocalDate asOf) {
    requireNonNull(question, "question");
    requireNonNull(rules, "rules");
    requireNonNull(facts, "facts");
    requireNonNull(asOf, "asOf");
    return Decision.builder()
        .question(question)
        .subject(facts.subject())
        .findings(rules.evaluateAll(facts, asOf))
        .ruleSet(rules.ref())
        .asOf(asOf)
        .build();
  }
}
