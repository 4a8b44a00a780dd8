package id.kim.core.contact;

import id.kim.core.privacy.Mask;
import id.kim.core.privacy.PersonalData;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.immutables.value.Value;

/**
 * An e-mail address (alamat e-mail, PROFILE-j): of the KIM, or of the chair or board member who
 * is the contact person. Personal data: {@code toString} keeps only the first letter and the
 * domain.
 */
@Value.Immutable
public abstract class EmailAddress implements PersonalData {

  /** @return the address as written */
  @Value.Parameter
  @NotBlank(message = "{kim.text.blank}")
  @Size(max = 254, message = "{kim.text.tooLong}")
  @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "{kim.email.invalid}")
  public abstract String value();

  /**
   * @param value the address as written
   * @return the address
   */
  public static EmailAddress of(String value) {
    return ImmutableEmailAddress.of(value);
  }

  @Override
  public String masked() {
    return Mask.email(value());
  }

  @Override
  public String toString() {
    return "EmailAddress[" + masked() + "]";
  }
}
