package id.kim.core.validation.constraints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import id.kim.core.contact.MobileNumberValidator;
import id.kim.core.contact.PhoneNumber;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The phone (PROFILE-i), RT/RW (PROFILE-c) and community number (PROFILE-b) checks read without
 * regular expressions accept and reject exactly what the former regex-based checks did: the
 * reference implementations below are the former code, compared on texts mixing digits, letters,
 * {@code +}, every {@code \s} separator, other separators and whitespace outside {@code \s}.
 */
class RegexFreeValidatorsTest {
  private static final Pattern PHONE_SEPARATORS = Pattern.compile("[\\s().-]");
  private static final Pattern PHONE = Pattern.compile("(?:\\+62|62|0)([1-9][0-9]{6,11})");
  private static final Pattern RT_RW = Pattern.compile("0{0,2}[1-9][0-9]{0,2}");
  private static final Pattern COMMUNITY_SHAPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9./ -]{0,39}");
  private static final Pattern NIK = Pattern.compile("[0-9]{16}");

  private static final String[] PIECES = {"0", "0", "8", "1", "2", "6", "62", "+62", "+", "812", "3456", "7890",
      "361", "5101", "0123", "4567", "89", "-", "(", ")", ".", "/", " ", "\t", "\n", "\u000B", "\f", "\r",
      "\u00A0", "\u2003", "\u0661", "a", "KIM", "Z", "", "0000000"};

  private static Gen<String> texts(int maxPieces) {
    return lists().of(integers().between(0, PIECES.length - 1)).ofSizeBetween(0, maxPieces)
        .map(ix -> {
          StringBuilder out = new StringBuilder();
          ix.forEach(i -> out.append(PIECES[i]));
          return out.toString();
        });
  }

  @Test
  @DisplayName("PROFILE-i: IndonesianPhoneNumber accepts exactly what the former pattern accepted")
  void phoneValidityUnchanged() {
    IndonesianPhoneNumberValidator validator = new IndonesianPhoneNumberValidator();
    qt().withExamples(20_000).forAll(texts(12)).checkAssert(t ->
        assertEquals(PHONE.matcher(PHONE_SEPARATORS.matcher(t).replaceAll("")).matches(), validator.isValid(t, null),
            t));
  }

  @Test
  @DisplayName("PROFILE-i: the national number equals the former pattern's group")
  void nationalNumberUnchanged() {
    qt().withExamples(20_000).forAll(texts(12)).checkAssert(t -> {
      Matcher m = PHONE.matcher(PHONE_SEPARATORS.matcher(t).replaceAll(""));
      assertEquals(m.matches() ? Optional.of(m.group(1)) : Optional.empty(),
          IndonesianPhoneNumberValidator.nationalNumber(t), t);
    });
  }

  @Test
  @DisplayName("PROFILE-i: MobileNumber accepts exactly what the former national-number check accepted")
  void mobileUnchanged() {
    MobileNumberValidator validator = new MobileNumberValidator();
    qt().withExamples(20_000).forAll(texts(12)).checkAssert(t -> {
      Matcher m = PHONE.matcher(PHONE_SEPARATORS.matcher(t).replaceAll(""));
      boolean expected = !m.matches() || (m.group(1).charAt(0) == '8' && m.group(1).length() >= 9);
      assertEquals(expected, validator.isValid(PhoneNumber.of(t), null), t);
    });
    assertTrue(validator.isValid(PhoneNumber.of("0812-0000-000"), null), "9 digits, mobile");
    assertFalse(validator.isValid(PhoneNumber.of("(0361) 000000"), null), "fixed line");
    assertFalse(validator.isValid(PhoneNumber.of("0812 0000"), null), "8 digits starting with 8");
  }

  @Test
  @DisplayName("PROFILE-i: the forms of the juknis' contact numbers and their near misses")
  void phoneExamples() {
    assertEquals(Optional.of("81200000000"), IndonesianPhoneNumberValidator.nationalNumber("+ 62 (812) 0000-0000"));
    assertEquals(Optional.of("361000000"), IndonesianPhoneNumberValidator.nationalNumber("(0361) 000000"));
    assertEquals(Optional.empty(), IndonesianPhoneNumberValidator.nationalNumber("0 0812 0000 000"),
        "national number starts with 0");
    assertEquals(Optional.empty(), IndonesianPhoneNumberValidator.nationalNumber("+63 812 0000 0000"), "not +62");
    assertEquals(Optional.empty(), IndonesianPhoneNumberValidator.nationalNumber("0812345"), "6 digits");
    assertEquals(Optional.of("812000000000"), IndonesianPhoneNumberValidator.nationalNumber("0812000000000"),
        "12 digits");
    assertEquals(Optional.empty(), IndonesianPhoneNumberValidator.nationalNumber("08120000000000"), "13 digits");
  }

  @Test
  @DisplayName("PROFILE-c: RtRwNumber accepts exactly what the former pattern accepted")
  void rtRwUnchanged() {
    RtRwNumberValidator validator = new RtRwNumberValidator();
    qt().withExamples(10_000).forAll(texts(4)).checkAssert(t ->
        assertEquals(t.length() <= 3 && RT_RW.matcher(t).matches(), validator.isValid(t, null), t));
    assertTrue(validator.isValid("007", null));
    assertFalse(validator.isValid("000", null));
    assertFalse(validator.isValid("0012", null));
  }

  @Test
  @DisplayName("PROFILE-b: community number shape and NIK shape equal the former patterns")
  void communityNumberUnchanged() {
    qt().withExamples(20_000).forAll(texts(10)).checkAssert(t -> {
      assertEquals(NIK.matcher(t.replaceAll("[\\s./-]", "")).matches(),
          CommunityNumberFormatValidator.looksLikePopulationNik(t), t);
      assertEquals(COMMUNITY_SHAPE.matcher(t).matches() && !t.isBlank() && t.equals(t.strip()),
          CommunityNumberFormatValidator.hasShape(t), t);
    });
    assertTrue(CommunityNumberFormatValidator.looksLikePopulationNik("5101.0123/4567-8901"));
    assertFalse(CommunityNumberFormatValidator.hasShape("KIM-01 "), "ends in a space");
  }
}
