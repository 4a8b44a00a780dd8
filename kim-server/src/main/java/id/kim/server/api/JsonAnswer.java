package id.kim.server.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import id.kim.core.i18n.Lang;
import id.kim.json.KimJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.EnumMap;
import java.util.Map;

/**
 * Writes one compact JSON answer: plain fields by hand, SDK values through kim-json's serializers — the same
 * contract and the same shapes as the {@code kim} command line's {@code --format json} — with message
 * texts in the request's language. Not thread-safe: one per answer.
 */
public final class JsonAnswer implements AutoCloseable {
  private static final Map<Lang, ObjectWriter> WRITERS = new EnumMap<>(Lang.class);

  static {
    for (Lang l : Lang.values()) {
      WRITERS.put(l, KimJson.mapper(l).writer().without(SerializationFeature.INDENT_OUTPUT));
    }
  }

  private final ObjectWriter values;
  private final ByteArrayOutputStream bytes;
  private final JsonGenerator out;

  /**
   * @param lang the language of texts
   * @throws IOException never in practice (an in-memory buffer)
   */
  public JsonAnswer(Lang lang) throws IOException {
    this.values = WRITERS.get(lang);
    this.bytes = new ByteArrayOutputStream(4096);
    this.out = values.createGenerator(bytes);
  }

  /**
   * @param lang the language of texts
   * @param stream where the document is written as it is produced (not closed)
   * @throws IOException if the stream fails
   */
  public JsonAnswer(Lang lang, OutputStream stream) throws IOException {
    this.values = WRITERS.get(lang);
    this.bytes = null;
    this.out = values.createGenerator(stream).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
  }

  /** @return this, after the start of an object */
  public JsonAnswer startObject() throws IOException {
    out.writeStartObject();
    return this;
  }

  /** @return this, after the start of an object field */
  public JsonAnswer startObject(String name) throws IOException {
    out.writeObjectFieldStart(name);
    return this;
  }

  /** @return this, after the end of an object */
  public JsonAnswer endObject() throws IOException {
    out.writeEndObject();
    return this;
  }

  /** @return this, after the start of an array field */
  public JsonAnswer startArray(String name) throws IOException {
    out.writeArrayFieldStart(name);
    return this;
  }

  /** @return this, after the end of an array */
  public JsonAnswer endArray() throws IOException {
    out.writeEndArray();
    return this;
  }

  /** @return this, after a text field */
  public JsonAnswer field(String name, String value) throws IOException {
    out.writeStringField(name, value);
    return this;
  }

  /** @return this, after a boolean field */
  public JsonAnswer field(String name, boolean value) throws IOException {
    out.writeBooleanField(name, value);
    return this;
  }

  /** @return this, after a number field */
  public JsonAnswer field(String name, long value) throws IOException {
    out.writeNumberField(name, value);
    return this;
  }

  /** @return this, after a field holding an SDK value (or a list or map of them) */
  public JsonAnswer value(String name, Object value) throws IOException {
    out.writeFieldName(name);
    values.writeValue(out, value);
    return this;
  }

  /** @return this, after an array element that is an SDK value */
  public JsonAnswer element(Object value) throws IOException {
    values.writeValue(out, value);
    return this;
  }

  /** @return the answer: 200 with the document written (of an answer held in memory) */
  public Answer answer() throws IOException {
    out.close();
    return Answer.json(bytes.toByteArray());
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
