package id.kim.rules.impact;

import id.kim.core.i18n.Lang;
import id.kim.core.validation.MissingValueException;
import id.kim.rules.explain.RuleId;
import id.kim.rules.explain.RuleSetRef;
import io.vavr.collection.Seq;
import io.vavr.collection.SortedMap;
import java.time.LocalDate;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The impact of a variant on a register (dampak varian): how many KIM go from each verdict to each
 * verdict — overall, by province and by regency/city — which rules are responsible for each
 * transition, and the KIM whose verdict changes. Deterministic: the same records in any order give
 * an equal summary.
 *
 * <p>{@link #population()} counts every record; those that break a kim-core constraint have no
 * decision under either rule set and are counted in {@link #invalid()}, the others in exactly one
 * transition: {@code invalid + Σ transitions = population}.
 */
@Value.Immutable
public abstract class ImpactSummary {

  /** @return the question compared */
  public abstract ImpactQuestion question();

  /** @return the base rule set's name and version */
  public abstract RuleSetRef base();

  /** @return the variant's rule set name and version, its name and differences in the version */
  public abstract RuleSetRef variant();

  /** @return the day both decided as of */
  public abstract LocalDate asOf();

  /** @return how many records were compared */
  public abstract long population();

  /** @return how many of them break a kim-core constraint and so have no decision */
  public abstract long invalid();

  /** @return how many KIM take each transition, unchanged ones included */
  public abstract SortedMap<Transition, Long> transitions();

  /** @return the transitions per province (by name) */
  public abstract SortedMap<String, SortedMap<Transition, Long>> byProvince();

  /** @return the transitions per regency/city */
  public abstract SortedMap<Area, SortedMap<Transition, Long>> byRegencyCity();

  /**
   * @return per changed transition, how many of its KIM had each rule's outcome changed — the rules
   *     responsible; a KIM counts once per rule
   */
  public abstract SortedMap<Transition, SortedMap<RuleId, Long>> rulesByTransition();

  /** @return every KIM whose verdict changes, in {@link KimChange}'s order */
  public abstract Seq<KimChange> changedKim();

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return how many KIM change verdict */
  public long changed() {
    return transitions().filter(t -> t._1.changed()).values().sum().longValue();
  }

  /**
   * @param transition a transition
   * @return how many KIM take it
   */
  public long count(Transition transition) {
    return transitions().get(transition).getOrElse(0L);
  }

  /**
   * @param lang the language of the labels
   * @return a JSON-ready tree of maps, lists, strings and numbers (docs/json.md "Impact")
   */
  public Map<String, Object> toTree(Lang lang) {
    MissingValueException.requireNonNull(lang, "lang");
    return ImpactTree.of(this, lang);
  }

  /** The tallies add up: a summary that does not would misreport a register. */
  @Value.Check
  protected void check() {
    long decided = transitions().values().sum().longValue();
    if (invalid() + decided != population()) {
      throw new IllegalArgumentException("transitions (" + decided + ") and invalid records (" + invalid()
          + ") do not add up to the population (" + population() + ")");
    }
    if (changedKim().size() != changed()) {
      throw new IllegalArgumentException("the list of changed KIM (" + changedKim().size()
          + ") does not match the changed transitions (" + changed() + ")");
    }
  }

  /** Builds an {@link ImpactSummary}. */
  public static final class Builder extends ImmutableImpactSummary.Builder {}
}
