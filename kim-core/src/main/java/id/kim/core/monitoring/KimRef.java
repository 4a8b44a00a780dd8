package id.kim.core.monitoring;

import id.kim.core.community.CommunityNumber;
import id.kim.core.community.KimProfile;
import id.kim.core.validation.MissingValueException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Comparator;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Which KIM a monitoring record is about: its name (Nama kelompok, MONITOR-COL-0 of Tabel 5.2;
 * "Nama KIM", SOCIAL-HEAD-0 of Tabel 5.3) and, once registered, its Nomor Induk Komunitas.
 * Two references are the same KIM exactly when name and number are equal.
 */
@Value.Immutable
public abstract class KimRef implements WithKimRef {

  /**
   * A total order for reports and tie-breaks: by name ({@link String#compareTo}, i.e. UTF-16 code
   * units), then KIMs without a number first, then by the number's value and its issuing
   * regency/city.
   */
  public static final Comparator<KimRef> ORDER = Comparator.comparing(KimRef::name)
      .thenComparing(r -> r.communityNumber().map(n -> n.value() + "\u0000" + n.issuedBy().fullName()).orElse(""));

  /** @return the KIM's name, e.g. {@code "KIM Gumbrih"} */
  @Value.Parameter
  @NotBlank(message = "{kim.text.blank}")
  @Size(max = 150, message = "{kim.text.tooLong}")
  public abstract String name();

  /** @return the Nomor Induk Komunitas, when the KIM has one (PARTNER-LEGAL-2) */
  public abstract Optional<@Valid CommunityNumber> communityNumber();

  /**
   * @param name the KIM's name
   * @return a reference by name only
   */
  public static KimRef of(String name) {
    return ImmutableKimRef.of(name);
  }

  /**
   * @param name the KIM's name
   * @param number its Nomor Induk Komunitas
   * @return a reference by name and number
   */
  public static KimRef of(String name, CommunityNumber number) {
    MissingValueException.requireNonNull(number, "number");
    return ImmutableKimRef.of(name).withCommunityNumber(number);
  }

  /**
   * @param profile a Tabel 3.1 profile
   * @return a reference with the profile's name (PROFILE-a) and number (PROFILE-c)
   */
  public static KimRef from(KimProfile profile) {
    MissingValueException.requireNonNull(profile, "profile");
    return ImmutableKimRef.of(profile.name()).withCommunityNumber(profile.communityNumber());
  }

  @Override
  public String toString() {
    return name() + communityNumber().map(n -> " (" + n.value() + ")").orElse("");
  }
}
