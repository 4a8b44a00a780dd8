package id.kim.cli;

import id.kim.core.agency.Dinas;
import id.kim.core.i18n.Lang;
import id.kim.rules.eligibility.EligibilityFacts;

/**
 * Only a Dinas Kominfo Kabupaten/Kota that names its regency or city decides whether a KIM may enter
 * the mapping or partner with it (ARCH-4, MAP-RULE-a; RULES.md GAP-45, GAP-50). A command that asks for
 * such a decision on behalf of a provincial Dinas is bad input (exit 2, one line), not an internal error.
 * Which Dinas decides is {@link EligibilityFacts#isDecidingDinas}'s answer, the same the rules apply.
 */
final class DecidingDinas {
  private DecidingDinas() {}

  /** @throws CliFailure with exit 2 if the Dinas may not decide */
  static void require(Dinas dinas, Lang lang) {
    if (!EligibilityFacts.isDecidingDinas(dinas)) {
      throw CliFailure.badInput(Texts.get(lang, "cli.notDecidingDinas", dinas.name()));
    }
  }
}
