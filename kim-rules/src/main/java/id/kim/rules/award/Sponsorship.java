package id.kim.rules.award;

import org.immutables.value.Value;

/**
 * Private support for an award or competition (AWARD-SPONSOR): "pihak mitra juga dapat bekerja sama
 * dengan pihak lain (swasta) untuk memperoleh dukungan sepanjang hal tersebut tidak bertentangan dengan
 * kebijakan Pemerintah Daerah dan peraturan yang berlaku". Whether it complies is the Dinas' recorded
 * judgement; a support that does not comply cannot be attached to an award.
 */
@Value.Immutable
public abstract class Sponsorship {

  /** @return the private party, e.g. "Bank Daerah" */
  @Value.Parameter
  public abstract String sponsor();

  /** @return who arranged it (GAP-35) */
  @Value.Parameter
  public abstract SponsorArranger arrangedBy();

  /** @return what is given, e.g. "hadiah peralatan kamera" */
  @Value.Parameter
  public abstract String support();

  /** @return true if the Dinas found it consistent with regional policy and regulations */
  @Value.Parameter
  public abstract boolean compliant();

  /**
   * @param sponsor the private party
   * @param arrangedBy who arranged it
   * @param support what is given
   * @param compliant the Dinas' judgement of compliance
   * @return the sponsorship
   */
  public static Sponsorship of(String sponsor, SponsorArranger arrangedBy, String support, boolean compliant) {
    return ImmutableSponsorship.of(sponsor, arrangedBy, support, compliant);
  }
}
