package id.kim.rules.mapping.profiling;

import id.kim.core.community.CommunityNumber;
import id.kim.core.community.KimProfile;
import id.kim.core.region.Village;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * Which KIM a mapping result is about: its identity within one Dinas' mapping.
 *
 * <p>A registered KIM is identified by its Nomor Induk Komunitas (PROFILE-c) and the regency/city
 * that issued it — the number is unique per issuer (GAP-12). A KIM not yet registered — the census
 * includes it (MAP-A-1) — is identified by its name (PROFILE-a) and seat (PROFILE-f, -g). Both are
 * compared without regard to case or repeated spaces.
 *
 * <p>Refs are totally ordered (the final tie-breaker of the priority ranking, PRIORITY-1): registered
 * KIM first, by number (compared as text, the number being opaque, GAP-12) and issuer; then KIM not
 * yet registered, by name and seat. The order agrees with {@code equals}.
 */
@Value.Immutable
public abstract class KimRef implements Comparable<KimRef> {
  private static final char SEPARATOR = '\t';
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** @return the normalised identity, stable across runs; the key that assessments and issue links match on */
  @Value.Parameter
  public abstract String key();

  /** @return the KIM's name as written in the profile, for display */
  @Value.Parameter
  @Value.Auxiliary
  public abstract String name();

  /** @return the Nomor Induk Komunitas as written, when registered */
  @Value.Parameter
  @Value.Auxiliary
  public abstract Optional<String> number();

  /**
   * @param profile a Tabel 3.1 profile
   * @return the ref of the KIM it describes
   */
  public static KimRef of(KimProfile profile) {
    Optional<CommunityNumber> number = profile.communityNumber();
    String key = number
        .map(n -> "R" + SEPARATOR + normal(n.value()).toUpperCase(Locale.ROOT) + SEPARATOR
            + normal(n.issuedBy().fullName() + " " + n.issuedBy().province().name()))
        .orElseGet(() -> "U" + SEPARATOR + normal(profile.name()) + SEPARATOR
            + profile.seat().map(KimRef::seatKey).orElse(""));
    return ImmutableKimRef.of(key, profile.name(), number.map(CommunityNumber::value));
  }

  /** @return true if the KIM has a Nomor Induk Komunitas */
  public boolean isRegistered() {
    return key().charAt(0) == 'R';
  }

  @Override
  public int compareTo(KimRef other) {
    return key().compareTo(other.key());
  }

  private static String seatKey(Village v) {
    return normal(v.name()) + SEPARATOR + normal(v.district().name());
  }

  private static String normal(String text) {
    return SPACES.matcher(text.trim().toLowerCase(Locale.ROOT)).replaceAll(" ");
  }

  /** @return e.g. {@code "KIM Gumbrih (KIM/5101/0007)"} */
  @Override
  public String toString() {
    return name() + number().map(n -> " (" + n + ")").orElse("");
  }
}
