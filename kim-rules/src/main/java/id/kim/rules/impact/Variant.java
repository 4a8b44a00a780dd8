package id.kim.rules.impact;

import id.kim.rules.eligibility.EligibilityFacts;
import id.kim.rules.eligibility.EligibilityPolicy;
import id.kim.rules.eligibility.Juknis2022;
import id.kim.rules.engine.Rule;
import id.kim.rules.engine.RuleSet;
import id.kim.rules.evaluation.ContinuationPolicy;
import id.kim.rules.explain.RuleId;
import id.kim.rules.explain.RuleSetRef;
import id.kim.rules.mapping.MappingPolicy;
import id.kim.rules.termination.TriggerPolicy;
import io.vavr.collection.SortedSet;
import io.vavr.collection.TreeSet;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A variant of the juknis rules as data (varian aturan): the rule set it starts from and what
 * differs — the Dinas' choices where the juknis is silent (RULES.md §4, every one PROPOSED) for
 * eligibility ({@link EligibilityPolicy}: GAP-03, GAP-04, GAP-08, QUAL-ORDER, PARTNER-LEGAL-2),
 * termination ({@link TriggerPolicy}: GAP-03, GAP-05), mapping ({@link MappingPolicy}: GAP-14..18,
 * GAP-50) and evaluation ({@link ContinuationPolicy}: GAP-40, GAP-44), and the eligibility rules it
 * removes. Every setting left out keeps the SDK's default, so {@link #baseline()} is the juknis as the
 * SDK reads it.
 *
 * <p>The variant's name and every difference appear in its {@linkplain #version() version}, as the
 * policy suffix of {@link EligibilityPolicy#versionSuffix()} does today:
 * {@code 2022.08.30+asn=BOARD_AND_MEMBERS,without=QUAL-3,variant=asn-anggota}; the rule sets it builds
 * ({@link #ruleSet(ImpactQuestion)}) carry that version, so every decision says which variant made it.
 */
@Value.Immutable
public abstract class Variant {
  /** A variant's name: lower-case letters, digits and hyphens, as it appears in versions. */
  public static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
  /** The one base rule set the SDK knows: the 2022 juknis. */
  public static final RuleSetRef JUKNIS_2022 = RuleSetRef.of(Juknis2022.NAME, Juknis2022.VERSION);
  /** The name of {@link #baseline()}. */
  public static final String BASELINE_NAME = "juknis-2022";

  /** @return the variant's name, e.g. {@code "asn-anggota"}; matches {@link #NAME} */
  public abstract String name();

  /** @return what the variant is for, in the Dinas' words (free text, never in a version) */
  public abstract Optional<String> description();

  /** @return the rule set it starts from; only {@link #JUKNIS_2022} is known */
  @Value.Default
  public RuleSetRef base() {
    return JUKNIS_2022;
  }

  /** @return the eligibility policies (PARTNER-ADMIN-1, -3, -4, -DECL, PARTNER-LEGAL-2, QUAL-ORDER) */
  @Value.Default
  public EligibilityPolicy eligibility() {
    return EligibilityPolicy.defaults();
  }

  /** @return whose acts count for the termination grounds TERM-2, TERM-3, TERM-4 */
  @Value.Default
  public TriggerPolicy termination() {
    return TriggerPolicy.standard();
  }

  /** @return the mapping's policies (levels, mixed cases, priorities, report scope) */
  @Value.Default
  public MappingPolicy mapping() {
    return MappingPolicy.standard();
  }

  /** @return the thresholds for continuing a collaboration */
  @Value.Default
  public ContinuationPolicy evaluation() {
    return ContinuationPolicy.standard();
  }

  /** @return the eligibility rules the variant removes; each one of {@link #removableRules()} */
  @Value.Default
  public SortedSet<RuleId> removedRules() {
    return TreeSet.empty();
  }

  /** @return a builder; every setting but the name starts at the SDK's default */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the juknis as the SDK reads it, with every default: the base of an impact */
  public static Variant baseline() {
    return Baseline.VARIANT;
  }

  /**
   * @param name the variant's name
   * @param eligibility its eligibility policies
   * @return a variant differing from the defaults in those policies only
   */
  public static Variant of(String name, EligibilityPolicy eligibility) {
    return builder().name(name).eligibility(eligibility).build();
  }

  /** @return every rule a variant may remove: MAP-ENTRY-1..4, PARTNER-LEGAL-1..3, PARTNER-ADMIN-*, QUAL-1..7 */
  public static SortedSet<RuleId> removableRules() {
    return Baseline.REMOVABLE;
  }

  /** Refuses a name that would not fit a version, an unknown base and an unknown rule, naming it. */
  @Value.Check
  protected void check() {
    if (!NAME.matcher(name()).matches()) {
      throw new IllegalArgumentException("variant name must be lower-case letters, digits and hyphens (at most 63), "
          + "starting with a letter or digit");
    }
    if (!base().equals(JUKNIS_2022)) {
      throw new IllegalArgumentException("unknown base rule set " + base() + "; the SDK knows " + JUKNIS_2022);
    }
    removedRules().find(id -> !removableRules().contains(id)).forEach(id -> {
      throw new IllegalArgumentException("rule " + id + " is not an eligibility rule of " + JUKNIS_2022
          + "; removable: " + removableRules().mkString(", "));
    });
  }

  /** @return the base version followed by every difference and the variant's name; the base's for the baseline */
  @Value.Lazy
  public String version() {
    return base().version() + VersionSuffix.of(this);
  }

  /** @return the rule set of mapping entry under this variant */
  @Value.Lazy
  RuleSet<EligibilityFacts> mappingEntry() {
    return derive(Juknis2022.MAPPING_ENTRY);
  }

  /** @return the rule set of partnership under this variant */
  @Value.Lazy
  RuleSet<EligibilityFacts> partnership() {
    return derive(Juknis2022.partnership(eligibility()));
  }

  /**
   * @param question which question
   * @return the question's rule set under this variant, named as the juknis' and versioned {@link #version()}
   */
  public RuleSet<EligibilityFacts> ruleSet(ImpactQuestion question) {
    return question == ImpactQuestion.MAPPING_ENTRY ? mappingEntry() : partnership();
  }

  private RuleSet<EligibilityFacts> derive(RuleSet<EligibilityFacts> rules) {
    RuleSet<EligibilityFacts> out = rules;
    for (RuleId id : removedRules()) {
      if (out.rule(id).isDefined()) {
        out = out.without(id);
      }
    }
    return out.named(rules.ref().name(), version());
  }

  @Override
  public String toString() {
    return "Variant[" + name() + " of " + base() + ": v" + version() + "]";
  }

  /** Builds a {@link Variant}. */
  public static final class Builder extends ImmutableVariant.Builder {}

  private static final class Baseline {
    static final SortedSet<RuleId> REMOVABLE = TreeSet.ofAll(Juknis2022.MAPPING_ENTRY.rules().map(Rule::id))
        .addAll(Juknis2022.PARTNERSHIP.rules().map(Rule::id));
    static final Variant VARIANT = builder().name(BASELINE_NAME).build();
  }
}
