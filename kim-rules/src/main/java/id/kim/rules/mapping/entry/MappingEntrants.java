package id.kim.rules.mapping.entry;

import id.kim.core.agency.Dinas;
import id.kim.core.agency.DinasLevel;
import id.kim.core.community.KimProfile;
import id.kim.core.community.KimRecord;
import id.kim.core.community.KimRef;
import id.kim.core.validation.FieldViolation;
import id.kim.core.validation.MissingValueException;
import id.kim.rules.eligibility.Eligibility;
import id.kim.rules.eligibility.EligibilityFacts;
import id.kim.rules.eligibility.Juknis2022;
import id.kim.rules.engine.RuleSet;
import id.kim.rules.explain.Decision;
import id.kim.rules.explain.RuleSetRef;
import id.kim.rules.explain.Verdict;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The records a Dinas brings to its mapping, split by the mapping-entry requirements (juknis II.B.3,
 * MAP-ENTRY-1..4, all four): "syarat-syarat agar dapat masuk di dalam pemetaan". Each record is judged
 * once, by {@link Eligibility#mappingEntry}, for the deciding Dinas Kominfo Kabupaten/Kota as of one day;
 * a record with an {@code ELIGIBLE} decision is {@linkplain #admitted() admitted}, every other one is
 * {@linkplain #notAdmitted() listed apart} with its decision or its invalid data. Every record given is in
 * exactly one of the two lists, in the order given.
 *
 * <pre>{@code
 * MappingEntrants entrants = MappingEntrants.decide(dinas, records, asOf);
 * MappingInput input = MappingInput.admitted(entrants).addIssues(prokes).build();
 * Either<MappingRejection, MappingReport> report = Mapping.run(input, MappingPolicy.standard(), asOf);
 * entrants.notAdmitted().forEach(n -> System.out.println(n.explain(Lang.ID)));
 * }</pre>
 *
 * <p>Immutable and thread-safe; equal when made from equal records, Dinas, day and rule set.
 */
public final class MappingEntrants {
  private final Dinas dinas;
  private final LocalDate asOf;
  private final RuleSetRef ruleSet;
  private final Seq<AdmittedKim> admitted;
  private final Seq<NotAdmitted> notAdmitted;

  private MappingEntrants(Dinas dinas, LocalDate asOf, RuleSetRef ruleSet, Seq<AdmittedKim> admitted,
      Seq<NotAdmitted> notAdmitted) {
    this.dinas = dinas;
    this.asOf = asOf;
    this.ruleSet = ruleSet;
    this.admitted = admitted;
    this.notAdmitted = notAdmitted;
  }

  /**
   * Decides MAP-ENTRY-1..4 under {@link Juknis2022#MAPPING_ENTRY} for every record.
   *
   * @param dinas the deciding Dinas Kominfo Kabupaten/Kota
   * @param records every record the Dinas holds, in any order
   * @param asOf the day documents and assessments are judged as of
   * @return the admitted records and the others with their reasons
   * @throws MissingValueException if an argument or a record is null, naming it
   * @throws IllegalArgumentException if {@code dinas} is provincial: only a regency/city Dinas maps
   *     (MAP-RULE-a, ARCH-4)
   */
  public static MappingEntrants decide(Dinas dinas, Iterable<KimRecord> records, LocalDate asOf) {
    return decide(dinas, records, asOf, Juknis2022.MAPPING_ENTRY);
  }

  /**
   * @param dinas the deciding Dinas Kominfo Kabupaten/Kota
   * @param records every record the Dinas holds, in any order
   * @param asOf the day documents and assessments are judged as of
   * @param rules a region's own mapping-entry rule set, derived from {@link Juknis2022#MAPPING_ENTRY}
   * @return the admitted records and the others with their reasons
   * @throws MissingValueException if an argument or a record is null, naming it
   * @throws IllegalArgumentException if {@code dinas} is provincial (MAP-RULE-a, ARCH-4)
   */
  public static MappingEntrants decide(Dinas dinas, Iterable<KimRecord> records, LocalDate asOf,
      RuleSet<EligibilityFacts> rules) {
    requireArguments(dinas, asOf, rules);
    MissingValueException.requireNonNull(records, "records");
    Seq<Either<NotAdmitted, AdmittedKim>> all = List.ofAll(records).zipWithIndex()
        .map(t -> judge(MissingValueException.requireNonNull(t._1, "records[" + t._2 + "]"), dinas, asOf, rules));
    return new MappingEntrants(dinas, asOf, rules.ref(), all.filter(Either::isRight).map(Either::get),
        all.filter(Either::isLeft).map(Either::getLeft));
  }

  /**
   * Decides MAP-ENTRY-1..4 under {@link Juknis2022#MAPPING_ENTRY} for one record.
   *
   * @param record the community's record
   * @param dinas the deciding Dinas Kominfo Kabupaten/Kota
   * @param asOf the as-of day
   * @return the admitted KIM, or the record listed apart with why
   * @throws MissingValueException if an argument is null, naming it
   * @throws IllegalArgumentException if {@code dinas} is provincial (MAP-RULE-a, ARCH-4)
   */
  public static Either<NotAdmitted, AdmittedKim> admit(KimRecord record, Dinas dinas, LocalDate asOf) {
    requireArguments(dinas, asOf, Juknis2022.MAPPING_ENTRY);
    return judge(MissingValueException.requireNonNull(record, "record"), dinas, asOf, Juknis2022.MAPPING_ENTRY);
  }

  private static void requireArguments(Dinas dinas, LocalDate asOf, RuleSet<EligibilityFacts> rules) {
    MissingValueException.requireNonNull(dinas, "dinas");
    MissingValueException.requireNonNull(asOf, "asOf");
    MissingValueException.requireNonNull(rules, "rules");
    if (dinas.level() != DinasLevel.REGENCY_CITY) {
      throw new IllegalArgumentException("dinas '" + dinas.name() + "' decides no mapping entry: \"Pemetaan KIM "
          + "dilakukan oleh Dinas Kominfo tingkat Kabupaten/Kota\" (MAP-RULE-a, ARCH-4)");
    }
  }

  private static Either<NotAdmitted, AdmittedKim> judge(KimRecord record, Dinas dinas, LocalDate asOf,
      RuleSet<EligibilityFacts> rules) {
    Validation<Seq<FieldViolation>, Decision> answer =
        Eligibility.mappingEntry(EligibilityFacts.of(record, dinas), asOf, rules);
    return answer.isValid() && answer.get().verdict() == Verdict.ELIGIBLE
        ? Either.right(new AdmittedKim(record, dinas, answer.get()))
        : Either.left(new NotAdmitted(record, answer));
  }

  /** @return the deciding Dinas */
  public Dinas dinas() {
    return dinas;
  }

  /** @return the day every entry was decided as of */
  public LocalDate asOf() {
    return asOf;
  }

  /** @return the mapping-entry rule set and version that decided */
  public RuleSetRef ruleSet() {
    return ruleSet;
  }

  /** @return the KIM admitted to the mapping, in the order given */
  public Seq<AdmittedKim> admitted() {
    return admitted;
  }

  /** @return the records left out, with their reasons, in the order given */
  public Seq<NotAdmitted> notAdmitted() {
    return notAdmitted;
  }

  /** @return the profiles of the admitted KIM — what the mapping's stages read */
  public Seq<KimProfile> profiles() {
    return admitted.map(AdmittedKim::profile);
  }

  /**
   * @param kim a KIM
   * @return true if it was admitted
   */
  public boolean isAdmitted(KimRef kim) {
    MissingValueException.requireNonNull(kim, "kim");
    return admitted.exists(a -> a.ref().equals(kim));
  }

  /** @return how many records were judged */
  public int size() {
    return admitted.size() + notAdmitted.size();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MappingEntrants m && dinas.equals(m.dinas) && asOf.equals(m.asOf)
        && ruleSet.equals(m.ruleSet) && admitted.equals(m.admitted) && notAdmitted.equals(m.notAdmitted);
  }

  @Override
  public int hashCode() {
    return Objects.hash(dinas, asOf, ruleSet, admitted, notAdmitted);
  }

  @Override
  public String toString() {
    return "MappingEntrants[" + dinas.name() + ", asOf " + asOf + ", " + ruleSet + ": " + admitted.size()
        + " admitted, " + notAdmitted.size() + " not admitted]";
  }
}
