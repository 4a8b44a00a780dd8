package id.kim.rules.lifecycle;

import id.kim.rules.termination.TriggerPolicy;
import org.immutables.value.Value;

/**
 * The lifecycle's choices where the juknis is silent (all PROPOSED), recorded with every transition
 * so a stored trail replays under the same choices:
 * <ul>
 *   <li>{@link #freshnessDays()} — how many days an eligibility decision stays fresh enough to designate
 *       on (default 30): a designation rests on documents that expire (the SK, PARTNER-LEGAL-1), so an
 *       old decision must be made again (T4; after a termination, GAP-38);</li>
 *   <li>{@link #triggers()} — whose acts count for which termination ground when a review is opened
 *       (GAP-03, GAP-05).</li>
 * </ul>
 */
@Value.Immutable
public abstract class LifecyclePolicy {

  /** @return the largest number of days between an eligibility decision and a designation; default 30 */
  @Value.Default
  public int freshnessDays() {
    return 30;
  }

  /** @return the termination-ground policy; default {@link TriggerPolicy#standard()} */
  @Value.Default
  public TriggerPolicy triggers() {
    return TriggerPolicy.standard();
  }

  /** @return the defaults */
  public static LifecyclePolicy standard() {
    return Standard.VALUE;
  }

  /** @return a builder, starting from the defaults */
  public static Builder builder() {
    return new Builder();
  }

  /** A negative window would make every designation impossible. */
  @Value.Check
  protected void checkFreshness() {
    if (freshnessDays() < 0) {
      throw new IllegalArgumentException("freshnessDays must be 0 or more (days between an eligibility decision and "
          + "the designation), got " + freshnessDays());
    }
  }

  @Override
  public String toString() {
    return "LifecyclePolicy[freshnessDays=" + freshnessDays() + ", " + triggers() + "]";
  }

  /** Builds a {@link LifecyclePolicy}; every attribute has a default. */
  public static final class Builder extends ImmutableLifecyclePolicy.Builder {}

  /**
   * Holds the standard policy apart, so that loading this class does not load its Immutables subclass
   * (a class initialising its own subclass can deadlock two threads that load both).
   */
  private static final class Standard {
    static final LifecyclePolicy VALUE = ImmutableLifecyclePolicy.builder().build();
  }
}
