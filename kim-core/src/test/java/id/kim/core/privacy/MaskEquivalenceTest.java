package id.kim.core.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Masking without regular expressions gives exactly what the earlier regex-based masking gave
 * (GAP-49 masks unchanged): the reference implementations below are the former code, compared on
 * texts mixing letters, digits, every {@code \s} separator, other whitespace and control characters,
 * and characters outside the BMP.
 */
class MaskEquivalenceTest {
  private static final String[] PIECES = {"S", "iti", "a", "Ž", "é", "0", "8", "12", "+", "-", "(", ")", ".", " ",
      "  ", "\t", "\n", "\u000B", "\f", "\r", "\u001C", "\u0001", "\u00A0", "\u2003", "\uD83D\uDE00", "\uD800",
      "Jl.", "jl", "Gg.", "GANG", "dusun", "Melati", "No.", "5", "@", ""};

  private static Gen<String> texts() {
    return lists().of(integers().between(0, PIECES.length - 1)).ofSizeBetween(0, 12)
        .map(ix -> {
          StringBuilder out = new StringBuilder();
          ix.forEach(i -> out.append(PIECES[i]));
          return out.toString();
        });
  }

  @Test
  @DisplayName("Mask.name equals the regex-based masking for any text")
  void nameUnchanged() {
    qt().withExamples(5_000).forAll(texts()).checkAssert(t -> assertEquals(referenceName(t), Mask.name(t)));
  }

  @Test
  @DisplayName("Mask.phone equals the regex-based masking for any text")
  void phoneUnchanged() {
    qt().withExamples(5_000).forAll(texts()).checkAssert(t -> assertEquals(referencePhone(t), Mask.phone(t)));
  }

  @Test
  @DisplayName("Mask.street equals the regex-based masking for any text")
  void streetUnchanged() {
    qt().withExamples(5_000).forAll(texts()).checkAssert(t -> assertEquals(referenceStreet(t), Mask.street(t)));
  }

  private static String referenceName(String name) {
    StringBuilder out = new StringBuilder();
    for (String word : name.trim().split("\\s+")) {
      if (word.isEmpty()) {
        continue;
      }
      if (out.length() > 0) {
        out.append(' ');
      }
      out.appendCodePoint(word.codePointAt(0)).append("***");
    }
    return out.length() == 0 ? "***" : out.toString();
  }

  private static String referencePhone(String phone) {
    String digits = phone.replaceAll("[^0-9+]", "");
    if (digits.length() <= 6) {
      return "***";
    }
    return digits.substring(0, 4) + "*".repeat(digits.length() - 6) + digits.substring(digits.length() - 2);
  }

  private static final Set<String> STREET_WORDS =
      Set.of("jl.", "jl", "jalan", "gg.", "gg", "gang", "lorong", "komplek", "kompleks", "perum", "dusun");

  private static String referenceStreet(String street) {
    String[] words = street.trim().split("\\s+");
    if (words.length > 0 && STREET_WORDS.contains(words[0].toLowerCase(Locale.ROOT))) {
      return words[0] + " ***";
    }
    return "***";
  }
}
