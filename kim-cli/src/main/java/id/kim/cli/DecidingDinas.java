package id.kim.cli;

import id.kim.core.agency.Dinas;
import id.kim.core.agency.DinasLevel;
import id.kim.core.i18n.Lang;

/**
 * Only a Dinas Kominfo Kabupaten/Kota that names its regency or city decides whether a KIM may enter
 * the mapping or partner with it (ARCH-4, MAP-RULE-a; RULES.md GAP-45, GAP-50). A command that asks for
 * such a decision on behalf of a provincial Dinas is bad input (exit 2, one line), not an internal error.
 */
final class DecidingDinas {
  private DecidingDinas() {}

  /** @return true if this Dinas may decide mapping entry and partnership */
  static boolean decides(Dinas dinas) {
    return dinas.level() == DinasLevel.REGENCY_CITY && dinas.regencyCity().isPresent();
  }

  /** @throws CliFailure with exit 2 if the Dinas may not decide */
  static void require(Dinas dinas, Lang lang) {
    if (!decides(dinas)) {
      throw CliFailure.badInput(Texts.get(lang, "cli.notDecidingDinas", dinas.name()));
    }
  }
}
