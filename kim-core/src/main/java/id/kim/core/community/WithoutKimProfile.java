package id.kim.core.community;

import id.kim.core.contact.ContactPerson;
import id.kim.core.contact.EmailAddress;
import id.kim.core.contact.PhoneNumber;
import id.kim.core.region.Address;
import id.kim.core.region.Village;
import java.util.Optional;

/**
 * Clearing an optional field of a {@link KimProfile} (Tabel 3.1) — "not recorded" — in one call:
 * {@code profile.withoutWhatsapp()} instead of {@code profile.withWhatsapp(Optional.empty())}. Each
 * {@code without…} method returns a copy with that one field empty and every other field as it was; the copy
 * is checked like any other profile. Immutables generates no such methods (its {@code Value.Style} names only
 * {@code with…}, and {@code unset…} for modifiable companions), so they are written here once, over the
 * generated {@code with…(Optional)} methods.
 */
public interface WithoutKimProfile {

  /**
   * The generated copy method of {@code ImmutableKimProfile}.
   *
   * @param optional the value, empty to clear
   * @return a copy with that value
   */
  KimProfile withType(Optional<? extends KimType> optional);

  /**
   * The generated copy method.
   *
   * @param optional the value, empty to clear
   * @return a copy with that value
   */
  KimProfile withCommunityNumber(Optional<? extends CommunityNumber> optional);

  /**
   * The generated copy method.
   *
   * @param optional the value, empty to clear
   * @return a copy with that value
   */
  KimProfile withContactPerson(Optional<? extends ContactPerson> optional);

  /**
   * The generated copy method.
   *
   * @param optional the value, empty to clear
   * @return a copy with that value
   */
  KimProfile withAddress(Optional<? extends Address> optional);

  /**
   * The generated copy method.
   *
   * @param optional the value, empty to clear
   * @return a copy with that value
   */
  KimProfile withSeat(Optional<? extends Village> optional);

  /**
   * The generated copy method.
   *
   * @param optional the value, empty to clear
   * @return a copy with that value
   */
  KimProfile withFixedLine(Optional<? extends PhoneNumber> optional);

  /**
   * The generated copy method.
   *
   * @param optional the value, empty to clear
   * @return a copy with that value
   */
  KimProfile withWhatsapp(Optional<? extends PhoneNumber> optional);

  /**
   * The generated copy method.
   *
   * @param optional the value, empty to clear
   * @return a copy with that value
   */
  KimProfile withEmail(Optional<? extends EmailAddress> optional);

  /**
   * The generated copy method.
   *
   * @param optional the value, empty to clear
   * @return a copy with that value
   */
  KimProfile withTargetAudience(Optional<? extends TargetAudience> optional);

  /**
   * The generated copy method.
   *
   * @param optional the value, empty to clear
   * @return a copy with that value
   */
  KimProfile withFrequency(Optional<? extends Frequency> optional);

  /** @return a copy without the type of KIM (PROFILE-b) */
  default KimProfile withoutType() {
    return withType(Optional.empty());
  }

  /** @return a copy without the Nomor Induk Komunitas (PROFILE-c) */
  default KimProfile withoutCommunityNumber() {
    return withCommunityNumber(Optional.empty());
  }

  /** @return a copy without the chair or contact person (PROFILE-d) */
  default KimProfile withoutContactPerson() {
    return withContactPerson(Optional.empty());
  }

  /** @return a copy without the street address (PROFILE-e) */
  default KimProfile withoutAddress() {
    return withAddress(Optional.empty());
  }

  /** @return a copy without the seat, the kelurahan/desa (PROFILE-f..h) */
  default KimProfile withoutSeat() {
    return withSeat(Optional.empty());
  }

  /** @return a copy without the fixed line (PROFILE-i) */
  default KimProfile withoutFixedLine() {
    return withFixedLine(Optional.empty());
  }

  /** @return a copy without the WhatsApp number (PROFILE-i) */
  default KimProfile withoutWhatsapp() {
    return withWhatsapp(Optional.empty());
  }

  /** @return a copy without the e-mail address (PROFILE-j) */
  default KimProfile withoutEmail() {
    return withEmail(Optional.empty());
  }

  /** @return a copy without the target audience (PROFILE-k) */
  default KimProfile withoutTargetAudience() {
    return withTargetAudience(Optional.empty());
  }

  /** @return a copy without the frequency of activities (PROFILE-p) */
  default KimProfile withoutFrequency() {
    return withFrequency(Optional.empty());
  }
}
