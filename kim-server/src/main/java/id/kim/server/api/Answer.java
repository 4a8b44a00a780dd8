package id.kim.server.api;

import id.kim.core.validation.MissingValueException;
import java.io.IOException;
import java.io.OutputStream;

/**
 * What an endpoint answers: a status, a media type and the body — held in memory, or written straight to the
 * response as it is produced (a batch's decisions, one by one). Immutable: the body is only written out.
 */
public final class Answer {
  /** The media type of the JSON contract's answers. */
  public static final String JSON = "application/json; charset=utf-8";

  /** A body written to the response as it is produced. */
  @FunctionalInterface
  public interface Body {
    /**
     * @param out the response's stream (not to be closed)
     * @throws IOException if the client goes away
     */
    void writeTo(OutputStream out) throws IOException;
  }

  private final int status;
  private final String mediaType;
  private final int length;
  private final Body body;

  private Answer(int status, String mediaType, int length, Body body) {
    this.status = status;
    this.mediaType = MissingValueException.requireNonNull(mediaType, "mediaType");
    this.length = length;
    this.body = MissingValueException.requireNonNull(body, "body");
  }

  /**
   * @param status the HTTP status
   * @param mediaType the Content-Type
   * @param body the body; kept, not copied: the caller hands it over
   */
  public Answer(int status, String mediaType, byte[] body) {
    this(status, mediaType, MissingValueException.requireNonNull(body, "body").length, out -> out.write(body));
  }

  /** @return 200 with a JSON body */
  public static Answer json(byte[] body) {
    return new Answer(200, JSON, body);
  }

  /**
   * @param body writes the JSON document; it must not fail on the request's content (every problem of the
   *     request answered before), as the status is sent before its first byte
   * @return 200 with a JSON body of unknown length, written as it is produced
   */
  public static Answer streamedJson(Body body) {
    return new Answer(200, JSON, -1, body);
  }

  /** @return the HTTP status */
  public int status() {
    return status;
  }

  /** @return the Content-Type */
  public String mediaType() {
    return mediaType;
  }

  /** @return the length of the body in bytes, -1 when it is written as it is produced */
  public int length() {
    return length;
  }

  /** Writes the body. */
  public void writeTo(OutputStream out) throws IOException {
    body.writeTo(out);
  }
}
