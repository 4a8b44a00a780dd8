package id.kim.rules.mapping;

import id.kim.core.agency.Dinas;
import id.kim.core.community.KimProfile;
import id.kim.core.validation.MissingValueException;
import id.kim.rules.mapping.entry.MappingEntrants;
import id.kim.rules.mapping.grid.CategoryDecision;
import id.kim.rules.mapping.grid.GridAssessment;
import id.kim.rules.mapping.issue.PublicIssue;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a Dinas brings to a mapping: its profiles (Tabel 3.1), its issues (Tabel 3.2), its recorded
 * assessments of interest, power and influence, and its category decisions for mixed cases. Order
 * does not matter anywhere.
 *
 * <p>The juknis' order is the easy path: "Kelompok masyarakat yang ingin menjadi KIM dan bermitra dengan
 * Dinas Kominfo harus masuk didalam pemetaan …" (II.B.3, MAP-ENTRY-1..4). {@link #admitted(MappingEntrants)}
 * starts an input from the KIM admitted by their mapping-entry decisions; such an input holds exactly
 * their profiles (a profile of a KIM left out is refused at {@code build()}), and the report lists the
 * others apart with their reasons. An input built with {@link #builder()} maps the profiles as given: the
 * caller vouches that they entered the mapping (a stored input, the JSON contract).
 */
@Value.Immutable
public abstract class MappingInput implements WithMappingInput {

  /** @return the Dinas that maps */
  public abstract Dinas dinas();

  /** @return the profiles it holds */
  public abstract List<KimProfile> profiles();

  /** @return the public issues it identified */
  public abstract List<PublicIssue> issues();

  /** @return its recorded assessments */
  public abstract List<GridAssessment> assessments();

  /** @return its category decisions (MANUAL policy) */
  public abstract List<CategoryDecision> decisions();

  /**
   * @return the mapping-entry decisions the profiles come from, when started by {@link #admitted}; none for
   *     profiles given as they are
   */
  public abstract Optional<MappingEntrants> entrants();

  /**
   * Starts the input of a mapping from the KIM admitted by MAP-ENTRY-1..4: the Dinas and the admitted
   * profiles are set; add the issues, assessments and decisions. Assessments, decisions and issue names
   * about a KIM left out are set aside by {@link Mapping#run}, which also requires the as-of day of the
   * entry decisions.
   *
   * @param entrants the records split by their mapping-entry decisions
   * @return a builder holding the Dinas, the admitted profiles and the entrants
   * @throws MissingValueException if {@code entrants} is null
   */
  public static Builder admitted(MappingEntrants entrants) {
    MissingValueException.requireNonNull(entrants, "entrants");
    Builder b = new Builder();
    b.dinas(entrants.dinas()).profiles(entrants.profiles().toJavaList()).entrants(entrants);
    return b;
  }

  /** An input started from entrants maps exactly the admitted KIM, for their Dinas (MAP-ENTRY-1..4). */
  @Value.Check
  protected void checkEntrants() {
    entrants().ifPresent(e -> {
      if (!e.dinas().equals(dinas())) {
        throw new IllegalArgumentException("MappingInput.dinas '" + dinas().name() + "' is not the Dinas that "
            + "decided the mapping entry, '" + e.dinas().name() + "' (MAP-ENTRY-1..4, MAP-RULE-a)");
      }
      if (!counts(profiles()).equals(counts(e.profiles().toJavaList()))) {
        throw new IllegalArgumentException("MappingInput.profiles must be exactly the " + e.admitted().size()
            + " KIM admitted by their mapping-entry decisions, got " + profiles().size() + " profiles: a KIM that "
            + "did not enter the mapping is neither placed nor prioritised (MAP-ENTRY-1..4, MAP-RULE-0)");
      }
    });
  }

  private static Map<KimProfile, Integer> counts(List<KimProfile> profiles) {
    Map<KimProfile, Integer> out = new HashMap<>();
    profiles.forEach(p -> out.merge(p, 1, Integer::sum));
    return out;
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MappingInput}. */
  public static final class Builder extends ImmutableMappingInput.Builder {}
}
