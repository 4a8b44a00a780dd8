package id.kim.core.community;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The identity key's text normalisation is exactly the regular expression it replaced. */
class KimRefNormalTest {
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final char[] ALPHABET = {' ', ' ', ' ', '\t', '\n', '\u000B', '\f', '\r', '\u0001', '\u00A0',
      '\u2003', 'a', 'B', 'z', 'K', 'I', 'M', '/', '0', '7', 'é', 'İ', 'ẞ'};

  private static Gen<String> texts() {
    return lists().of(integers().between(0, ALPHABET.length - 1)).ofSizeBetween(0, 24).map(indexes -> {
      StringBuilder text = new StringBuilder();
      indexes.forEach(i -> text.append(ALPHABET[i]));
      return text.toString();
    });
  }

  @Test
  @DisplayName("normal(text) = trim, lower case, \\s+ -> one space: the former regex, on texts full of whitespace")
  void sameAsTheRegex() {
    qt().withExamples(20_000).forAll(texts()).checkAssert(text -> assertEquals(
        SPACES.matcher(text.trim().toLowerCase(Locale.ROOT)).replaceAll(" "), KimRef.normal(text),
        () -> "for the code points " + text.codePoints().mapToObj(Integer::toHexString).toList()));
  }
}
