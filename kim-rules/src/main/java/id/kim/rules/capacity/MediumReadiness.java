package id.kim.rules.capacity;

import id.kim.core.media.KimMedium;
import org.immutables.value.Value;

/**
 * The readiness of one medium the KIM manages (CAP-1): its social media, blog, website, outdoor media, face-to-face
 * meetings.
 */
@Value.Immutable
public abstract class MediumReadiness {

  /** @return the medium */
  @Value.Parameter
  public abstract KimMedium medium();

  /** @return how ready it is */
  @Value.Parameter
  public abstract Readiness readiness();

  /**
   * @param medium the medium
   * @param readiness how ready it is
   * @return the assessment of the medium
   */
  public static MediumReadiness of(KimMedium medium, Readiness readiness) {
    return ImmutableMediumReadiness.of(medium, readiness);
  }

  @Override
  public String toString() {
    return medium().platform().label() + medium().name().map(n -> " " + n).orElse("") + ": " + readiness();
  }
}
