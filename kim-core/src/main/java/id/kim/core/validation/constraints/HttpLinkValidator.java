package id.kim.core.validation.constraints;

import id.kim.core.validation.MissingValueException;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Checks {@link HttpLink} with {@link URI}'s RFC 2396 parser; no regular expression per call. */
public final class HttpLinkValidator implements ConstraintValidator<HttpLink, String> {
  static final int MAX_LENGTH = 2000;

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    return value == null || isHttpLink(value);
  }

  /**
   * @param value a candidate link
   * @return true if it is a well-formed absolute http(s) address with a host
   * @throws MissingValueException if {@code value} is null (an absent link is an empty {@code Optional})
   */
  public static boolean isHttpLink(String value) {
    MissingValueException.requireNonNull(value, "value");
    if (value.isEmpty() || value.length() > MAX_LENGTH) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c)) {
        return false;
      }
    }
    try {
      URI uri = new URI(value);
      String scheme = uri.getScheme();
      if (scheme == null) {
        return false;
      }
      String s = scheme.toLowerCase(Locale.ROOT);
      return (s.equals("http") || s.equals("https")) && uri.getHost() != null && !uri.getHost().isEmpty();
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
