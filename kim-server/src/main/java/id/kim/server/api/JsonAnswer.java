package id.kim.server.api;

import id.kim.core.i18n.Lang;
import id.kim.json.JsonStreamWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * One compact JSON answer held in memory until it is complete, written by kim-json's
 * {@link JsonStreamWriter} — the same contract and the same shapes as the {@code kim} command line's
 * {@code --format json} — with message texts in the request's language. Not thread-safe: one per answer.
 * An answer over a whole batch is written to the response as it is made instead
 * ({@link Answer#streamedJson}).
 */
public final class JsonAnswer extends JsonStreamWriter {
  private final ByteArrayOutputStream bytes;

  /**
   * @param lang the language of texts
   * @throws IOException never in practice (an in-memory buffer)
   */
  public JsonAnswer(Lang lang) throws IOException {
    this(lang, new ByteArrayOutputStream(4096));
  }

  private JsonAnswer(Lang lang, ByteArrayOutputStream bytes) throws IOException {
    super(bytes, lang);
    this.bytes = bytes;
  }

  /** @return the answer: 200 with the document written */
  public Answer answer() throws IOException {
    close();
    return Answer.json(bytes.toByteArray());
  }
}
