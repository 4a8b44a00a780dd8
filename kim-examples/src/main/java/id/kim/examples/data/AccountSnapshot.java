package id.kim.examples.data;

import id.kim.core.media.Platform;
import java.time.LocalDate;
import org.immutables.value.Value;

/** The followers of a KIM's social-media account on a day (Tabel 5.1 Output example). Provisional. */
@Value.Immutable
public abstract class AccountSnapshot {

  /** @return the KIM's name */
  public abstract String kim();

  /** @return the platform */
  public abstract Platform platform();

  /** @return the day counted */
  public abstract LocalDate observedOn();

  /** @return followers that day */
  public abstract long followers();

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AccountSnapshot}. */
  public static final class Builder extends ImmutableAccountSnapshot.Builder {}
}
