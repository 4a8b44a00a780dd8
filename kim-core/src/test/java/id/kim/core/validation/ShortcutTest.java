package id.kim.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import id.kim.core.contact.EmailAddress;
import id.kim.core.media.KimMedium;
import jakarta.validation.Validator;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The regex-free shortcuts of the quick check: the two {@code @Pattern} ones accept exactly what
 * their expressions match, the {@code @Email} one accepts nothing Hibernate Validator rejects, and
 * each is attached to the constraint it stands for. Texts mix letters, digits, every character of
 * {@code \s}, whitespace outside it, the punctuation of addresses and non-ASCII letters.
 */
class ShortcutTest {
  private static final KimValidator KIM = KimValidator.standard();
  private static final String[] PIECES = {"a", "Z", "kim", "desa", "0", "9", ".", "..", "@", "@@", "-", "_", "+",
      "http://", "https://", "http:/", "https:", "s", "id", "go.id", "co", " ", "\t", "\n", "\u000B", "\f", "\r",
      "\u00A0", "\u2003", "é", "ü", "\uD83D\uDE00", "\uD83D", "[", "]", "1.2.3.4", "\"", "!", "#", "%", ",", ":", "/",
      "xn--", "a-b", "-a", "a-", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", ""};

  /** @return {@code min..max} of the pieces (repeats allowed), joined by the separator */
  private static Gen<String> joined(String[] pieces, int min, int max, String separator) {
    return lists().of(integers().between(0, pieces.length - 1)).ofSizeBetween(min, max)
        .map(ix -> ix.stream().map(i -> pieces[i]).collect(java.util.stream.Collectors.joining(separator)));
  }

  private static Gen<String> texts(int maxPieces) {
    return joined(PIECES, 0, maxPieces, "");
  }

  private static final String[] ATOMS = {"a", "Z", "kim", "0", "9", "-", "_", "+", "pengurus", "é", " ", "!", "\"q\"", ""};
  private static final String[] LABELS = {"desa", "id", "go", "a-b", "0", "9z", "jembrana", "-a", "a-", "é", " ", "xn--",
      "[1.2.3.4]", "", "a".repeat(63), "a".repeat(64)};

  /** Plain addresses and near misses: one to four atoms, {@code @}, one to four labels, each joined by dots. */
  private static Gen<String> addresses() {
    return joined(ATOMS, 1, 4, ".").zip(joined(LABELS, 1, 4, "."), (local, domain) -> local + "@" + domain);
  }

  @Test
  @DisplayName("a note that must not be blank: the shortcut accepts exactly what (?s).*\\S.* matches")
  void notBlankIsExact() {
    Pattern regex = Pattern.compile(Shortcut.NOT_BLANK_REGEXP);
    qt().withExamples(20_000).forAll(texts(6)).checkAssert(t ->
        assertEquals(regex.matcher(t).matches(), ShortcutText.hasNonSpace(t, 0), () -> escaped(t)));
  }

  @Test
  @DisplayName("MEDIA-7 web address: the shortcut accepts exactly what https?://[^\\s]+ matches")
  void webAddressIsExact() {
    Pattern regex = Pattern.compile(Shortcut.URL_REGEXP);
    qt().withExamples(20_000).forAll(texts(6)).checkAssert(t ->
        assertEquals(regex.matcher(t).matches(), ShortcutText.isWebAddress(t), () -> escaped(t)));
    assertTrue(ShortcutText.isWebAddress("https://kim.desa.id/berita"));
    assertFalse(ShortcutText.isWebAddress("https://"));
    assertFalse(ShortcutText.isWebAddress("http://kim desa"));
  }

  @Test
  @DisplayName("PROFILE-j e-mail: every address the shortcut accepts, Hibernate Validator accepts too")
  void plainEmailIsAcceptedByTheEngine() {
    int[] accepted = {0};
    qt().withExamples(20_000).forAll(addresses()).checkAssert(t -> {
      if (ShortcutText.isPlainEmail(t)) {
        accepted[0]++;
        assertEquals(java.util.Set.of(), KIM.engineViolations(EmailAddress.of(t)), () -> escaped(t));
      }
    });
    assertTrue(accepted[0] > 500, "too few plain addresses generated: " + accepted[0]);
    assertTrue(ShortcutText.isPlainEmail("pengurus.kim-gumbrih+1@desa.jembrana.go.id"));
    assertFalse(ShortcutText.isPlainEmail("kim@desa"));
    assertFalse(ShortcutText.isPlainEmail("kim..desa@desa.id"));
    assertFalse(ShortcutText.isPlainEmail("kim@-desa.id"));
  }

  @Test
  @DisplayName("the quick check still agrees with the engine on addresses, plain or not")
  void quickCheckAgreesOnAddresses() {
    qt().withExamples(5_000).forAll(addresses()).checkAssert(t -> {
      EmailAddress email = EmailAddress.of(t);
      assertEquals(KIM.engineViolations(email).isEmpty(), KIM.quickCheck().passes(email), () -> escaped(t));
    });
  }

  @Test
  @DisplayName("each shortcut is attached to the constraint it stands for, and to no other")
  void attachedToTheirConstraints() {
    Validator engine = KIM.engine();
    for (ConstraintDescriptor<?> d : engine.getConstraintsForClass(EmailAddress.class)
        .getConstraintsForProperty("value").getConstraintDescriptors()) {
      boolean isEmail = d.getAnnotation() instanceof jakarta.validation.constraints.Email;
      assertEquals(isEmail, Shortcut.of(d) != Shortcut.NONE, d.getAnnotation()::toString);
    }
    int urls = 0;
    for (var element : engine.getConstraintsForClass(KimMedium.class).getConstraintsForProperty("url")
        .getConstrainedContainerElementTypes()) {
      for (ConstraintDescriptor<?> d : element.getConstraintDescriptors()) {
        if (d.getAnnotation() instanceof jakarta.validation.constraints.Pattern) {
          assertNotSame(Shortcut.NONE, Shortcut.of(d));
          urls++;
        }
      }
    }
    assertEquals(1, urls);
  }

  private static String escaped(String t) {
    StringBuilder out = new StringBuilder("\"");
    t.chars().forEach(c -> out.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", c) : String.valueOf((char) c)));
    return out.append('"').toString();
  }
}
