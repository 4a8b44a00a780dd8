package id.kim.server.api;

import java.util.Objects;

/**
 * What an endpoint answers: a status, a media type and the body. Immutable.
 *
 * @param status the HTTP status
 * @param mediaType the Content-Type
 * @param body the body
 */
public record Answer(int status, String mediaType, byte[] body) {
  /** The media type of the JSON contract's answers. */
  public static final String JSON = "application/json; charset=utf-8";

  /** Checks that no part is missing. */
  public Answer {
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(body, "body");
  }

  /** @return 200 with a JSON body */
  public static Answer json(byte[] body) {
    return new Answer(200, JSON, body);
  }
}
