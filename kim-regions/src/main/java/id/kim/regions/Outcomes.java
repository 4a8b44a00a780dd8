package id.kim.regions;

import id.kim.core.region.RegionLevel;
import id.kim.core.validation.MissingValueException;
import java.util.Optional;

/** The checks every {@link Resolution} makes of its common components. */
final class Outcomes {
  private Outcomes() {}

  static void require(String name, RegionLevel level, Optional<Region> within) {
    MissingValueException.requireNonNull(name, "name");
    MissingValueException.requireNonNull(level, "level");
    MissingValueException.requireNonNull(within, "within");
  }
}
