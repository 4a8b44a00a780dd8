package id.kim.rules.mapping.report;

import id.kim.core.community.KimRef;
import id.kim.rules.mapping.grid.Approach;
import id.kim.rules.mapping.grid.GridCategory;
import id.kim.rules.mapping.grid.Level;
import id.kim.rules.mapping.grid.MixedCasePolicy;
import id.kim.rules.mapping.priority.PriorityDecision;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * One row of the mapping report's matrix (REPORT-1): a KIM with its interest, power and influence,
 * its category and approaches, whether it is prioritised and involved, and how its category was
 * reached. The full explanation is in {@link #decision()}.
 */
@Value.Immutable
public abstract class MappingReportRow {

  /** @return the decision of stage D this row shows */
  @Value.Parameter
  public abstract PriorityDecision decision();

  /**
   * @param decision a decision of stage D
   * @return its row
   */
  public static MappingReportRow of(PriorityDecision decision) {
    return ImmutableMappingReportRow.of(decision);
  }

  /** @return the rank */
  public int rank() {
    return decision().rank();
  }

  /** @return the KIM */
  public KimRef kim() {
    return decision().kim();
  }

  /** @return ketertarikan */
  public Level interest() {
    return decision().placement().interest().level();
  }

  /** @return kekuatan */
  public Level power() {
    return decision().placement().power().level();
  }

  /** @return pengaruh */
  public Level influence() {
    return decision().placement().influence().level();
  }

  /** @return the Tabel 3.3 category */
  public GridCategory category() {
    return decision().category();
  }

  /** @return true if the levels match a Tabel 3.3 row exactly */
  public boolean juknisExactMatch() {
    return decision().placement().juknisExactMatch();
  }

  /** @return the mixed-case policy that decided, none on an exact match */
  public Option<MixedCasePolicy> appliedPolicy() {
    return decision().placement().classification().appliedPolicy();
  }

  /** @return the approaches */
  public Seq<Approach> approaches() {
    return decision().approaches();
  }

  /** @return true if prioritised */
  public boolean prioritised() {
    return decision().prioritised();
  }

  /** @return true if involved */
  public boolean involved() {
    return decision().involved();
  }

  @Override
  public String toString() {
    return "MappingReportRow[" + rank() + ". " + kim() + ": " + interest() + "/" + power() + "/" + influence() + " -> "
        + category() + "]";
  }
}
