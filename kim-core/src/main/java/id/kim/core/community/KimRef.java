package id.kim.core.community;

import id.kim.core.region.Village;
import id.kim.core.validation.MissingValueException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Which KIM a record, a result or a monitoring row is about — the one reference to a KIM across the
 * SDK (mapping, monitoring, evaluation, awards).
 *
 * <p><b>Identity</b> (RULES.md GAP-12, PROPOSED): a registered KIM is identified by its Nomor Induk
 * Komunitas (PROFILE-c) together with the regency/city that issued it — the number is opaque and
 * unique only per issuer; a KIM not yet registered (the census includes it, MAP-A-1) is identified by
 * its name (PROFILE-a) and seat (kelurahan/desa and kecamatan, PROFILE-f/-g), or by its name alone
 * when no seat is known. Names, numbers and places are compared without regard to case or repeated
 * spaces. {@link #key()} is that identity as text; {@code equals} and {@code hashCode} compare the key
 * only, so the name written in a log row need not match the profile letter for letter once the KIM is
 * registered.
 *
 * <p><b>Order</b>: the natural order ({@link #compareTo}) is a total order consistent with
 * {@code equals} — registered KIM first, by number (compared as text) and issuer, then KIM not yet
 * registered, by name and seat. It is the final tie-breaker of the mapping's priority ranking
 * (PRIORITY-1). {@link #BY_NAME} orders for reading: by name, then KIM without number first, then by
 * the natural order.
 *
 * <pre>{@code
 * KimRef kim = KimRef.from(profile);                         // name, number and seat of Tabel 3.1
 * KimRef logged = KimRef.of("KIM Gumbrih", number);          // as a Tabel 5.2 row names it
 * kim.equals(logged);                                        // true: the same registered KIM
 * }</pre>
 */
@Value.Immutable
public abstract class KimRef implements Comparable<KimRef>, WithKimRef {
  /**
   * A total order for reading: by name ({@link String#compareTo}), then KIM without a Nomor Induk
   * Komunitas first, then by the natural order.
   */
  public static final Comparator<KimRef> BY_NAME = Comparator.comparing(KimRef::name)
      .thenComparing(KimRef::isRegistered).thenComparing(Comparator.naturalOrder());

  private static final char SEPARATOR = '\t';

  /**
   * @return the KIM's name as written (PROFILE-a), e.g. {@code "KIM Gumbrih"}; part of the identity only before
   * registration
   */
  @Value.Auxiliary
  @NotBlank(message = "{kim.text.blank}")
  @Size(max = 150, message = "{kim.text.tooLong}")
  public abstract String name();

  /** @return the Nomor Induk Komunitas (PROFILE-c, PARTNER-LEGAL-2), once registered */
  @Value.Auxiliary
  public abstract Optional<@Valid CommunityNumber> communityNumber();

  /** @return the seat (PROFILE-f, -g), when known; part of the identity only before registration */
  @Value.Auxiliary
  public abstract Optional<@Valid Village> seat();

  /**
   * @return the identity as normalised text, stable across runs: {@code R}, number and issuer for a
   *     registered KIM; {@code U}, name and seat otherwise
   */
  @Value.Derived
  public String key() {
    return communityNumber()
        .map(n -> "R" + SEPARATOR + normal(n.value()).toUpperCase(Locale.ROOT) + SEPARATOR
            + normal(n.issuedBy().fullName() + " " + n.issuedBy().province().name()))
        .orElseGet(() -> "U" + SEPARATOR + normal(name()) + SEPARATOR
            + seat().map(v -> normal(v.name()) + SEPARATOR + normal(v.district().name())).orElse(""));
  }

  /**
   * @param name the KIM's name
   * @return a reference by name only (a KIM not registered, seat unknown)
   */
  public static KimRef of(String name) {
    return ImmutableKimRef.builder().name(name).build();
  }

  /**
   * @param name the KIM's name
   * @param number its Nomor Induk Komunitas
   * @return a reference to a registered KIM
   */
  public static KimRef of(String name, CommunityNumber number) {
    MissingValueException.requireNonNull(number, "number");
    return ImmutableKimRef.builder().name(name).communityNumber(number).build();
  }

  /**
   * @param name the KIM's name
   * @param seat its seat (kelurahan/desa)
   * @return a reference to a KIM not registered, by name and seat
   */
  public static KimRef of(String name, Village seat) {
    MissingValueException.requireNonNull(seat, "seat");
    return ImmutableKimRef.builder().name(name).seat(seat).build();
  }

  /**
   * @param profile a Tabel 3.1 profile
   * @return the reference of the KIM it describes: its name (PROFILE-a), number (PROFILE-c) and seat
   */
  public static KimRef from(KimProfile profile) {
    MissingValueException.requireNonNull(profile, "profile");
    return ImmutableKimRef.builder().name(profile.name()).communityNumber(profile.communityNumber())
        .seat(profile.seat()).build();
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return true if the KIM has a Nomor Induk Komunitas */
  public boolean isRegistered() {
    return communityNumber().isPresent();
  }

  @Override
  public int compareTo(KimRef other) {
    return key().compareTo(other.key());
  }

  /**
   * @return the text trimmed, in lower case, each run of whitespace ({@code \s}: space, tab, line
   *     breaks, vertical tab, form feed) as one space — what {@code \s+ → " "} gives, without a
   *     regular expression: identities are built for every KIM of a register
   */
  static String normal(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    StringBuilder out = null;
    int n = t.length();
    for (int i = 0; i < n; i++) {
      char c = t.charAt(i);
      if (isSpace(c)) {
        int end = i + 1;
        while (end < n && isSpace(t.charAt(end))) {
          end++;
        }
        if (out == null && (c != ' ' || end > i + 1)) {
          out = new StringBuilder(n).append(t, 0, i);
        }
        if (out != null) {
          out.append(' ');
        }
        i = end - 1;
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? t : out.toString();
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** @return e.g. {@code "KIM Gumbrih (KIM/5101/0007)"} — a KIM's name is not personal data */
  @Override
  public String toString() {
    return name() + communityNumber().map(n -> " (" + n.printable() + ")").orElse("");
  }

  /** Builds a {@link KimRef}. */
  public static final class Builder extends ImmutableKimRef.Builder {}
}
