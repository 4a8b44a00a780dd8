package id.kim.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** Line ends become {@code \n} whatever the chunks the decoder delivers, and a line can be read again. */
class LineReplayReaderTest {

  /** Delivers one character per read, so that every {@code \r\n} is split between two reads. */
  private static final class Trickle extends Reader {
    private final Reader in;

    Trickle(String text) {
      in = new StringReader(text);
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
      return in.read(buf, off, Math.min(1, len));
    }

    @Override
    public void close() {}
  }

  private static String readAll(Reader r, int max) throws IOException {
    StringBuilder out = new StringBuilder();
    char[] buf = new char[3];
    for (int n = r.read(buf, 0, buf.length); n >= 0 && out.length() < max; n = r.read(buf, 0, buf.length)) {
      out.append(buf, 0, n);
    }
    return out.toString();
  }

  @Test
  void lineEndsAreUniformAndTheEndIsMarked() throws IOException {
    String expected = "a;b\nc\n\nd\n" + LineReplayReader.END;
    assertEquals(expected, readAll(new LineReplayReader(new Trickle("a;b\r\nc\r\rd")), 100));
    assertEquals(expected, readAll(new LineReplayReader(new StringReader("a;b\r\nc\n\r\nd\n")), 100));
  }

  @Test
  void aLineOfTheCurrentRecordIsReadAgain() throws IOException {
    LineReplayReader r = new LineReplayReader(new Trickle("x\r\n\"open\r\nrow 3\r\nrow 4\r\n"));
    readAll(r, 8);
    r.keepFrom(2);
    r.rewindTo(3);
    assertEquals("row 3\nrow 4\n" + LineReplayReader.END, readAll(r, 100));
  }
}
