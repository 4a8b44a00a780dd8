package id.kim.rules.eligibility;

import id.kim.core.contact.PersonName;
import id.kim.core.region.Village;
import io.vavr.collection.Seq;
import java.util.Locale;
import java.util.Optional;

/**
 * Small, allocation-light helpers for evidence and comparisons: masked lists of people in a stable
 * order, names compared as a Dinas officer would (case and spacing ignored), villages compared
 * whether or not Tabel 3.1 field h was recorded. No regular expressions.
 */
final class Texts {
  private Texts() {}

  /** @return the masked names, sorted, joined by "; " — never the raw names */
  static String maskedNames(Seq<PersonName> names) {
    return names.map(PersonName::masked).sorted().mkString("; ");
  }

  /** @return true if two written names denote the same person's name, ignoring case and spacing */
  static boolean sameName(PersonName a, PersonName b) {
    return normalise(a.value()).equals(normalise(b.value()));
  }

  /** @return the text upper-cased (root locale) with runs of whitespace collapsed to one space and trimmed */
  static String normalise(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString().toUpperCase(Locale.ROOT);
  }

  /**
   * @return true if both are the same kelurahan/desa/kampung: same kind, name and district, and the
   *     same regency/city where both record it (Tabel 3.1 field h is optional, RULES.md GAP-22)
   */
  static boolean sameVillage(Village a, Village b) {
    return a.kind() == b.kind()
        && normalise(a.name()).equals(normalise(b.name()))
        && normalise(a.district().name()).equals(normalise(b.district().name()))
        && (a.regencyCity().isEmpty() || b.regencyCity().isEmpty() || a.regencyCity().equals(b.regencyCity()));
  }

  /** @return the value's text, or "-" when absent */
  static String orDash(Optional<?> value) {
    return value.map(String::valueOf).orElse("-");
  }
}
