package id.kim.csv;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A buffered byte stream that can take bytes back, so the tokenizer can re-read the lines swallowed
 * by an unterminated quote. Holds at most one buffer plus what was pushed back (bounded by the
 * tokenizer's record limit).
 */
final class ByteSource {
  private final InputStream in;
  private final byte[] buffer = new byte[64 * 1024];
  private int position;
  private int length;
  private final Deque<Segment> pushedBack = new ArrayDeque<>();

  ByteSource(InputStream in) {
    this.in = in;
  }

  /** @return the next byte (0–255), or -1 at the end */
  int read() throws IOException {
    while (!pushedBack.isEmpty()) {
      Segment head = pushedBack.peekFirst();
      if (head.position < head.bytes.length) {
        return head.bytes[head.position++] & 0xFF;
      }
      pushedBack.pollFirst();
    }
    if (position == length) {
      length = in.read(buffer);
      position = 0;
      if (length <= 0) {
        length = 0;
        return -1;
      }
    }
    return buffer[position++] & 0xFF;
  }

  /** @param bytes bytes to read again before anything else */
  void unread(byte[] bytes) {
    if (bytes.length > 0) {
      pushedBack.addFirst(new Segment(bytes));
    }
  }

  /** A pushed-back run of bytes and how far it has been read. */
  private static final class Segment {
    final byte[] bytes;
    int position;

    Segment(byte[] bytes) {
      this.bytes = bytes;
    }
  }
}
