package id.kim.core.contact;

import id.kim.core.privacy.Mask;
import id.kim.core.privacy.PersonalData;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.immutables.value.Value;

/**
 * The name of a person (nama): a chair or contact person (Ketua KIM/Narahubung, PROFILE-d), a
 * board member or member, an officer. Personal data: {@code toString} shows only initials.
 */
@Value.Immutable
public abstract class PersonName implements PersonalData {

  /** @return the name as written, e.g. {@code "Siti Aminah"} */
  @Value.Parameter
  @NotBlank(message = "{kim.text.blank}")
  @Size(max = 120, message = "{kim.text.tooLong}")
  public abstract String value();

  /**
   * @param value the name as written
   * @return the name
   * @throws id.kim.core.validation.MissingValueException if {@code value} is null
   */
  public static PersonName of(String value) {
    return ImmutablePersonName.of(value);
  }

  /** @return the initials only; computed once per name (values are immutable) */
  @Override
  @Value.Lazy
  public String masked() {
    return Mask.name(value());
  }

  @Override
  public String toString() {
    return "PersonName[" + masked() + "]";
  }
}
