package id.kim.server.api;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/**
 * What an endpoint answers: a status, a media type and the body. Immutable: the body is only written out.
 */
public final class Answer {
  /** The media type of the JSON contract's answers. */
  public static final String JSON = "application/json; charset=utf-8";

  private final int status;
  private final String mediaType;
  private final byte[] body;

  /**
   * @param status the HTTP status
   * @param mediaType the Content-Type
   * @param body the body; kept, not copied: the caller hands it over
   */
  public Answer(int status, String mediaType, byte[] body) {
    this.status = status;
    this.mediaType = Objects.requireNonNull(mediaType, "mediaType");
    this.body = Objects.requireNonNull(body, "body");
  }

  /** @return 200 with a JSON body */
  public static Answer json(byte[] body) {
    return new Answer(200, JSON, body);
  }

  /** @return the HTTP status */
  public int status() {
    return status;
  }

  /** @return the Content-Type */
  public String mediaType() {
    return mediaType;
  }

  /** @return the length of the body in bytes */
  public int length() {
    return body.length;
  }

  /** Writes the body. */
  public void writeTo(OutputStream out) throws IOException {
    out.write(body);
  }
}
