package id.kim.cli;

import id.kim.core.region.RegionDirectory;
import id.kim.regions.RegionRegister;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * {@code --regions bundled|none}: the register the Kemendagri region codes (kode wilayah) of the data are
 * checked against. {@code bundled} (the default): kim-regions' published register (idn-area-data 4.0.1) — the
 * Tabel 3.1 import checks and fills codes and names (REGION-CODE-2..4), the Dinas and each record are checked
 * when validated. {@code none}: no register; a code's level and nesting (REGION-CODE-1, -3) are still checked.
 */
final class RegionsOption {
  /** The registers a command can check against. */
  enum Regions { bundled, none }

  @Option(names = "--regions", paramLabel = "bundled|none",
      description = "Check region codes against the bundled Kemendagri register (REGION-CODE-2, -4) or against "
          + "none (default: ${DEFAULT-VALUE}).")
  Regions regions = Regions.bundled;

  /** @return the register, or empty for none */
  Optional<RegionDirectory> directory() {
    return regions == Regions.bundled ? Optional.of(RegionRegister.bundled()) : Optional.empty();
  }
}
