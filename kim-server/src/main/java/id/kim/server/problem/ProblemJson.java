package id.kim.server.problem;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Writes a {@link Problem} as an RFC 9457 document: type, title, status, detail, instance, errors. */
public final class ProblemJson {
  private static final JsonFactory JSON = new JsonFactory();

  private ProblemJson() {}

  /**
   * @param problem the problem
   * @param requestId the request's id; the {@code instance} is {@code urn:kim:request:<id>}
   * @return the document in UTF-8
   */
  public static byte[] write(Problem problem, String requestId) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("type", problem.type());
      g.writeStringField("title", problem.title());
      g.writeNumberField("status", problem.status());
      g.writeStringField("detail", problem.detail());
      g.writeStringField("instance", "urn:kim:request:" + requestId);
      if (!problem.errors().isEmpty()) {
        g.writeArrayFieldStart("errors");
        for (ProblemError e : problem.errors()) {
          g.writeStartObject();
          g.writeStringField("pointer", e.pointer());
          g.writeStringField("problem", e.problem());
          if (e.ruleId().isPresent()) {
            g.writeStringField("ruleId", e.ruleId().get());
          }
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
