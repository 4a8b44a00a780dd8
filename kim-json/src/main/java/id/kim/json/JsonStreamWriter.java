package id.kim.json;

import static id.kim.core.validation.MissingValueException.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import id.kim.core.i18n.Lang;
import id.kim.core.validation.FieldViolation;
import id.kim.core.validation.MissingValueException;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * Streams one JSON document of the contract — the answers of the {@code kim} command line's
 * {@code --format json} and of the HTTP service: plain fields and arrays written by hand, SDK values
 * through the contract's serializers one at a time, so an answer over a whole register never has to be
 * held in memory. Message texts are rendered in the writer's language. Not thread-safe: one per document.
 *
 * <pre>{@code
 * try (JsonStreamWriter j = JsonStreamWriter.pretty(writer, Lang.ID)) {
 *   j.startObject().field("asOf", "2026-06-01").startArray("results");
 *   j.startObject().valueOrViolations("partnership", decisionOrViolations).endObject();
 *   j.endArray().endObject();
 * }
 * }</pre>
 */
public class JsonStreamWriter implements Closeable {
  private static final Writers ID = Writers.of(Lang.ID);
  private static final Writers EN = Writers.of(Lang.EN);

  private final ObjectWriter values;
  private final JsonGenerator out;
  private final boolean endLine;

  private JsonStreamWriter(ObjectWriter values, JsonGenerator out, boolean endLine) {
    this.values = values;
    this.out = out;
    this.endLine = endLine;
  }

  /**
   * A compact document (no white space) on a stream the caller keeps: closing the writer flushes it and
   * leaves the stream open — e.g. an HTTP response.
   *
   * @param stream where the document is written, in UTF-8
   * @param lang the language of message texts
   * @throws IOException if the stream fails
   */
  protected JsonStreamWriter(OutputStream stream, Lang lang) throws IOException {
    this(writers(requireNonNull(lang, "lang")).compact(), writers(lang).compact()
        .createGenerator(requireNonNull(stream, "stream")).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET), false);
  }

  /**
   * @param stream where the document is written, in UTF-8; left open by {@link #close()}
   * @param lang the language of message texts
   * @return a writer of a compact document
   * @throws IOException if the stream fails
   */
  public static JsonStreamWriter compact(OutputStream stream, Lang lang) throws IOException {
    return new JsonStreamWriter(stream, lang);
  }

  /**
   * @param writer where the document is written; closed by {@link #close()}, after a final line end
   * @param lang the language of message texts
   * @return a writer of a pretty-printed document (two-space indent, as {@link KimJson#write})
   * @throws IOException if the writer fails
   */
  public static JsonStreamWriter pretty(Writer writer, Lang lang) throws IOException {
    ObjectWriter values = writers(requireNonNull(lang, "lang")).pretty();
    return new JsonStreamWriter(values, values.createGenerator(requireNonNull(writer, "writer")), true);
  }

  /** @return this, after the start of an object */
  public JsonStreamWriter startObject() throws IOException {
    out.writeStartObject();
    return this;
  }

  /** @return this, after the start of an object field */
  public JsonStreamWriter startObject(String name) throws IOException {
    out.writeObjectFieldStart(name);
    return this;
  }

  /** @return this, after the end of an object */
  public JsonStreamWriter endObject() throws IOException {
    out.writeEndObject();
    return this;
  }

  /** @return this, after the start of an array field */
  public JsonStreamWriter startArray(String name) throws IOException {
    out.writeArrayFieldStart(name);
    return this;
  }

  /** @return this, after the start of an array element that is an array */
  public JsonStreamWriter startArray() throws IOException {
    out.writeStartArray();
    return this;
  }

  /** @return this, after the end of an array */
  public JsonStreamWriter endArray() throws IOException {
    out.writeEndArray();
    return this;
  }

  /** @return this, after an array element that is a text */
  public JsonStreamWriter string(String value) throws IOException {
    out.writeString(value);
    return this;
  }

  /** @return this, after a text field */
  public JsonStreamWriter field(String name, String value) throws IOException {
    out.writeStringField(name, value);
    return this;
  }

  /** @return this, after a number field */
  public JsonStreamWriter field(String name, long value) throws IOException {
    out.writeNumberField(name, value);
    return this;
  }

  /** @return this, after a boolean field */
  public JsonStreamWriter field(String name, boolean value) throws IOException {
    out.writeBooleanField(name, value);
    return this;
  }

  /** @return this, after a field holding an SDK value (or a list or map of them) */
  public JsonStreamWriter value(String name, Object value) throws IOException {
    out.writeFieldName(name);
    values.writeValue(out, value);
    return this;
  }

  /** @return this, after an array element that is an SDK value */
  public JsonStreamWriter element(Object value) throws IOException {
    values.writeValue(out, value);
    return this;
  }

  /**
   * The shape of an answer that validates its input first (an eligibility decision of
   * {@code id.kim.rules.eligibility}): the value itself, or {@code {"violations": [FieldViolation…]}}.
   *
   * @param name the field, e.g. {@code "partnership"}
   * @param answer the violations of the input, or the SDK value answered
   * @return this, after the field
   */
  public JsonStreamWriter valueOrViolations(String name, Validation<? extends Seq<FieldViolation>, ?> answer)
      throws IOException {
    if (answer.isValid()) {
      return value(name, answer.get());
    }
    return startObject(name).value("violations", answer.getError().toJavaList()).endObject();
  }

  /** Ends the document (a pretty one with a line end) and flushes it. */
  @Override
  public void close() throws IOException {
    if (endLine && !out.isClosed()) {
      out.writeRaw('\n');
    }
    out.close();
  }

  private static Writers writers(Lang lang) {
    return switch (lang) {
      case ID -> ID;
      case EN -> EN;
    };
  }

  /** The contract's writers of values in one language: pretty-printed, and compact (no white space). */
  private record Writers(ObjectWriter pretty, ObjectWriter compact) {
    static Writers of(Lang lang) {
      ObjectWriter pretty = KimJson.mapper(lang).writer();
      return new Writers(pretty, pretty.without(SerializationFeature.INDENT_OUTPUT));
    }
  }
}
