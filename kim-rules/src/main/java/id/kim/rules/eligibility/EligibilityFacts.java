package id.kim.rules.eligibility;

import static id.kim.core.validation.MissingValueException.requireNonNull;

import id.kim.core.agency.Dinas;
import id.kim.core.agency.DinasLevel;
import id.kim.core.community.KimProfile;
import id.kim.core.community.KimRecord;
import id.kim.core.region.RegencyCity;
import id.kim.core.validation.MissingValueException;
import jakarta.validation.Valid;
import org.immutables.value.Value;

/**
 * What an eligibility rule reads: everything the Dinas holds about one community ({@link KimRecord})
 * and the Dinas Kominfo Kabupaten/Kota that decides. The Dinas matters: a KIM is mapped by the
 * regency/city where it is seated (MAP-RULE-a, MAP-ENTRY-2) and its Nomor Induk Komunitas must be
 * issued by that regency/city (PARTNER-LEGAL-2, ARCH-4).
 *
 * <p>Only a regency/city Dinas decides: the juknis gives provincial Dinas no mapping or partnering
 * role (ARCH-3, ARCH-4; RULES.md GAP-45 — regions without one, GAP-50, are not supported yet).
 */
@Value.Immutable
public abstract class EligibilityFacts {

  /** @return the community's record */
  @Value.Parameter
  @Valid
  public abstract KimRecord record();

  /** @return the deciding Dinas Kominfo Kabupaten/Kota */
  @Value.Parameter
  @Valid
  public abstract Dinas dinas();

  /**
   * @param record the community's record
   * @param dinas the deciding Dinas Kominfo Kabupaten/Kota
   * @return the facts
   * @throws IllegalArgumentException if {@code dinas} is a provincial Dinas
   */
  public static EligibilityFacts of(KimRecord record, Dinas dinas) {
    return ImmutableEligibilityFacts.of(record, dinas);
  }

  /**
   * Whether a Dinas may decide mapping entry and partnership: a Dinas Kominfo Kabupaten/Kota that names its
   * regency/city (ARCH-4, MAP-RULE-a; RULES.md GAP-45, GAP-50). The facts accept no other Dinas.
   *
   * @param dinas a Dinas
   * @return true if it is a regency/city Dinas naming its regency/city
   * @throws MissingValueException if {@code dinas} is null
   */
  public static boolean isDecidingDinas(Dinas dinas) {
    requireNonNull(dinas, "dinas");
    return dinas.level() == DinasLevel.REGENCY_CITY && dinas.regencyCity().isPresent();
  }

  /** A provincial Dinas neither maps nor partners (ARCH-4, MAP-RULE-a). */
  @Value.Check
  protected void check() {
    if (!isDecidingDinas(dinas())) {
      throw new IllegalArgumentException("dinas '" + dinas().name() + "' must be a Dinas Kominfo Kabupaten/Kota "
          + "naming its regency/city: only it maps and partners with KIM (ARCH-4, MAP-RULE-a; RULES.md GAP-45, "
          + "GAP-50)");
    }
  }

  /** @return the regency or city the deciding Dinas serves */
  public RegencyCity area() {
    return dinas().regencyCity().orElseThrow();
  }

  /** @return the community's Tabel 3.1 profile */
  public KimProfile profile() {
    return record().profile();
  }

  /**
   * @return who a decision is about: the name and, once issued, the Nomor Induk Komunitas (sixteen
   *     stars if it has the shape of a population NIK, which is never printed); built once per facts
   *     (every decision names its subject)
   */
  @Value.Lazy
  public String subject() {
    KimProfile p = profile();
    return p.name() + p.communityNumber().map(n -> " (" + n.printable() + ")").orElse("");
  }

  @Override
  public String toString() {
    return "EligibilityFacts[" + subject() + ", " + dinas().name() + "]";
  }
}
