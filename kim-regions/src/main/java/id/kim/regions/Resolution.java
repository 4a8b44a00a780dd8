package id.kim.regions;

import id.kim.core.i18n.Lang;
import id.kim.core.region.RegionLevel;
import id.kim.core.validation.MissingValueException;
import java.util.List;
import java.util.Optional;

/**
 * What a name as a Dinas writes it names in the register ({@link RegionRegister#resolve}): exactly one
 * region ({@link Found}), none ({@link NotFound}) or several ({@link Ambiguous}). The register never
 * guesses between candidates: {@code "Tangerang"} in Banten is Kabupaten Tangerang (36.03) or Kota
 * Tangerang (36.71), and the caller must give the code or the kind (REGION-CODE-4).
 *
 * <p>Each outcome explains itself in Indonesian and English ({@link #message(Lang)}); the name as
 * written is shown masked ({@code Mask.inText}), since a field meant for a region may hold anything.
 */
public sealed interface Resolution {

  /** @return the name as it was given */
  String name();

  /** @return the level looked in */
  RegionLevel level();

  /** @return the region looked within, empty for the whole country */
  Optional<Region> within();

  /** @return the region, if exactly one bears the name */
  Optional<Region> found();

  /**
   * @param lang the language
   * @return what the outcome is, naming the candidates (codes and names) of an ambiguous name
   */
  default String message(Lang lang) {
    return RegionTexts.message(this, MissingValueException.requireNonNull(lang, "lang"));
  }

  /**
   * @return the region, if exactly one bears the name
   * @throws RegionNotResolvedException if none or several do; its message is in Indonesian and English
   */
  default Region orElseThrow() {
    return found().orElseThrow(() -> new RegionNotResolvedException(this));
  }

  /**
   * Exactly one region bears the name.
   *
   * @param name the name as given
   * @param level the level looked in
   * @param within the region looked within, empty for the whole country
   * @param region the region found
   */
  record Found(String name, RegionLevel level, Optional<Region> within, Region region) implements Resolution {
    /** Checks that no component is null. */
    public Found {
      Outcomes.require(name, level, within);
      MissingValueException.requireNonNull(region, "region");
    }

    @Override
    public Optional<Region> found() {
      return Optional.of(region);
    }
  }

  /**
   * No region of the level bears the name there.
   *
   * @param name the name as given
   * @param level the level looked in
   * @param within the region looked within, empty for the whole country
   */
  record NotFound(String name, RegionLevel level, Optional<Region> within) implements Resolution {
    /** Checks that no component is null. */
    public NotFound {
      Outcomes.require(name, level, within);
    }

    @Override
    public Optional<Region> found() {
      return Optional.empty();
    }
  }

  /**
   * Two or more regions of the level bear the name there; none is chosen.
   *
   * @param name the name as given
   * @param level the level looked in
   * @param within the region looked within, empty for the whole country
   * @param candidates every region bearing the name, in code order (at least two)
   */
  record Ambiguous(String name, RegionLevel level, Optional<Region> within, List<Region> candidates)
      implements Resolution {
    /** Checks that no component is null and that there are at least two candidates; copies them. */
    public Ambiguous {
      Outcomes.require(name, level, within);
      candidates = List.copyOf(MissingValueException.requireNonNull(candidates, "candidates"));
      if (candidates.size() < 2) {
        throw new IllegalArgumentException("candidates: an ambiguous name has at least two, got " + candidates);
      }
    }

    @Override
    public Optional<Region> found() {
      return Optional.empty();
    }
  }
}
