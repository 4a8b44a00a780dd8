package id.kim.rules.collaboration.campaign;

import id.kim.core.media.KimMedium;
import org.immutables.value.Value;

/** One medium a campaign's results were disseminated on, and whose medium it is. */
@Value.Immutable
public abstract class DisseminationChannel {

  /** @return the medium, e.g. the KIM's Instagram account or a face-to-face meeting */
  @Value.Parameter
  public abstract KimMedium medium();

  /** @return whether the medium is the KIM's own or its network's */
  @Value.Parameter
  public abstract MediumOwnership ownership();

  /**
   * @param medium a medium the KIM owns or manages
   * @return the channel
   */
  public static DisseminationChannel own(KimMedium medium) {
    return ImmutableDisseminationChannel.of(medium, MediumOwnership.KIM_MANAGED);
  }

  /**
   * @param medium a medium of the community's network (TYPE-B, Gambar 4.2)
   * @return the channel
   */
  public static DisseminationChannel network(KimMedium medium) {
    return ImmutableDisseminationChannel.of(medium, MediumOwnership.NETWORK);
  }

  @Override
  public String toString() {
    return medium().platform().label() + medium().name().map(n -> " " + n).orElse("") + " (" + ownership() + ")";
  }
}
