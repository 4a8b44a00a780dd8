package id.kim.regions;

import id.kim.core.i18n.Lang;

/**
 * A name given for a region names none, or more than one, region of the register
 * ({@link Resolution#orElseThrow()}). The message is Indonesian, then English; {@link #resolution()}
 * keeps the outcome with its candidates.
 */
public final class RegionNotResolvedException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final transient Resolution resolution;

  RegionNotResolvedException(Resolution resolution) {
    super(resolution.message(Lang.ID) + " / " + resolution.message(Lang.EN));
    this.resolution = resolution;
  }

  /** @return the outcome: {@link Resolution.NotFound} or {@link Resolution.Ambiguous} */
  public Resolution resolution() {
    return resolution;
  }
}
