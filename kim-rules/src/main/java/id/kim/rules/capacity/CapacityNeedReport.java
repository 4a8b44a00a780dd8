package id.kim.rules.capacity;

import id.kim.rules.explain.Finding;
import id.kim.rules.explain.Outcome;
import id.kim.rules.explain.RuleId;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.immutables.value.Value;

/**
 * The capacity needs of one KIM (Tabel 4.1) and the activities suggested for them (Tabel 4.4). In the
 * findings, NOT_SATISFIED means "a need was identified" for that element, UNKNOWN "not examined",
 * SATISFIED "no need".
 */
@Value.Immutable
public abstract class CapacityNeedReport {

  /** @return what the Dinas found */
  public abstract CapacityNeedAssessment assessment();

  /** @return the name of the solution mapping used */
  public abstract String mapping();

  /** @return CAP-1..5 and CAP-USE, in that order */
  public abstract Seq<Finding> findings();

  /** @return the suggested activities, in Tabel 4.4 order */
  public abstract Seq<SuggestedSolution> suggestions();

  /** @return a builder */
  static ImmutableCapacityNeedReport.Builder builder() {
    return ImmutableCapacityNeedReport.builder();
  }

  /** @return the elements with an identified need, in Tabel 4.1 order */
  public Seq<CapacityElement> needs() {
    return elementsWith(Outcome.NOT_SATISFIED);
  }

  /** @return the elements not examined, in Tabel 4.1 order */
  public Seq<CapacityElement> notExamined() {
    return elementsWith(Outcome.UNKNOWN);
  }

  private Seq<CapacityElement> elementsWith(Outcome outcome) {
    return List.of(CapacityElement.values()).filter(e -> findings()
        .exists(f -> f.ruleId().equals(RuleId.of(e.ruleId())) && f.outcome() == outcome));
  }
}
