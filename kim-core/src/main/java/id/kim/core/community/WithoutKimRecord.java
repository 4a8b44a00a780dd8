package id.kim.core.community;

import id.kim.core.document.AdministrativeDeclaration;
import id.kim.core.document.DissolutionNotice;
import id.kim.core.document.VillageDecree;
import id.kim.core.organisation.Board;
import java.util.Optional;

/**
 * Clearing an optional document of a {@link KimRecord} — "not recorded" — in one call:
 * {@code record.withoutDecree()} instead of {@code record.withDecree(Optional.empty())}. Each {@code without…}
 * method returns a copy with that one field empty and everything else as it was. Immutables generates no such
 * methods, so they are written here once, over the generated {@code with…(Optional)} methods (see
 * {@link WithoutKimProfile}).
 */
public interface WithoutKimRecord {

  /**
   * The generated copy method of {@code ImmutableKimRecord}.
   *
   * @param optional the value, empty to clear
   * @return a copy with that value
   */
  KimRecord withDecree(Optional<? extends VillageDecree> optional);

  /**
   * The generated copy method.
   *
   * @param optional the value, empty to clear
   * @return a copy with that value
   */
  KimRecord withBoard(Optional<? extends Board> optional);

  /**
   * The generated copy method.
   *
   * @param optional the value, empty to clear
   * @return a copy with that value
   */
  KimRecord withDeclaration(Optional<? extends AdministrativeDeclaration> optional);

  /**
   * The generated copy method.
   *
   * @param optional the value, empty to clear
   * @return a copy with that value
   */
  KimRecord withDissolution(Optional<? extends DissolutionNotice> optional);

  /**
   * The generated copy method.
   *
   * @param optional the value, empty to clear
   * @return a copy with that value
   */
  KimRecord withLegacyOrigin(Optional<? extends LegacyStakeholderCategory> optional);

  /** @return a copy without the village head's decree (MAP-ENTRY-3, PARTNER-LEGAL-1) */
  default KimRecord withoutDecree() {
    return withDecree(Optional.empty());
  }

  /** @return a copy without the board composition (MAP-ENTRY-4, PARTNER-LEGAL-3) */
  default KimRecord withoutBoard() {
    return withBoard(Optional.empty());
  }

  /** @return a copy without the signed declaration (PARTNER-ADMIN-DECL) */
  default KimRecord withoutDeclaration() {
    return withDeclaration(Optional.empty());
  }

  /** @return a copy without the notice of dissolution (TERM-7) */
  default KimRecord withoutDissolution() {
    return withDissolution(Optional.empty());
  }

  /** @return a copy without the PM Kominfo 8/2019 origin (LEGACY-RULE-a..d) */
  default KimRecord withoutLegacyOrigin() {
    return withLegacyOrigin(Optional.empty());
  }
}
