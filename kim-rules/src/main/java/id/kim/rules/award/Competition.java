package id.kim.rules.award;

import id.kim.core.agency.Dinas;
import id.kim.core.community.KimType;
import id.kim.rules.checklist.Checklist;
import id.kim.rules.explain.Message;
import io.vavr.collection.Seq;
import io.vavr.collection.SortedSet;
import io.vavr.collection.TreeSet;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * A competition for KIM (COMP-*): self-organised by the Dinas (COMP-KIND-1) or an external one at
 * provincial or national level that the Dinas mentors KIM through (COMP-KIND-2). Which KIM types may
 * enter defaults to both (RULES.md GAP-33: the tables speak of type-A KIM, the Penutup of KIM in
 * general) and can be narrowed per competition. What the juknis leaves open — content ownership
 * (COMP-IP, GAP-34), the schedule (COMP-MANDIRI-SCHED), the procurement rules followed
 * (COMP-PROCUREMENT) — is recorded here and reviewed by {@link CompetitionRules#review}.
 */
@Value.Immutable
public abstract class Competition implements WithCompetition {

  /** @return the competition's name, e.g. "Lomba Konten KIM Jembrana 2026" */
  public abstract String name();

  /** @return self-organised or participation */
  public abstract CompetitionKind kind();

  /** @return the scope: regency/city for the Dinas' own, provincial/national for external ones */
  public abstract CompetitionLevel level();

  /** @return the Dinas organising (COMP-KIND-1) or mentoring (COMP-KIND-2) */
  public abstract Dinas dinas();

  /** @return the external organiser of a participation competition */
  @Value.Default
  public Option<String> externalOrganiser() {
    return Option.none();
  }

  /** @return the categories (COMP-STAGE-2, COMP-CAT-1..4 or the Dinas' own) */
  public abstract SortedSet<CompetitionCategory> categories();

  /** @return the output types accepted (COMP-OUT-1..4); empty = any */
  @Value.Default
  public SortedSet<CompetitionOutputType> outputTypes() {
    return TreeSet.empty();
  }

  /** @return the KIM types that may enter; default both (GAP-33) */
  @Value.Default
  public SortedSet<KimType> eligibleTypes() {
    return TreeSet.of(KimType.A, KimType.B);
  }

  /** @return who owns the entries (COMP-IP); no default (GAP-34) */
  @Value.Default
  public Option<ContentOwnership> contentOwnership() {
    return Option.none();
  }

  /** @return annual or ad hoc (COMP-MANDIRI-SCHED) */
  @Value.Default
  public Option<Recurrence> recurrence() {
    return Option.none();
  }

  /** @return the procurement regulation or decision followed (COMP-PROCUREMENT) */
  @Value.Default
  public Option<String> procurementReference() {
    return Option.none();
  }

  /** @return progress through the phases of the competition's kind (Gambar 4.4 or 4.5) */
  @Value.Default
  public Checklist<CompetitionPhase> phases() {
    return Checklist.of(kind().phases());
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @param phase a phase completed
   * @return the competition with the phase ticked, or why it cannot be
   */
  public Either<Message, Competition> tick(CompetitionPhase phase) {
    return phases().tick(phase).map(this::withPhases);
  }

  /** Builds a {@link Competition}. */
  public static final class Builder extends ImmutableCompetition.Builder {}

  /** @return the categories as a list, by name */
  public Seq<CompetitionCategory> categoryList() {
    return categories().toList();
  }
}
