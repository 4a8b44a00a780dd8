package id.kim.regions;

import id.kim.core.i18n.Bundles;
import id.kim.core.i18n.Lang;
import id.kim.core.privacy.Mask;
import id.kim.core.region.RegionLevel;
import java.util.stream.Collectors;

/** The texts of {@link Resolution}, from {@code id/kim/regions/Messages*.properties}. */
final class RegionTexts {
  static final String BUNDLE = "id.kim.regions.Messages";

  private RegionTexts() {}

  static String message(Resolution resolution, Lang lang) {
    String name = Mask.inText(resolution.name());
    String level = level(resolution.level(), lang);
    String where = resolution.within().map(w -> w.name() + " (" + w.code() + ")")
        .orElseGet(() -> Bundles.format(BUNDLE, "resolve.everywhere", lang));
    if (resolution instanceof Resolution.Found found) {
      return Bundles.format(BUNDLE, "resolve.found", lang, name, level, where, found.region().toString());
    }
    if (resolution instanceof Resolution.Ambiguous ambiguous) {
      String candidates = ambiguous.candidates().stream().map(Region::toString).collect(Collectors.joining("; "));
      String text = Bundles.format(BUNDLE, "resolve.ambiguous", lang, name, level, where, candidates);
      return resolution.level() == RegionLevel.REGENCY_CITY
          ? text + " " + Bundles.format(BUNDLE, "resolve.ambiguous.kind", lang)
          : text;
    }
    return Bundles.format(BUNDLE, "resolve.notFound", lang, name, level, where);
  }

  static String level(RegionLevel level, Lang lang) {
    return Bundles.format(BUNDLE, "level." + level.name(), lang);
  }
}
