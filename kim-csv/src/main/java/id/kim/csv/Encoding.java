package id.kim.csv;

import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Which encoding a Tabel 3.1 file is in, judged from its first bytes. UTF-8 ("CSV UTF-8" in Excel)
 * is the norm. A file whose first bytes are not UTF-8 and hold no UTF-8 letter at all was saved as
 * "CSV (dipisahkan koma)" by an Excel set to a Western locale: Windows-1252, of which ISO-8859-1
 * (Latin-1) is a part; it is read as such, so "Sumedang Selatan", "José" or Excel's curly quotes
 * arrive intact. A file with a byte-order mark, or with UTF-8 letters among its first bytes, is
 * UTF-8: any byte that is not is reported on its cell, never guessed (a mixed file).
 */
enum Encoding {
  /** UTF-8, with or without byte-order mark. */
  UTF_8(StandardCharsets.UTF_8),
  /** Windows-1252 ("ANSI" in Excel), which includes ISO-8859-1. */
  WINDOWS_1252(Charset.forName("windows-1252"));

  private final Charset charset;

  Encoding(Charset charset) {
    this.charset = charset;
  }

  /** @return the charset's name, e.g. {@code "UTF-8"} */
  String label() {
    return charset.name();
  }

  /**
   * @return a decoder that turns every byte it cannot read into U+FFFD, which the row reader then
   *     reports on its cell ({@code csv.encoding})
   */
  CharsetDecoder decoder() {
    return charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
  }

  /**
   * @param head the first bytes of the file
   * @param from where the text starts (after a byte-order mark)
   * @param complete whether {@code head} is the whole file (else a sequence cut at its end is fine)
   * @return the encoding to read the file in
   */
  static Encoding sniff(byte[] head, int from, boolean complete) {
    if (from > 0) {
      return UTF_8;
    }
    int valid = 0;
    int invalid = 0;
    for (int i = 0; i < head.length; ) {
      int b = head[i] & 0xFF;
      int n = b < 0x80 ? 0 : b >= 0xC2 && b <= 0xDF ? 1 : b >= 0xE0 && b <= 0xEF ? 2 : b >= 0xF0 && b <= 0xF4 ? 3 : -1;
      if (n == 0) {
        i++;
        continue;
      }
      if (n > 0 && i + n >= head.length && !complete) {
        break;
      }
      boolean ok = n > 0 && i + n < head.length;
      for (int k = 1; ok && k <= n; k++) {
        ok = (head[i + k] & 0xC0) == 0x80;
      }
      if (ok) {
        valid++;
        i += n + 1;
      } else {
        invalid++;
        i++;
      }
    }
    return invalid > 0 && valid == 0 ? WINDOWS_1252 : UTF_8;
  }
}
