package id.kim.core.community;

import id.kim.core.validation.MissingValueException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A public issue a KIM deals with (Isu-isu publik, PROFILE-n): "isu-isu yang muncul pada huruf m …
 * misal bidang kesehatan, isu publik: Vaksinasi Covid-19".
 */
@Value.Immutable
public abstract class ProfileIssue {

  /** @return the issue, e.g. {@code "Vaksinasi Covid-19"} */
  @Value.Parameter
  @NotBlank(message = "{kim.text.blank}")
  @Size(max = 200, message = "{kim.text.tooLong}")
  public abstract String title();

  /** @return the field (PROFILE-m) the issue arises in, when stated */
  @Value.Parameter
  public abstract Optional<GovernmentAffair> field();

  /**
   * @param title the issue
   * @param field its field of activity
   * @return the issue
   */
  public static ProfileIssue of(String title, GovernmentAffair field) {
    return ImmutableProfileIssue.of(title, Optional.of(MissingValueException.requireNonNull(field, "field")));
  }

  /**
   * @param title the issue
   * @return the issue, field not stated
   */
  public static ProfileIssue of(String title) {
    return ImmutableProfileIssue.of(title, Optional.empty());
  }
}
