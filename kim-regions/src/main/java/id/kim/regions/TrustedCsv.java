package id.kim.regions;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * A reader of the register's CSV files as idn-area-data writes them (RFC 4180, UTF-8, LF or CRLF line
 * ends, fields quoted only when they hold a comma or a quote), in one pass over the bytes: a code is
 * read as a number straight from its bytes, and only names become strings. Faster at cold start than
 * a general CSV reader (docs/benchmarks.md, "Region register"); anything it does not expect is
 * reported to the loader as a malformed row, never skipped.
 */
final class TrustedCsv {
  private final byte[] bytes;
  private int pos;
  private long line;
  private byte[] quoted = new byte[256];

  TrustedCsv(byte[] bytes) {
    this.bytes = bytes;
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      pos = 3;
    }
  }

  /** @return true if another line starts here (blank last line excluded) */
  boolean hasLine() {
    return pos < bytes.length;
  }

  /** @return the 1-based number of the line being read */
  long line() {
    return line;
  }

  /** Starts the next line. */
  void nextLine() {
    line++;
  }

  /** @return the rest of the line as text, consumed (for the header) */
  String restOfLine() {
    int start = pos;
    while (pos < bytes.length && bytes[pos] != '\n') {
      pos++;
    }
    int end = pos > start && bytes[pos - 1] == '\r' ? pos - 1 : pos;
    if (pos < bytes.length) {
      pos++;
    }
    return new String(bytes, start, end - start, StandardCharsets.UTF_8);
  }

  /**
   * Reads a dotted code field ({@code 51.01.03.2006}) and its separator.
   *
   * @param digits the number of digits of the level
   * @param last whether the field ends the line
   * @return the code as a number, or -1 if the field is not such a code
   */
  long code(int digits, boolean last) {
    int start = pos;
    while (pos < bytes.length && bytes[pos] != ',' && bytes[pos] != '\n' && bytes[pos] != '\r') {
      pos++;
    }
    long n = Codes.parseDotted(bytes, start, pos, digits);
    return end(last) ? n : -1;
  }

  /**
   * Reads the last field of a line, quoted or not.
   *
   * @return the text, or null if the field is malformed (a quote not closed, text after it)
   */
  @Nullable String lastField() {
    if (pos < bytes.length && bytes[pos] == '"') {
      return quotedField();
    }
    int start = pos;
    while (pos < bytes.length && bytes[pos] != '\n' && bytes[pos] != '\r' && bytes[pos] != ',' && bytes[pos] != '"') {
      pos++;
    }
    String text = new String(bytes, start, pos - start, StandardCharsets.UTF_8);
    return end(true) ? text : null;
  }

  private @Nullable String quotedField() {
    byte[] out = quoted;
    int length = 0;
    pos++;
    while (true) {
      if (pos >= bytes.length) {
        return null;
      }
      if (length == out.length) {
        out = Arrays.copyOf(out, length * 2);
        quoted = out;
      }
      byte b = bytes[pos++];
      if (b == '"') {
        if (pos < bytes.length && bytes[pos] == '"') {
          pos++;
        } else {
          break;
        }
      } else if (b == '\n' || b == '\r') {
        return null;
      }
      out[length++] = b;
    }
    String text = new String(out, 0, length, StandardCharsets.UTF_8);
    return end(true) ? text : null;
  }

  /** Consumes the separator after a field: a comma, or the line end if {@code last}. */
  private boolean end(boolean last) {
    if (!last) {
      if (pos < bytes.length && bytes[pos] == ',') {
        pos++;
        return true;
      }
      return false;
    }
    if (pos < bytes.length && bytes[pos] == '\r') {
      pos++;
    }
    if (pos >= bytes.length) {
      return true;
    }
    if (bytes[pos] == '\n') {
      pos++;
      return true;
    }
    return false;
  }
}
