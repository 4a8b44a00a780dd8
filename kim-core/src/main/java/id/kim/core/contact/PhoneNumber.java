package id.kim.core.contact;

import id.kim.core.privacy.Mask;
import id.kim.core.privacy.PersonalData;
import id.kim.core.validation.constraints.IndonesianPhoneNumber;
import id.kim.core.validation.constraints.IndonesianPhoneNumberValidator;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A telephone number (nomor telepon, PROFILE-i): the secretariat's fixed line or the contact
 * person's number reachable via WhatsApp. Stored as written; {@link #e164()} gives the normalised
 * international form. Accepted forms: {@code 0812-0000-0000}, {@code +62 812 0000 0000},
 * {@code 62812…}, {@code (0361) 000000}. Personal data: {@code toString} masks the middle digits.
 *
 * <p>Whether a number is a valid Indonesian number is a Bean Validation constraint
 * ({@link IndonesianPhoneNumber}), so that a whole profile can be checked at once and every
 * problem reported; whether it is a mobile number usable for WhatsApp is the constraint
 * {@link MobileNumber} on the profile's WhatsApp field.
 */
@Value.Immutable
public abstract class PhoneNumber implements PersonalData {
  /** @return the number as written */
  @Value.Parameter
  @IndonesianPhoneNumber
  public abstract String value();

  /**
   * @param value the number as written
   * @return the number
   */
  public static PhoneNumber of(String value) {
    return ImmutablePhoneNumber.of(value);
  }

  /**
   * @return the national significant number (without {@code +62} or trunk {@code 0}), if the
   *     value is a well-formed Indonesian number
   */
  public Optional<String> nationalNumber() {
    return IndonesianPhoneNumberValidator.nationalNumber(value());
  }

  /** @return the number in E.164 form, e.g. {@code +6281200000000}, if well-formed */
  public Optional<String> e164() {
    return nationalNumber().map(n -> "+62" + n);
  }

  /** @return true if this is a mobile number (national number starting with 8) */
  public boolean isMobile() {
    return nationalNumber().map(n -> n.charAt(0) == '8' && n.length() >= 9).orElse(false);
  }

  /** @return the number with its middle digits masked; computed once per number (values are immutable) */
  @Override
  @Value.Lazy
  public String masked() {
    return Mask.phone(value());
  }

  @Override
  public String toString() {
    return "PhoneNumber[" + masked() + "]";
  }
}
