package id.kim.rules.termination;

import id.kim.core.organisation.CivilServantScope;
import io.vavr.collection.Set;
import io.vavr.collection.TreeSet;
import org.immutables.value.Value;

/**
 * Whose acts count for each termination ground where the juknis does not say (RULES.md GAP-03,
 * GAP-04, GAP-05 — all PROPOSED). Defaults, from the literal text:
 * <ul>
 *   <li>TERM-1, TERM-5, TERM-6, TERM-7 concern the KIM itself (its decree, seat, reputation,
 *       existence) — not configurable;</li>
 *   <li>TERM-2 (affiliation): the KIM and its board members (GAP-04);</li>
 *   <li>TERM-3 (became ASN): board members and members ({@link CivilServantScope#BOARD_AND_MEMBERS}, GAP-03);</li>
 *   <li>TERM-4 (unlawful activity): the KIM and its board members, mirroring PARTNER-ADMIN-2
 *       (GAP-05).</li>
 * </ul>
 * The policy used is recorded with every lifecycle transition, so a decision can be re-checked.
 */
@Value.Immutable
public abstract class TriggerPolicy {

  /**
   * @return whose new ASN status is a TERM-3 ground; default {@link CivilServantScope#BOARD_AND_MEMBERS},
   *     the text of the termination ground (GAP-03)
   */
  @Value.Default
  public CivilServantScope asn() {
    return CivilServantScope.BOARD_AND_MEMBERS;
  }

  /** @return whose affiliations count for TERM-2; default the KIM and board members */
  @Value.Default
  public Set<TriggerSubject> affiliationScope() {
    return TreeSet.of(TriggerSubject.KIM, TriggerSubject.BOARD_MEMBER);
  }

  /** @return whose involvement counts for TERM-4; default the KIM and board members */
  @Value.Default
  public Set<TriggerSubject> unlawfulActivityScope() {
    return TreeSet.of(TriggerSubject.KIM, TriggerSubject.BOARD_MEMBER);
  }

  /** @return the literal-reading defaults */
  public static TriggerPolicy standard() {
    return Standard.VALUE;
  }

  /** @return a builder, starting from the defaults */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @param trigger a ground
   * @param subject who it is about
   * @return true if the ground counts for that subject under this policy
   */
  public boolean covers(TerminationTrigger trigger, TriggerSubject subject) {
    return switch (trigger) {
      case PARTY_OR_NGO_AFFILIATION -> affiliationScope().contains(subject);
      case BECAME_CIVIL_SERVANT ->
          subject == TriggerSubject.BOARD_MEMBER
              || (subject == TriggerSubject.MEMBER && asn().includesMembers());
      case UNLAWFUL_ACTIVITY -> unlawfulActivityScope().contains(subject);
      default -> subject == TriggerSubject.KIM;
    };
  }

  /** A scope without anyone would silently switch a juknis ground off: refuse it. */
  @Value.Check
  protected void checkScopes() {
    if (affiliationScope().isEmpty()) {
      throw new IllegalArgumentException("affiliationScope must name at least one subject: an empty scope would switch "
          + "TERM-2 off, which the juknis does not allow");
    }
    if (unlawfulActivityScope().isEmpty()) {
      throw new IllegalArgumentException("unlawfulActivityScope must name at least one subject: an empty scope would "
          + "switch TERM-4 off, which the juknis does not allow");
    }
  }

  @Override
  public String toString() {
    return "TriggerPolicy[asn=" + asn() + ", TERM-2=" + affiliationScope().toSortedSet().mkString("+")
        + ", TERM-4=" + unlawfulActivityScope().toSortedSet().mkString("+") + "]";
  }

  /** Builds a {@link TriggerPolicy}; every attribute has a default. */
  public static final class Builder extends ImmutableTriggerPolicy.Builder {}

  /**
   * Holds the standard policy apart, so that loading this class does not load its Immutables subclass
   * (a class initialising its own subclass can deadlock two threads that load both).
   */
  private static final class Standard {
    static final TriggerPolicy VALUE = ImmutableTriggerPolicy.builder().build();
  }
}
