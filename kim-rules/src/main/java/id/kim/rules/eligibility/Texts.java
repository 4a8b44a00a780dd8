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
    return sameText(a.value(), b.value());
  }

  /**
   * @return {@code normalise(a).equals(normalise(b))}, compared word by word without building the
   *     normalised texts when both are ASCII (names and villages almost always are)
   */
  static boolean sameText(String a, String b) {
    if (a.equals(b)) {
      return true; // the usual case: the same name written the same way
    }
    if (!isAscii(a) || !isAscii(b)) {
      return normalise(a).equals(normalise(b));
    }
    int i = 0;
    int j = 0;
    while (true) {
      i = skipWhitespace(a, i);
      j = skipWhitespace(b, j);
      if (i == a.length() || j == b.length()) {
        return i == a.length() && j == b.length();
      }
      while (i < a.length() && j < b.length() && !Character.isWhitespace(a.charAt(i))
          && !Character.isWhitespace(b.charAt(j))) {
        if (asciiUpper(a.charAt(i++)) != asciiUpper(b.charAt(j++))) {
          return false;
        }
      }
      boolean wordEndA = i == a.length() || Character.isWhitespace(a.charAt(i));
      boolean wordEndB = j == b.length() || Character.isWhitespace(b.charAt(j));
      if (!wordEndA || !wordEndB) {
        return false;
      }
    }
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static int skipWhitespace(String s, int from) {
    int i = from;
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static char asciiUpper(char c) {
    return c >= 'a' && c <= 'z' ? (char) (c - ('a' - 'A')) : c;
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
        && sameText(a.name(), b.name())
        && sameText(a.district().name(), b.district().name())
        && (a.regencyCity().isEmpty() || b.regencyCity().isEmpty() || a.regencyCity().equals(b.regencyCity()));
  }

  /** @return the value's text, or "-" when absent */
  static String orDash(Optional<?> value) {
    return value.map(String::valueOf).orElse("-");
  }
}
