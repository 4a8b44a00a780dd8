package id.kim.rules.impact;

import id.kim.rules.explain.RuleId;
import io.vavr.collection.Seq;
import java.util.Comparator;
import org.immutables.value.Value;

/**
 * One KIM in the list of an impact: who, where, the verdict's transition and the rules whose outcome
 * flipped — without the two full decisions, so a national list stays small. Ordered by area, subject,
 * transition and changes, so the list does not depend on the order of the records.
 */
@Value.Immutable(builder = false)
public abstract class KimChange implements Comparable<KimChange> {
  private static final Comparator<KimChange> ORDER = Comparator.comparing(KimChange::area)
      .thenComparing(KimChange::subject).thenComparing(KimChange::transition)
      .thenComparing(c -> c.changedFindings().mkString(";"));

  /** @return who the decisions are about, masked as decisions mask it */
  @Value.Parameter
  public abstract String subject();

  /** @return where it is tallied */
  @Value.Parameter
  public abstract Area area();

  /** @return the verdict before and after */
  @Value.Parameter
  public abstract Transition transition();

  /** @return the requirements whose outcome changed */
  @Value.Parameter
  public abstract Seq<FindingChange> changedFindings();

  /** @return the rules that flip the verdict ({@link KimImpact#responsibleRules()}) */
  @Value.Parameter
  public abstract Seq<RuleId> responsibleRules();

  /**
   * @param subject who
   * @param area where
   * @param transition the verdicts
   * @param changedFindings the requirements whose outcome changed
   * @param responsibleRules the rules among them that flip the verdict
   * @return the entry
   */
  public static KimChange of(String subject, Area area, Transition transition, Seq<FindingChange> changedFindings,
      Seq<RuleId> responsibleRules) {
    return ImmutableKimChange.of(subject, area, transition, changedFindings, responsibleRules);
  }

  @Override
  public int compareTo(KimChange other) {
    return ORDER.compare(this, other);
  }
}
