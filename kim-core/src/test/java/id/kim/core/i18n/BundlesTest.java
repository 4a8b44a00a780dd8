package id.kim.core.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@link Bundles#format}: numbered arguments are filled, named placeholders such as {max} pass through. */
class BundlesTest {
  private static final String BUNDLE = "id.kim.core.i18n.Patterns";

  @Test
  @DisplayName("a named placeholder with arguments does not throw: {max} stays for the caller, {0} is filled")
  void namedPlaceholderWithArguments() {
    assertEquals("terlalu panjang: paling banyak {max} karakter", Bundles.format(BUNDLE, "named", Lang.ID, "x"));
    assertEquals("nama: paling banyak {max} karakter, paling sedikit {min}",
        Bundles.format(BUNDLE, "mixed", Lang.ID, "nama"));
    assertEquals("name: at most {max} characters, at least {min}", Bundles.format(BUNDLE, "mixed", Lang.EN, "name"));
    assertEquals("x breaks {kim.text.tooLong}", Bundles.format(BUNDLE, "dotted", Lang.EN, "x"));
  }

  @Test
  @DisplayName("without arguments the text is returned as written, named placeholders and all")
  void withoutArguments() {
    assertEquals("{0}: paling banyak {max} karakter, paling sedikit {min}", Bundles.format(BUNDLE, "mixed", Lang.ID));
    assertEquals("catatan Dinas'' {0} ({max})", Bundles.format(BUNDLE, "apostrophe", Lang.ID));
  }

  @Test
  @DisplayName("numbered arguments keep MessageFormat's meaning: formats, '' for an apostrophe, quoted braces")
  void messageFormatSemanticsAreKept() {
    assertEquals("1,234 of 5", Bundles.format(BUNDLE, "numbered", Lang.EN, 1234, 5));
    assertEquals("the Dinas' note 7 ({max})", Bundles.format(BUNDLE, "apostrophe", Lang.EN, 7));
    assertEquals("braces {0} and 9", Bundles.format(BUNDLE, "quoted", Lang.EN, 9));
  }

  @Test
  @DisplayName("the quoting helper leaves patterns without named placeholders untouched (same string)")
  void quotingIsMinimal() {
    String plain = "jumlah {0,number,integer} dari {1}";
    assertSame(plain, MessagePatterns.quoteNamedPlaceholders(plain));
    assertEquals("'{'max'}' {0}", MessagePatterns.quoteNamedPlaceholders("{max} {0}"));
    assertEquals("'{max}' {0}", MessagePatterns.quoteNamedPlaceholders("'{max}' {0}"), "already quoted: left alone");
    assertEquals("{ 0} {", MessagePatterns.quoteNamedPlaceholders("{ 0} {"), "not a name: left for MessageFormat");
  }
}
