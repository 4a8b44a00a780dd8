package id.kim.report;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/**
 * Writes well-formed XHTML and SVG: every text and attribute escaped, every element closed, so the
 * report is both a web page and an XML document the tests can parse. Not thread-safe; one per report.
 */
final class XmlOut {
  private final StringBuilder out = new StringBuilder(64 * 1024);
  private final Deque<String> open = new ArrayDeque<>();

  XmlOut raw(String markup) {
    out.append(markup);
    return this;
  }

  /** Opens an element; {@code attributes} are name, value pairs. */
  XmlOut start(String name, String... attributes) {
    out.append('<').append(name);
    attributes(attributes);
    out.append('>');
    open.push(name);
    return this;
  }

  /** Writes an element without content, {@code <name …/>} — for SVG shapes and HTML void elements only. */
  XmlOut empty(String name, String... attributes) {
    out.append('<').append(name);
    attributes(attributes);
    out.append("/>");
    return this;
  }

  XmlOut end() {
    out.append("</").append(open.pop()).append('>');
    return this;
  }

  /** Writes an element holding only text. */
  XmlOut element(String name, String text, String... attributes) {
    return start(name, attributes).text(text).end();
  }

  XmlOut text(String text) {
    escape(text, false);
    return this;
  }

  XmlOut newline() {
    out.append('\n');
    return this;
  }

  /** @return a number for a coordinate, e.g. {@code 12.5} */
  static String n(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
  }

  @Override
  public String toString() {
    if (!open.isEmpty()) {
      throw new IllegalStateException("unclosed elements: " + open);
    }
    return out.toString();
  }

  private void attributes(String... attributes) {
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException("attributes must be name, value pairs");
    }
    for (int i = 0; i < attributes.length; i += 2) {
      out.append(' ').append(attributes[i]).append("=\"");
      escape(attributes[i + 1], true);
      out.append('"');
    }
  }

  private void escape(String text, boolean attribute) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&':
          out.append("&amp;");
          break;
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append("&gt;");
          break;
        case '"':
          out.append(attribute ? "&quot;" : "\"");
          break;
        default:
          if (c < 0x20 && c != '\n' && c != '\t') {
            out.append(' ');
          } else {
            out.append(c);
          }
      }
    }
  }
}
