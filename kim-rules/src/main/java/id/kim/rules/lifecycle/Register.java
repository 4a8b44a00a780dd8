package id.kim.rules.lifecycle;

import id.kim.core.agency.Officer;
import id.kim.core.community.CommunityNumber;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * T1 — registration and institutional verification by the regency/city Dinas ("registasi dan
 * verifikasi kelembagaan KIM", ARCH-4): the KIM receives its Nomor Induk Komunitas, which must be
 * issued by the Dinas' own regency/city (PARTNER-LEGAL-2, INV-2).
 */
@Value.Immutable
public abstract class Register extends LifecycleEvent {

  Register() {}

  /** @return the Nomor Induk Komunitas issued */
  public abstract CommunityNumber communityNumber();

  @Override
  public final EventKind kind() {
    return EventKind.REGISTER;
  }

  /**
   * @param by the officer
   * @param on the day
   * @param communityNumber the number issued
   * @return the event
   */
  public static Register of(Officer by, LocalDate on, CommunityNumber communityNumber) {
    return builder().by(by).on(on).communityNumber(communityNumber).build();
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  String details() {
    return communityNumber().printable();
  }

  @Override
  public final String toString() {
    return super.toString();
  }

  /** Builds a {@link Register}. */
  public static final class Builder extends ImmutableRegister.Builder {}
}
