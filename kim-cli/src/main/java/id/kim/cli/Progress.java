package id.kim.cli;

import id.kim.core.i18n.Lang;
import java.io.PrintWriter;
import java.text.NumberFormat;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Progress of long work (an import of 100,000 rows, the evaluation of many KIM) as one line on
 * standard error, rewritten in place ({@code \r}) at most a few times a second and ended with a line
 * break. Never on standard output. A silent progress ({@link #none()}) costs one comparison per step.
 * Not thread-safe: one command, one thread.
 */
final class Progress implements AutoCloseable {
  private static final long INTERVAL_NANOS = 200_000_000L;
  private static final Progress NONE = new Progress(null, Lang.ID, "", -1);

  private final @Nullable PrintWriter err;
  private final Lang lang;
  private final String key;
  private final long total;
  private final NumberFormat numbers;
  private long done;
  private long shownAt;
  private int width;

  private Progress(@Nullable PrintWriter err, Lang lang, String key, long total) {
    this.err = err;
    this.lang = lang;
    this.key = key;
    this.total = total;
    this.numbers = NumberFormat.getIntegerInstance(lang == Lang.ID ? Locale.forLanguageTag("id-ID") : Locale.ENGLISH);
    this.shownAt = System.nanoTime();
  }

  /** @return a progress that shows nothing */
  static Progress none() {
    return NONE;
  }

  /**
   * @param err standard error
   * @param lang the language of the line
   * @param key the bundle key of the line: {@code {0}} the count done, {@code {1}} the total
   * @param total how many steps there will be, or -1 when not known (a streamed file)
   * @return a progress shown on {@code err}
   */
  static Progress on(PrintWriter err, Lang lang, String key, long total) {
    return new Progress(err, lang, key, total);
  }

  /** Counts one step done; shows the line if the last one is old enough. */
  void step() {
    PrintWriter out = err;
    if (out == null) {
      return;
    }
    done++;
    long now = System.nanoTime();
    if (now - shownAt >= INTERVAL_NANOS) {
      shownAt = now;
      show(out);
    }
  }

  private void show(PrintWriter out) {
    String line = Texts.get(lang, key, numbers.format(done), total < 0 ? "?" : numbers.format(total));
    String pad = line.length() < width ? " ".repeat(width - line.length()) : "";
    width = line.length();
    out.print("\r" + line + pad);
    out.flush();
  }

  /** Shows the final count and ends the line. */
  @Override
  public void close() {
    PrintWriter out = err;
    if (out == null) {
      return;
    }
    show(out);
    out.println();
  }
}
