package id.kim.rules.impact;

import id.kim.core.agency.Dinas;
import id.kim.core.community.KimRecord;
import id.kim.core.validation.KimValidator;
import id.kim.core.validation.MissingValueException;
import id.kim.rules.eligibility.Eligibility;
import id.kim.rules.eligibility.EligibilityFacts;
import id.kim.rules.engine.RuleSet;
import id.kim.rules.explain.Decision;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * What a variant of the rules would do to a register, before it is made (the "reform" of
 * rules-as-code systems): every KIM decided under a base and a variant, same question, same as-of
 * day, and the differences tallied.
 *
 * <pre>{@code
 * Variant asn = Variant.of("asn-anggota", EligibilityPolicy.builder().asnScope(BOARD_AND_MEMBERS).build());
 * ImpactSummary s = Impact.of(Variant.baseline(), asn, ImpactQuestion.PARTNERSHIP)
 *     .measure(records.stream(), dinas, asOf);
 * s.count(Transition.of(ELIGIBLE, NOT_ELIGIBLE));   // KIM that would lose eligibility
 * }</pre>
 *
 * <p>Streaming: records are read once, in chunks of {@value #CHUNK}, each chunk decided in parallel
 * (the common fork-join pool) and dropped; a register is never held, only the counts and the compact
 * list of KIM that change. A record is validated once ({@link KimValidator}); one that breaks a
 * kim-core constraint is counted as invalid under both ({@link #withValidation} skips the check for
 * records validated already). Pure: no clock, no state between calls;
 * thread-safe.
 */
public final class Impact {
  /** How many records are decided together; the most held at once. */
  public static final int CHUNK = 1024;

  private final Variant base;
  private final Variant variant;
  private final ImpactQuestion question;
  private final RuleSet<EligibilityFacts> baseRules;
  private final RuleSet<EligibilityFacts> variantRules;
  private final boolean validating;

  private Impact(Variant base, Variant variant, ImpactQuestion question, boolean validating) {
    this.base = base;
    this.variant = variant;
    this.question = question;
    this.baseRules = base.ruleSet(question);
    this.variantRules = variant.ruleSet(question);
    this.validating = validating;
  }

  /**
   * @param base the rules as they are, usually {@link Variant#baseline()}
   * @param variant the rules as they might be
   * @param question which question to compare
   * @return the comparison, ready to measure registers
   * @throws MissingValueException if an argument is null
   */
  public static Impact of(Variant base, Variant variant, ImpactQuestion question) {
    MissingValueException.requireNonNull(base, "base");
    MissingValueException.requireNonNull(variant, "variant");
    MissingValueException.requireNonNull(question, "question");
    return new Impact(base, variant, question, true);
  }

  /**
   * @param variant the rules as they might be, against {@link Variant#baseline()}
   * @return the partnership comparison (II.B.4–5), the question a variant usually changes
   */
  public static Impact from(Variant variant) {
    return of(Variant.baseline(), variant, ImpactQuestion.PARTNERSHIP);
  }

  /**
   * @param validate false for records already validated (read with {@code KimJson.readValid}, or
   *     checked with {@link KimValidator}), as {@link Eligibility#decide} trusts them; true by default
   * @return this comparison, validating each record first or not
   */
  public Impact withValidation(boolean validate) {
    return validate == validating ? this : new Impact(base, variant, question, validate);
  }

  /** @return the base */
  public Variant base() {
    return base;
  }

  /** @return the variant */
  public Variant variant() {
    return variant;
  }

  /** @return the question compared */
  public ImpactQuestion question() {
    return question;
  }

  /**
   * @param facts one KIM and the Dinas deciding about it
   * @param asOf the as-of day
   * @return both decisions and what changed, or none if the record breaks a kim-core constraint
   */
  public Option<KimImpact> one(EligibilityFacts facts, LocalDate asOf) {
    MissingValueException.requireNonNull(facts, "facts");
    MissingValueException.requireNonNull(asOf, "asOf");
    return validating ? KimValidator.standard().validate(facts).toOption().map(valid -> decide(valid, asOf))
        : Option.of(decide(facts, asOf));
  }

  private KimImpact decide(EligibilityFacts facts, LocalDate asOf) {
    Decision before = Eligibility.decide(question.question(), baseRules, facts, asOf);
    Decision after = Eligibility.decide(question.question(), variantRules, facts, asOf);
    return KimImpact.of(Area.of(facts.area()), before, after);
  }

  /**
   * @param records one Dinas' register, read once
   * @param dinas the Dinas Kominfo Kabupaten/Kota deciding about them
   * @param asOf the as-of day
   * @return the impact on the register
   */
  public ImpactSummary measure(Stream<KimRecord> records, Dinas dinas, LocalDate asOf) {
    MissingValueException.requireNonNull(records, "records");
    MissingValueException.requireNonNull(dinas, "dinas");
    return measure(records.map(r -> EligibilityFacts.of(r, dinas)).iterator(), asOf, x -> { });
  }

  /**
   * @param facts the KIM of any number of Dinas, each with the Dinas deciding about it (a national register), read once
   * @param asOf the as-of day
   * @return the impact
   */
  public ImpactSummary measure(Stream<EligibilityFacts> facts, LocalDate asOf) {
    MissingValueException.requireNonNull(facts, "facts");
    return measure(facts.iterator(), asOf, x -> { });
  }

  /**
   * The streaming form: each KIM's full {@link KimImpact} (both decisions) goes to {@code each}, on the
   * calling thread, in the records' order, and is not kept.
   *
   * @param facts the KIM with their deciding Dinas, read once
   * @param asOf the as-of day
   * @param each receives every valid KIM's impact, changed or not
   * @return the impact
   */
  public ImpactSummary measure(Iterator<EligibilityFacts> facts, LocalDate asOf, Consumer<? super KimImpact> each) {
    MissingValueException.requireNonNull(facts, "facts");
    MissingValueException.requireNonNull(asOf, "asOf");
    MissingValueException.requireNonNull(each, "each");
    Tally tally = new Tally();
    List<EligibilityFacts> chunk = new ArrayList<>(CHUNK);
    while (facts.hasNext()) {
      chunk.add(MissingValueException.requireNonNull(facts.next(), "facts element"));
      if (chunk.size() == CHUNK || !facts.hasNext()) {
        List<Option<KimImpact>> done = chunk.parallelStream().map(f -> one(f, asOf)).toList();
        for (Option<KimImpact> i : done) {
          if (i.isEmpty()) {
            tally.invalid();
          } else {
            tally.add(i.get());
            each.accept(i.get());
          }
        }
        chunk.clear();
      }
    }
    return tally.into(ImpactSummary.builder().question(question).base(baseRules.ref()).variant(variantRules.ref())
        .asOf(asOf)).build();
  }

  @Override
  public String toString() {
    return "Impact[" + question + ": " + baseRules.ref() + " -> " + variantRules.ref() + "]";
  }
}
